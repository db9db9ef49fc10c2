package app.quad.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static java.util.Map.entry;

/**
 * The one table of who may open which page. Every view in quad.war must be listed, so a new page
 * cannot be added without deciding who may see it.
 */
final class PageTable {

    /** A kind of visitor: signed out, or signed in holding exactly one role. */
    enum Visitor { ANONYMOUS, STUDENT, ALUMNI, EMPLOYER, STAFF, MODERATOR, ADMIN }

    private static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);
    private static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));
    /** Employers' people and staff write job postings and see their applicants. */
    private static final Set<Visitor> JOB_WRITERS = EnumSet.of(Visitor.EMPLOYER, Visitor.STAFF, Visitor.ADMIN);

    static final Map<String, Set<Visitor>> PAGES = Map.ofEntries(
            entry("/index.xhtml", EVERYONE),
            entry("/about.xhtml", EVERYONE),
            entry("/error/expired.xhtml", EVERYONE),
            entry("/error/forbidden.xhtml", EVERYONE),
            entry("/error/not-found.xhtml", EVERYONE),
            entry("/error/server-error.xhtml", EVERYONE),
            entry("/identity/access/signin.xhtml", EVERYONE),
            entry("/identity/access/signup.xhtml", EVERYONE),
            entry("/identity/access/verify.xhtml", EVERYONE),
            entry("/identity/access/resend.xhtml", EVERYONE),
            entry("/identity/access/forgot.xhtml", EVERYONE),
            entry("/identity/access/reset.xhtml", EVERYONE),
            entry("/identity/access/employer.xhtml", EVERYONE),
            entry("/identity/access/invitation.xhtml", EVERYONE),
            entry("/identity/access/goodbye.xhtml", EVERYONE),
            entry("/identity/account/password.xhtml", SIGNED_IN),
            entry("/identity/account/disclosures.xhtml", SIGNED_IN),
            entry("/identity/staff/disclosures.xhtml", EnumSet.of(Visitor.STAFF, Visitor.ADMIN)),
            entry("/identity/account/data.xhtml", SIGNED_IN),
            entry("/identity/account/delete.xhtml", SIGNED_IN),
            entry("/identity/account/footprint.xhtml", SIGNED_IN),
            entry("/identity/staff/domains.xhtml", EnumSet.of(Visitor.STAFF, Visitor.ADMIN)),
            entry("/identity/staff/import.xhtml", EnumSet.of(Visitor.STAFF, Visitor.ADMIN)),
            entry("/identity/admin/accounts.xhtml", EnumSet.of(Visitor.ADMIN)),
            entry("/identity/admin/account.xhtml", EnumSet.of(Visitor.ADMIN)),
            entry("/identity/profile/view.xhtml", EVERYONE),
            entry("/identity/profile/edit.xhtml", SIGNED_IN),
            entry("/identity/profile/preview.xhtml", SIGNED_IN),
            entry("/identity/organisations/view.xhtml", EVERYONE),
            entry("/identity/organisations/edit.xhtml", EnumSet.of(Visitor.EMPLOYER)),
            entry("/networking/connections/list.xhtml", SIGNED_IN),
            entry("/networking/connections/requests.xhtml", SIGNED_IN),
            entry("/networking/connections/request.xhtml", SIGNED_IN),
            entry("/networking/connections/block.xhtml", SIGNED_IN),
            entry("/networking/connections/blocked.xhtml", SIGNED_IN),
            entry("/networking/connections/suggestions.xhtml", SIGNED_IN),
            entry("/networking/follows/list.xhtml", SIGNED_IN),
            entry("/networking/feed/home.xhtml", SIGNED_IN),
            entry("/networking/feed/post.xhtml", SIGNED_IN),
            entry("/networking/settings/edit.xhtml", SIGNED_IN),
            entry("/networking/notifications/list.xhtml", SIGNED_IN),
            entry("/networking/notifications/settings.xhtml", SIGNED_IN),
            entry("/networking/messages/inbox.xhtml", SIGNED_IN),
            entry("/networking/messages/conversation.xhtml", SIGNED_IN),
            entry("/networking/chats/propose.xhtml", SIGNED_IN),
            entry("/networking/chats/list.xhtml", SIGNED_IN),
            entry("/networking/chats/staff.xhtml", EnumSet.of(Visitor.STAFF, Visitor.ADMIN)),
            entry("/groups/directory/list.xhtml", SIGNED_IN),
            entry("/groups/group/view.xhtml", SIGNED_IN),
            entry("/groups/group/new.xhtml", SIGNED_IN),
            entry("/groups/group/manage.xhtml", SIGNED_IN),
            entry("/moderation/reports/new.xhtml", SIGNED_IN),
            entry("/moderation/reports/mine.xhtml", SIGNED_IN),
            entry("/moderation/appeals/mine.xhtml", SIGNED_IN),
            entry("/moderation/review/queue.xhtml", EnumSet.of(Visitor.STAFF, Visitor.MODERATOR, Visitor.ADMIN)),
            entry("/moderation/review/case.xhtml", EnumSet.of(Visitor.STAFF, Visitor.MODERATOR, Visitor.ADMIN)),
            entry("/moderation/review/appeals.xhtml", EnumSet.of(Visitor.STAFF, Visitor.MODERATOR, Visitor.ADMIN)),
            entry("/moderation/rules/list.xhtml", EnumSet.of(Visitor.STAFF, Visitor.ADMIN)),
            entry("/moderation/organisations/queue.xhtml", EnumSet.of(Visitor.STAFF, Visitor.ADMIN)),
            entry("/moderation/audit/log.xhtml", EnumSet.of(Visitor.ADMIN)),
            entry("/groups/post/view.xhtml", SIGNED_IN),
            entry("/jobs/postings/search.xhtml", SIGNED_IN),
            entry("/jobs/postings/view.xhtml", SIGNED_IN),
            entry("/jobs/postings/edit.xhtml", JOB_WRITERS),
            entry("/jobs/postings/mine.xhtml", JOB_WRITERS),
            entry("/jobs/postings/review.xhtml", EnumSet.of(Visitor.STAFF, Visitor.ADMIN)),
            entry("/jobs/applications/mine.xhtml", SIGNED_IN),
            entry("/jobs/applications/applicants.xhtml", JOB_WRITERS),
            entry("/jobs/events/list.xhtml", SIGNED_IN),
            entry("/jobs/events/new.xhtml", SIGNED_IN),
            entry("/jobs/events/view.xhtml", SIGNED_IN),
            entry("/jobs/events/calendar.xhtml", SIGNED_IN),
            entry("/jobs/events/checkin.xhtml", EnumSet.of(Visitor.STAFF, Visitor.ADMIN)));

    /**
     * Query strings a page needs to show itself: an account to look at, a public profile to open
     * (set up by the test as {@link #PUBLIC_PROFILE}), a verified organisation, a campus post.
     */
    /**
     * Pages that open for the visitor but answer 404 for the thing the query names, because it is
     * not theirs to see: a campus post is for campus members, not employers; a group's management
     * page is for its managers only; an event's page without an event (EventsWebIT opens a real one).
     */
    static final Map<String, Set<Visitor>> NOT_FOUND_FOR = Map.of("/networking/feed/post.xhtml", EnumSet.of(Visitor.EMPLOYER),
            "/groups/group/manage.xhtml", SIGNED_IN,
            // Without a posting in the query there is nothing to show: the pages answer 404 (JobsWebIT opens them with one).
            "/jobs/postings/view.xhtml", SIGNED_IN,
            "/jobs/applications/applicants.xhtml", JOB_WRITERS,
            "/jobs/events/view.xhtml", SIGNED_IN,
            // No case is named: the case page answers 404 to the moderators who may open it.
            "/moderation/review/case.xhtml", EnumSet.of(Visitor.STAFF, Visitor.MODERATOR, Visitor.ADMIN));

    static Map<String, String> queries(long anyAccount, long publicProfile, long verifiedOrganisation, long campusPost,
                                       String openGroup) {
        // openGroup: the group's slug and a thread's id, after a blank.
        String[] group = openGroup.split(" ");
        return Map.ofEntries(entry("/groups/group/view.xhtml", "?slug=" + group[0]),
                entry("/groups/group/manage.xhtml", "?slug=" + group[0]),
                entry("/groups/post/view.xhtml", "?id=" + group[1]),
                entry("/identity/admin/account.xhtml", "?id=" + anyAccount),
                entry("/moderation/reports/new.xhtml", "?kind=identity.member&id=" + publicProfile),
                entry("/identity/profile/view.xhtml", "?id=" + publicProfile),
                entry("/identity/organisations/view.xhtml", "?id=" + verifiedOrganisation),
                entry("/networking/connections/request.xhtml", "?to=" + publicProfile),
                entry("/networking/connections/block.xhtml", "?id=" + publicProfile),
                entry("/networking/feed/post.xhtml", "?id=" + campusPost),
                entry("/networking/messages/conversation.xhtml", "?with=" + publicProfile),
                entry("/networking/chats/propose.xhtml", "?with=" + publicProfile));
    }

    static final String PUBLIC_PROFILE = "public.profile@campus.example.edu";

    private PageTable() {
    }

    /** Every view in the WAR: its own pages outside WEB-INF and resources, and each module's. */
    static Set<String> viewsIn(Path war) {
        Set<String> views = new TreeSet<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("resources/")) {
                    views.add("/" + name);
                } else if (name.matches("WEB-INF/lib/quad-.*\\.jar")) {
                    try (InputStream jar = zip.getInputStream(entry)) {
                        views.addAll(moduleViews(jar));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return views;
    }

    private static Set<String> moduleViews(InputStream jar) throws IOException {
        Set<String> views = new TreeSet<>();
        String prefix = "META-INF/resources/";
        try (ZipInputStream entries = new ZipInputStream(jar)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith(prefix) && name.endsWith(".xhtml")
                        && !name.startsWith(prefix + "resources/") && !name.startsWith(prefix + "WEB-INF/")) {
                    views.add("/" + name.substring(prefix.length()));
                }
            }
        }
        return views;
    }
}
