package app.quad.app.demo;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.jobs.Applications;
import app.quad.jobs.ApplyMode;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.PostingDraft;
import app.quad.jobs.Postings;
import app.quad.jobs.Remote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Gives the demo a small job board, once: Northwind's published internship and analyst job (one
 * with an application from Ada), a posting waiting for Sam to review, and the career center's own
 * on-campus job. Skipped when Northwind already has postings.
 */
@ApplicationScoped
class DemoJobs {

    @Inject
    Accounts accounts;

    @Inject
    Postings postings;

    @Inject
    Applications applications;

    /** @return whether the postings were added now */
    boolean setUp() {
        long priya = id(DemoData.EMPLOYER);
        if (postings.mine(priya, 0, 1).total() > 0) {
            return false;
        }
        long sam = id("sam.taylor@example.edu");
        long ada = id("ada.okafor@example.edu");
        long intern = publish(priya, sam, new PostingDraft("Data engineering intern (summer)",
                "<p>Join our data platform team for twelve weeks: build <strong>pipelines</strong> that move order data"
                        + " into our warehouse, with a mentor and a demo day at the end.</p><ul><li>Python or Java</li>"
                        + "<li>Some SQL</li></ul>", JobType.INTERNSHIP, "Seattle, WA", Remote.HYBRID, 28, 34, PayPeriod.HOUR,
                List.of("Computer Science", "Mathematics"), "2027, 2028", postings.today().plusDays(45), ApplyMode.IN_QUAD, null,
                List.of("Which data tools have you used?")));
        publish(priya, sam, new PostingDraft("Supply chain analyst", "<p>Forecast demand for 4,000 products and help our buyers"
                        + " plan. A full-time role for graduates who like numbers and people.</p>", JobType.FULL_TIME, "Chicago, IL",
                Remote.ONSITE, 62_000, 70_000, PayPeriod.YEAR, List.of(), "2026", postings.today().plusDays(30), ApplyMode.EXTERNAL,
                "https://www.northwind.example.com/careers/analyst", List.of()));
        long waiting = postings.create(priya, new PostingDraft("Marketing intern", "<p>Help us tell students about Northwind:"
                        + " campus events, social posts and our careers page.</p>", JobType.INTERNSHIP, "Remote", Remote.REMOTE, null, null,
                PayPeriod.UNPAID, List.of("Marketing"), "", postings.today().plusDays(20), ApplyMode.IN_QUAD, null, List.of()));
        postings.submit(priya, waiting);
        long campus = postings.create(sam, new PostingDraft("Career center peer adviser", "<p>Review CVs with fellow students"
                        + " for six hours a week during term.</p>", JobType.ON_CAMPUS, "Student Union", Remote.ONSITE, 16, 16,
                PayPeriod.HOUR, List.of(), "", postings.today().plusDays(25), ApplyMode.IN_QUAD, null, List.of()));
        postings.submit(sam, campus);
        applications.apply(ada, intern, List.of("Pandas, Airflow in a class project, and PostgreSQL."));
        return true;
    }

    private long publish(long author, long staff, PostingDraft draft) {
        long id = postings.create(author, draft);
        postings.submit(author, id);
        postings.approve(staff, id);
        return id;
    }

    private long id(String email) {
        return accounts.findByEmail(email).map(AccountSummary::id).orElseThrow();
    }
}
