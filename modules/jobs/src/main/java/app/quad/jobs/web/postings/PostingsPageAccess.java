package app.quad.jobs.web.postings;

import app.quad.identity.Role;
import app.quad.platform.Audience;
import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import app.quad.platform.PageAccess;
import app.quad.platform.PageFragment;
import app.quad.platform.PageFragmentContributor;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Who may open the postings and applications pages. Anyone signed in searches and reads postings;
 * employers' people and staff write them; staff review them. Each page checks for itself which
 * posting or application the viewer may see.
 */
@ApplicationScoped
class PostingsPageAccess implements PageAccess, NavigationContributor, PageFragmentContributor {

    static final Audience WRITERS = Audience.holdersOf(Role.EMPLOYER, Role.STAFF, Role.ADMIN);
    static final Audience STAFF = Audience.holdersOf(Role.STAFF, Role.ADMIN);

    @Override
    public List<PageRule> pages() {
        return List.of(
                PageRule.page("/jobs/postings/search.xhtml", Audience.SIGNED_IN),
                PageRule.page("/jobs/postings/view.xhtml", Audience.SIGNED_IN),
                PageRule.page("/jobs/postings/edit.xhtml", WRITERS),
                PageRule.page("/jobs/postings/mine.xhtml", WRITERS),
                PageRule.page("/jobs/postings/review.xhtml", STAFF),
                PageRule.page("/jobs/applications/mine.xhtml", Audience.SIGNED_IN),
                PageRule.page("/jobs/applications/applicants.xhtml", WRITERS));
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem("Jobs", "/jobs/postings/search.xhtml", 140, Audience.SIGNED_IN));
    }

    @Override
    public List<PageFragment> fragments() {
        return List.of(new PageFragment("organisation.actions", "/WEB-INF/jobs/organisation-postings.xhtml", 200));
    }
}
