package app.quad.jobs.internal.postings;

import app.quad.jobs.JobPosted;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.Posting;
import app.quad.jobs.PostingSearch;
import app.quad.jobs.Remote;
import app.quad.jobs.SavedSearch;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.StringReader;
import java.util.List;

/**
 * Tells members of new postings matching their saved searches, in the publishing transaction: the
 * notices commit with the posting. The saved searches are read in batches by id and matched in
 * memory ({@link SearchMatch}), so publishing costs one pass over them, not a query each.
 */
@ApplicationScoped
class SavedSearchAlerts {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Inject
    JpaPostings postings;

    @Inject
    PostingSettings settings;

    @Inject
    Notifications notifications;

    @Transactional(Transactional.TxType.MANDATORY)
    void posted(@Observes JobPosted event) {
        StoredPosting stored = em.find(StoredPosting.class, event.postingId());
        if (stored == null) {
            return;
        }
        Posting posting = postings.view(stored);
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, account_id, name, criteria FROM jobs_saved_search WHERE id > ? ORDER BY id LIMIT ?")
                    .setParameter(1, after).setParameter(2, BATCH).getResultList();
            for (Object[] row : rows) {
                long owner = ((Number) row[1]).longValue();
                if (stored.authorId() != null && stored.authorId() == owner) {
                    continue;
                }
                if (SearchMatch.matches(criteria((String) row[3]), posting, settings.today())) {
                    notifications.notify(new Notice(owner, PostingsKinds.SAVED_SEARCH, "A new posting matches your saved search \u201c"
                            + row[2] + "\u201d: " + posting.title() + " at " + posting.organisationName() + ".",
                            "/jobs/postings/view.xhtml?id=" + posting.id()));
                }
            }
            if (rows.size() < BATCH) {
                return;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
    }

    static String json(PostingSearch search) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (search.text() != null) json.add("text", search.text());
        if (search.type() != null) json.add("type", search.type().name());
        if (search.location() != null) json.add("location", search.location());
        if (search.remote() != null) json.add("remote", search.remote().name());
        if (search.major() != null) json.add("major", search.major());
        if (search.payPeriod() != null) json.add("payPeriod", search.payPeriod().name());
        if (search.minPay() != null) json.add("minPay", search.minPay());
        json.add("paidOnly", search.paidOnly());
        json.add("sort", search.sort().name());
        return json.build().toString();
    }

    static PostingSearch criteria(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        return new PostingSearch(json.getString("text", null),
                json.containsKey("type") ? JobType.valueOf(json.getString("type")) : null, json.getString("location", null),
                json.containsKey("remote") ? Remote.valueOf(json.getString("remote")) : null, json.getString("major", null),
                json.containsKey("payPeriod") ? PayPeriod.valueOf(json.getString("payPeriod")) : null,
                json.containsKey("minPay") ? json.getInt("minPay") : null, json.getBoolean("paidOnly", false), null,
                PostingSearch.Sort.valueOf(json.getString("sort", "RELEVANCE")));
    }

    static SavedSearch saved(Object[] row) {
        return new SavedSearch(((Number) row[0]).longValue(), (String) row[1], criteria((String) row[2]));
    }
}
