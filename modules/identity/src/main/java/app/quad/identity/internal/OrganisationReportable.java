package app.quad.identity.internal;

import app.quad.platform.RichText;
import app.quad.identity.OrganisationStatus;
import app.quad.identity.Organisations;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * An employer organisation, as moderation sees it ({@code identity.organisation}). Its author is the
 * first of its people to join, who answers for it; removing it turns it down.
 */
@ApplicationScoped
class OrganisationReportable implements ReportableContent {

    static final String KIND = "identity.organisation";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Organisations organisations;

    @Override
    public boolean handles(String kind) {
        return KIND.equals(kind);
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        return organisations.page(id, viewerId).flatMap(page -> find(id));
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            return Optional.empty();
        }
        var summary = organisation.summary();
        String about = organisation.page().aboutHtml() == null ? "" : RichText.visibleText(organisation.page().aboutHtml());
        String text = summary.website() + " · " + summary.emailDomain() + (about.isEmpty() ? "" : "\n\n" + about);
        return Optional.of(new ReportedItem(new ReportTarget(KIND, id), answerableFor(id), summary.name(),
                text.length() > 2000 ? text.substring(0, 2000) + "…" : text, "/identity/organisations/view.xhtml?id=" + id,
                organisation.getCreatedAt(), summary.status() == OrganisationStatus.REJECTED));
    }

    /** The organisation's first person, or 0 when it has nobody (an organisation staff added). */
    private long answerableFor(long organisationId) {
        List<Long> first = em.createQuery("SELECT a.id FROM Account a WHERE a.organisationId = :organisation ORDER BY a.id", Long.class)
                .setParameter("organisation", organisationId).setMaxResults(1).getResultList();
        return first.isEmpty() ? 0 : first.get(0);
    }
}
