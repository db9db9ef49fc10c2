package app.quad.jobs.internal.postings;

import app.quad.platform.RichText;
import app.quad.jobs.Posting;
import app.quad.jobs.PostingSearch;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether one posting matches a saved search, in memory, with the rules of the search query
 * ({@link PostingQuery}): every search word must begin a word of the title, description or
 * organisation, and every filter must hold. Used when a posting is published, so alerts need one
 * pass over the saved searches instead of one query each.
 */
public final class SearchMatch {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchMatch() {
    }

    public static boolean matches(PostingSearch search, Posting posting, LocalDate today) {
        if (!PostingRules.open(posting.status(), posting.hidden(), posting.deadline(), today)) {
            return false;
        }
        String terms = PostingQuery.terms(search.text());
        if (terms != null) {
            Set<String> words = NOT_WORD.splitAsStream((posting.title() + " " + RichText.visibleText(posting.descriptionHtml()) + " "
                    + posting.organisationName()).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            for (String term : terms.split(" ")) {
                String prefix = term.substring(1, term.length() - 1);
                if (words.stream().noneMatch(word -> word.startsWith(prefix))) {
                    return false;
                }
            }
        }
        if (search.type() != null && search.type() != posting.type()) {
            return false;
        }
        if (search.remote() != null && search.remote() != posting.remote()) {
            return false;
        }
        if (search.location() != null && !search.location().isBlank()
                && !posting.location().toLowerCase(Locale.ROOT).contains(search.location().strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (search.major() != null && !search.major().isBlank() && !posting.majors().isEmpty()
                && posting.majors().stream().noneMatch(major -> major.equalsIgnoreCase(search.major().strip()))) {
            return false;
        }
        if (search.paidOnly() && posting.payPeriod() == app.quad.jobs.PayPeriod.UNPAID) {
            return false;
        }
        if (search.minPay() != null && search.payPeriod() != null) {
            Integer top = posting.payMax() != null ? posting.payMax() : posting.payMin();
            if (posting.payPeriod() != search.payPeriod() || top == null || top < search.minPay()) {
                return false;
            }
        }
        return search.deadlineFrom() == null || !posting.deadline().isBefore(search.deadlineFrom());
    }
}
