package app.quad.jobs.internal.postings;

import app.quad.jobs.PostingSearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the SQL of a student's search, so the query can be checked without a database. Text goes
 * to the FULLTEXT index over title, description and organisation in BOOLEAN MODE: every word must
 * appear, as a word or a word's beginning ({@code +word*}). Words the index never holds (shorter
 * than InnoDB's 3-character minimum, or on its default stopword list) are left out, because
 * requiring them would find nothing. Everything else is a bound parameter.
 *
 * @param where       the conditions after {@code FROM jobs_posting p WHERE}
 * @param params      the parameters of {@code where}, in order
 * @param orderBy     the ORDER BY clause (without the keywords)
 * @param orderParams parameters of {@code orderBy} (the search terms again, for relevance)
 */
public record PostingQuery(String where, List<Object> params, String orderBy, List<Object> orderParams) {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_TOKEN = 3;
    private static final int MAX_TERMS = 10;
    /** InnoDB's default full-text stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD). */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en",
            "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was", "what",
            "when", "where", "who", "will", "with", "und", "www");

    static final String MATCH = "MATCH (p.title, p.description_text, p.organisation_name) AGAINST (? IN BOOLEAN MODE)";

    public PostingQuery {
        params = List.copyOf(params);
        orderParams = List.copyOf(orderParams);
    }

    /** The BOOLEAN MODE expression for the text, or null when no word is left to search for. */
    public static String terms(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= MIN_TOKEN && !STOPWORDS.contains(word) && !words.contains(word) && words.size() < MAX_TERMS) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        return String.join(" ", words.stream().map(word -> "+" + word + "*").toList());
    }

    /** Live postings matching the search: published, not hidden, deadline today or later. */
    public static PostingQuery of(PostingSearch search, LocalDate today) {
        StringBuilder where = new StringBuilder("p.status = 'PUBLISHED' AND p.hidden = FALSE AND p.deadline >= ?");
        List<Object> params = new ArrayList<>();
        LocalDate from = search.deadlineFrom() != null && search.deadlineFrom().isAfter(today) ? search.deadlineFrom() : today;
        params.add(java.sql.Date.valueOf(from));
        String terms = terms(search.text());
        if (terms != null) {
            where.append(" AND ").append(MATCH);
            params.add(terms);
        }
        if (search.type() != null) {
            where.append(" AND p.job_type = ?");
            params.add(search.type().name());
        }
        if (search.remote() != null) {
            where.append(" AND p.remote = ?");
            params.add(search.remote().name());
        }
        if (search.location() != null && !search.location().isBlank()) {
            where.append(" AND p.location LIKE ?");
            params.add("%" + like(search.location().strip()) + "%");
        }
        if (search.major() != null && !search.major().isBlank()) {
            where.append(" AND (p.all_majors = TRUE OR EXISTS (SELECT 1 FROM jobs_posting_major m WHERE m.posting_id = p.id AND m.major = ?))");
            params.add(search.major().strip());
        }
        if (search.paidOnly()) {
            where.append(" AND p.pay_period <> 'UNPAID'");
        }
        if (search.minPay() != null && search.payPeriod() != null) {
            where.append(" AND p.pay_period = ? AND COALESCE(p.pay_max, p.pay_min) >= ?");
            params.add(search.payPeriod().name());
            params.add(search.minPay());
        }
        String orderBy;
        List<Object> orderParams = new ArrayList<>();
        switch (search.sort()) {
            case DEADLINE -> orderBy = "p.deadline, p.id DESC";
            case NEWEST -> orderBy = "p.published_at DESC, p.id DESC";
            default -> {
                if (terms != null) {
                    orderBy = MATCH + " DESC, p.published_at DESC, p.id DESC";
                    orderParams.add(terms);
                } else {
                    orderBy = "p.published_at DESC, p.id DESC";
                }
            }
        }
        return new PostingQuery(where.toString(), params, orderBy, orderParams);
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
