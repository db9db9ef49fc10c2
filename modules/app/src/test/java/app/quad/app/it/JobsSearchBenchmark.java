package app.quad.app.it;

import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.PostingSearch;
import app.quad.jobs.Postings;
import app.quad.jobs.Remote;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * How long a student's job search takes on a campus-sized board: 5,000 live postings (and 5,000
 * closed or expired ones that the search must pass over) from 400 organisations, with
 * descriptions of about 120 words from a 400-word vocabulary. Not part of the suite (its name does
 * not end in IT); run it with
 * <pre>mvn -o -pl modules/app -am verify -Dit.test=JobsSearchBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * It prints p50/p95/p99 of {@link Postings#search} (25 per page, with the total) over 500 random
 * searches after 100 warm-up calls, measured inside the server against the real database: one or
 * two words (in 70 % of searches), a type, on site or remote, a major, a minimum pay, and each sort.
 */
@ExtendWith(ArquillianExtension.class)
class JobsSearchBenchmark {

    private static final long BASE = 800_000_000L;
    private static final int LIVE = 5_000;
    private static final int OLD = 5_000;
    private static final int ORGANISATIONS = 400;
    private static final String[] MAJORS = {"Computer Science", "Biology", "Economics", "Mechanical Engineering", "History",
            "Chemistry", "Psychology", "Mathematics", "Nursing", "Marketing"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Postings postings;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Test
    void searchOverFiveThousandLivePostings() throws SQLException {
        long started = System.nanoTime();
        List<String> vocabulary = vocabulary();
        if (generateOnce(vocabulary)) {
            System.out.printf("JobsSearchBenchmark: generated %,d live and %,d old postings in %d s%n", LIVE, OLD,
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
        Random random = new Random(11);
        long found = 0;
        for (int i = 0; i < 100; i++) {
            found += postings.search(randomSearch(random, vocabulary), 0, 25).total();
        }
        long[] took = new long[500];
        found = 0;
        for (int i = 0; i < took.length; i++) {
            PostingSearch search = randomSearch(random, vocabulary);
            long start = System.nanoTime();
            found += postings.search(search, random.nextInt(4) * 25, 25).total();
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        System.out.printf("JobsSearchBenchmark: %,d live postings; search (25 per page, with total) over %d searches:"
                        + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f matches each on average%n",
                LIVE, took.length, ms(took, 0.50), ms(took, 0.95), ms(took, 0.99), took[took.length - 1] / 1e6, found / (double) took.length);
    }

    private static PostingSearch randomSearch(Random random, List<String> vocabulary) {
        String text = random.nextDouble() < 0.7 ? vocabulary.get(random.nextInt(vocabulary.size()))
                + (random.nextBoolean() ? " " + vocabulary.get(random.nextInt(vocabulary.size())) : "") : null;
        JobType type = random.nextDouble() < 0.3 ? JobType.values()[random.nextInt(JobType.values().length)] : null;
        Remote remote = random.nextDouble() < 0.2 ? Remote.values()[random.nextInt(Remote.values().length)] : null;
        String major = random.nextDouble() < 0.2 ? MAJORS[random.nextInt(MAJORS.length)] : null;
        boolean pay = random.nextDouble() < 0.15;
        PostingSearch.Sort sort = PostingSearch.Sort.values()[random.nextInt(3)];
        return new PostingSearch(text, type, null, remote, major, pay ? PayPeriod.HOUR : null, pay ? 20 : null, random.nextDouble() < 0.2,
                null, sort);
    }

    private static List<String> vocabulary() {
        Random random = new Random(5);
        List<String> words = new ArrayList<>();
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        while (words.size() < 400) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                word.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
            }
            if (!words.contains(word.toString())) {
                words.add(word.toString());
            }
        }
        return words;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private boolean generateOnce(List<String> vocabulary) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet present = statement.executeQuery("SELECT COUNT(*) FROM jobs_posting WHERE id >= " + BASE)) {
                present.next();
                if (present.getLong(1) == LIVE + OLD) {
                    return false;
                }
            }
            connection.setAutoCommit(false);
            Random random = new Random(42);
            // Zipf-like word choice: some words are common, most are rare, as in real postings.
            List<String> rows = new ArrayList<>();
            List<String> majors = new ArrayList<>();
            for (int n = 0; n < LIVE + OLD; n++) {
                long id = BASE + n;
                boolean live = n < LIVE;
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 120; w++) {
                    int index = (int) Math.min(vocabulary.size() - 1, Math.abs(random.nextGaussian()) * 120);
                    text.append(vocabulary.get(index)).append(' ');
                }
                String title = vocabulary.get(random.nextInt(vocabulary.size())) + " " + vocabulary.get(random.nextInt(vocabulary.size()))
                        + " " + (n % 3 == 0 ? "intern" : "analyst");
                JobType type = JobType.values()[random.nextInt(JobType.values().length)];
                boolean unpaid = type == JobType.INTERNSHIP && random.nextDouble() < 0.2;
                int min = 15 + random.nextInt(30);
                boolean allMajors = random.nextDouble() < 0.5;
                String status = live ? "PUBLISHED" : (random.nextBoolean() ? "CLOSED" : "PUBLISHED");
                int deadlineDays = live ? 1 + random.nextInt(120) : -(1 + random.nextInt(200));
                rows.add("(" + id + ", " + (BASE + random.nextInt(ORGANISATIONS)) + ", 'Organisation " + random.nextInt(ORGANISATIONS)
                        + "', NULL, '" + title + "', '<p>" + text + "</p>', '" + text + "', '" + type.name() + "', 'City "
                        + random.nextInt(50) + "', '" + Remote.values()[random.nextInt(3)].name() + "', "
                        + (unpaid ? "NULL, NULL, 'UNPAID'" : min + ", " + (min + random.nextInt(15)) + ", 'HOUR'") + ", " + allMajors
                        + ", '', DATE_ADD(CURRENT_DATE, INTERVAL " + deadlineDays + " DAY), 'IN_QUAD', NULL, '[]', '" + status
                        + "', FALSE, NOW(6), NOW(6), NOW(6), DATE_SUB(NOW(6), INTERVAL " + random.nextInt(100_000) + " MINUTE))");
                if (!allMajors) {
                    majors.add("(" + id + ", '" + MAJORS[random.nextInt(MAJORS.length)] + "')");
                    majors.add("(" + id + ", '" + MAJORS[random.nextInt(MAJORS.length)] + "')");
                }
            }
            insert(statement, "INSERT INTO jobs_posting (id, organisation_id, organisation_name, author_id, title, description_html,"
                    + " description_text, job_type, location, remote, pay_min, pay_max, pay_period, all_majors, grad_years, deadline,"
                    + " apply_mode, apply_url, questions, status, hidden, created_at, updated_at, submitted_at, published_at) VALUES ", rows);
            insert(statement, "INSERT IGNORE INTO jobs_posting_major (posting_id, major) VALUES ", majors);
            connection.commit();
            statement.execute("ANALYZE TABLE jobs_posting, jobs_posting_major");
            return true;
        }
    }

    private static void insert(Statement statement, String head, List<String> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += 1_000) {
            StringJoiner values = new StringJoiner(", ", head, "");
            rows.subList(from, Math.min(rows.size(), from + 1_000)).forEach(values::add);
            statement.executeUpdate(values.toString());
        }
    }
}
