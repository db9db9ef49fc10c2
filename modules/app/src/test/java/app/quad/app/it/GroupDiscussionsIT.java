package app.quad.app.it;

import app.quad.app.it.support.EventLog;
import app.quad.app.it.support.Sql;
import app.quad.groups.Discussions;
import app.quad.groups.ReportedInGroup;
import app.quad.groups.GroupCategory;
import app.quad.groups.GroupPost;
import app.quad.groups.GroupPostPublished;
import app.quad.groups.GroupPostReported;
import app.quad.groups.GroupReported;
import app.quad.groups.GroupRole;
import app.quad.groups.GroupSummary;
import app.quad.groups.GroupVisibility;
import app.quad.groups.Groups;
import app.quad.groups.MembershipStatus;
import app.quad.groups.NewGroup;
import app.quad.groups.PostState;
import app.quad.groups.ThreadCursor;
import app.quad.groups.ThreadList;
import app.quad.identity.Accounts;
import app.quad.identity.NewAccount;
import app.quad.identity.Role;
import app.quad.networking.Blocks;
import app.quad.networking.CommonGround;
import app.quad.networking.Feed;
import app.quad.networking.FeedCursor;
import app.quad.networking.FeedEntry;
import app.quad.networking.FeedItem;
import app.quad.networking.FeedPage;
import app.quad.networking.NoiseControls;
import app.quad.networking.Post;
import app.quad.networking.PostAudience;
import app.quad.networking.Reaction;
import app.quad.platform.PersonalData;
import app.quad.platform.Rejection;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ModerationDecision;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Discussions in groups on the real server: who reads and writes, approval, limits, mentions, paging, reports, decisions. */
@ExtendWith(ArquillianExtension.class)
class GroupDiscussionsIT {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Groups groups;

    @Inject
    Discussions discussions;

    @Inject
    Accounts accounts;

    @Inject
    Feed feed;

    @Inject
    NoiseControls noise;

    @Inject
    Blocks blocks;

    @Inject
    EventLog events;

    @Inject
    Instance<ReportableContent> reportables;

    @Inject
    Event<ModerationDecision> decisions;

    @Inject
    Instance<CommonGround> commonGrounds;

    @Inject
    Instance<PersonalData> personalData;

    @Inject
    UserTransaction tx;

    @Inject
    app.quad.identity.AccountAdministration administration;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Test
    void onlyThoseWhoSeeInsideReadAndOnlyMembersWrite() {
        for (GroupVisibility visibility : GroupVisibility.values()) {
            long owner = person("owner");
            long member = person("member");
            long outsider = person("outsider");
            GroupSummary group = groups.create(owner, proposal("Talk " + visibility + " " + System.nanoTime(), visibility));
            groups.invite(owner, group.id(), member);
            groups.join(member, group.id());
            long thread = discussions.start(owner, group.id(), "Welcome", "Say hello here.");
            discussions.reply(member, thread, "Hello!");
            assertEquals(1, discussions.replies(member, thread, 0, 10).total());
            assertEquals(List.of(thread), ids(discussions.threads(member, group.id(), ThreadCursor.START, 10)));
            assertTrue(threadsInFeed(member).contains(thread), "in the home feed of the group's members");
            assertFalse(threadsInFeed(outsider).contains(thread), "not in an outsider's feed, whatever the visibility");

            boolean open = visibility == GroupVisibility.OPEN;
            assertEquals(open, discussions.post(outsider, thread).isPresent(), visibility + " thread seen by outsiders");
            assertEquals(open ? 1 : 0, discussions.threads(outsider, group.id(), ThreadCursor.START, 10).posts().size());
            assertEquals(open ? 1 : 0, discussions.replies(outsider, thread, 0, 10).total());
            if (open) {
                refused("reply", "Only the group's members can write here. Join the group first.",
                        () -> discussions.reply(outsider, thread, "Let me in"));
                refused("post", "Only the group's members can react. Join the group first.",
                        () -> discussions.react(outsider, thread, Reaction.LIKE));
            } else {
                refused("post", "This thread is no longer there, or you cannot see it.", () -> discussions.reply(outsider, thread, "Hi"));
            }
            refused("body", visibility == GroupVisibility.SECRET ? "There is no such group, or you cannot see it."
                            : "Only the group's members can write here. Join the group first.",
                    () -> discussions.start(outsider, group.id(), "Mine", "Let me post"));
            discussions.react(member, thread, Reaction.INSIGHTFUL);
            GroupPost seen = discussions.post(owner, thread).orElseThrow();
            assertEquals(1, seen.reactions().get(Reaction.INSIGHTFUL));
            assertNull(seen.myReaction());
            assertEquals(1, seen.replies());
        }
    }

    @Test
    void closedGroupsHoldAMembersFirstThreadForAManager() {
        long owner = person("owner");
        long newcomer = person("newcomer");
        long other = person("other");
        GroupSummary group = groups.create(owner, proposal("Careful " + System.nanoTime(), GroupVisibility.CLOSED));
        assertTrue(group.approvesFirstPosts(), "on by default for CLOSED groups");
        for (long person : List.of(newcomer, other)) {
            groups.join(person, group.id());
            groups.approve(owner, group.id(), person);
        }
        assertEquals(2, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'groups.manage'",
                owner), "managers hear of requests to join");
        long first = discussions.start(newcomer, group.id(), "Hi all", "My first post.");
        assertEquals(PostState.PENDING, discussions.post(newcomer, first).orElseThrow().state());
        assertTrue(discussions.post(other, first).isEmpty(), "others do not see it yet");
        assertTrue(discussions.threads(other, group.id(), ThreadCursor.START, 10).posts().isEmpty());
        assertEquals(0, discussions.pending(other, group.id(), 0, 10).total());
        assertEquals(List.of(first), discussions.pending(owner, group.id(), 0, 10).items().stream().map(GroupPost::id).toList());
        assertFalse(events.contains(new GroupPostPublished(first, group.id(), newcomer)));
        refused("post", "This thread is no longer there, or you cannot see it.", () -> discussions.reply(owner, first, "Not yet"));
        refused("post", "This thread is no longer there, or you cannot see it.", () -> discussions.approve(other, first));

        discussions.approve(owner, first);
        assertEquals(PostState.PUBLISHED, discussions.post(other, first).orElseThrow().state());
        assertTrue(events.contains(new GroupPostPublished(first, group.id(), newcomer)));
        long second = discussions.start(newcomer, group.id(), "Again", "No waiting now.");
        assertEquals(PostState.PUBLISHED, discussions.post(other, second).orElseThrow().state(), "the first approval trusts the member");

        long declined = discussions.start(other, group.id(), "Spam?", "Buy things.");
        discussions.decline(owner, declined);
        assertTrue(discussions.post(other, declined).isEmpty());
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM groups_post WHERE id = ?", declined));

        groups.approveFirstPosts(owner, group.id(), false);
        long third = discussions.start(other, group.id(), "Trust", "Published at once.");
        assertEquals(PostState.PUBLISHED, discussions.post(owner, third).orElseThrow().state());
    }

    @Test
    void postingIsRateLimitedAndBadTextIsRefusedAtItsField() {
        long owner = person("owner");
        GroupSummary group = groups.create(owner, proposal("Busy " + System.nanoTime(), GroupVisibility.OPEN));
        refused("title", "The title is required.", () -> discussions.start(owner, group.id(), " ", "Body"));
        refused("body", "The post is required.", () -> discussions.start(owner, group.id(), "Title", ""));
        refused("body", "The post must be plain text: remove tags such as <script> or <b>.",
                () -> discussions.start(owner, group.id(), "Title", "Hi <script>alert(1)</script>"));
        refused("body", "The post can be at most 5000 characters (it has 5001).",
                () -> discussions.start(owner, group.id(), "Title", "x".repeat(5001)));
        refused("title", "The title can be at most 150 characters (it has 151).",
                () -> discussions.start(owner, group.id(), "t".repeat(151), "Body"));
        long thread = discussions.start(owner, group.id(), "One", "First.");
        for (int i = 0; i < Discussions.PER_MINUTE - 1; i++) {
            discussions.reply(owner, thread, "Reply " + i);
        }
        Rejection flood = assertThrows(Rejection.class, () -> discussions.reply(owner, thread, "One too many"));
        assertEquals("reply", flood.field());
        assertTrue(flood.getMessage().startsWith("You are writing faster than people usually do: at most 5 posts and replies a minute"),
                flood.getMessage());
        Rejection another = assertThrows(Rejection.class, () -> discussions.start(owner, group.id(), "Two", "Second."));
        assertEquals("body", another.field(), "threads and replies share the limit");
        assertEquals(Discussions.PER_MINUTE, Sql.count(db, "SELECT (SELECT COUNT(*) FROM groups_post WHERE author_id = ?)"
                + " + (SELECT COUNT(*) FROM groups_reply WHERE author_id = ?)", owner, owner));
    }

    @Test
    void mentionsTellTheMembersNamedAndNobodyElse() {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        long owner = person("owner");
        long zed = named("Zed" + tag + " Quill");
        long yan = named("Yan" + tag + " Outside");
        long follower = person("follower");
        GroupSummary group = groups.create(owner, proposal("Mentions " + tag, GroupVisibility.CLOSED));
        groups.approveFirstPosts(owner, group.id(), false);
        for (long person : List.of(zed, follower)) {
            groups.invite(owner, group.id(), person);
            groups.join(person, group.id());
        }
        discussions.setPostNotices(follower, group.id(), true);
        assertTrue(discussions.postNotices(follower, group.id()));
        long thread = discussions.start(owner, group.id(), "Question for @Zed" + tag,
                "What do you think, @Zed" + tag + "Quill? And @Yan" + tag + ", who is not here.");
        assertEquals(1, notices(zed, "groups.mention"), "one notice, though named twice");
        assertEquals(0, notices(yan, "groups.mention"), "people outside the group are not told");
        assertEquals(1, notices(follower, "groups.post"), "members who asked hear of new threads");
        assertEquals(0, notices(zed, "groups.post"));
        discussions.reply(zed, thread, "Thanks @Test, I agree.");
        assertEquals(1, notices(owner, "groups.reply"), "the thread's author hears of replies");
        assertEquals(0, notices(owner, "groups.mention"), "a first name many members share names nobody");
        assertEquals(1, notices(zed, "groups.invited"), "the invitation was announced");
    }

    @Test
    void managersPinAndLockThreads() {
        long owner = person("owner");
        long manager = person("manager");
        long member = person("member");
        GroupSummary group = groups.create(owner, proposal("Pins " + System.nanoTime(), GroupVisibility.OPEN));
        groups.join(manager, group.id());
        groups.join(member, group.id());
        groups.appoint(owner, group.id(), manager, GroupRole.MANAGER);
        long rules = discussions.start(member, group.id(), "Read me", "The rules.");
        long chat = discussions.start(member, group.id(), "Chat", "Anything.");
        refused("post", "Only the group's managers can do this.", () -> discussions.pin(member, rules, true));
        discussions.pin(manager, rules, true);
        assertEquals(List.of(rules), discussions.pinned(member, group.id()).stream().map(GroupPost::id).toList());
        assertEquals(List.of(chat), ids(discussions.threads(member, group.id(), ThreadCursor.START, 10)), "pinned ones are not listed twice");
        discussions.lock(manager, chat, true);
        refused("reply", "This thread is locked: the group's managers closed it to new replies.",
                () -> discussions.reply(member, chat, "Still talking"));
        discussions.lock(manager, chat, false);
        long again = discussions.reply(member, chat, "Open again");
        long stranger = person("stranger");
        groups.join(stranger, group.id());
        refused("reply", "Only its author and the group's managers can delete a reply.", () -> discussions.deleteReply(stranger, again));
        discussions.deleteReply(member, again);
        assertEquals(0, discussions.post(member, chat).orElseThrow().replies());
        refused("post", "Only its author and the group's managers can delete a thread.", () -> discussions.delete(stranger, chat));
        discussions.delete(manager, chat);
        assertTrue(discussions.post(member, chat).isEmpty());
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM groups_reply WHERE post_id = ?", chat));
    }

    @Test
    void keysetPagingShowsEveryThreadOnceNewestActivityFirst() {
        long owner = person("owner");
        GroupSummary group = groups.create(owner, proposal("Paging " + System.nanoTime(), GroupVisibility.OPEN));
        Instant base = Instant.parse("2026-11-01T12:00:00Z");
        for (int i = 0; i < 45; i++) {
            // Every third thread shares its time with the one before: the id breaks the tie.
            Instant at = base.plusSeconds((i / 3) * 60L);
            Sql.execute(db, "INSERT INTO groups_post (group_id, author_id, title, body, state, created_at, last_activity_at)"
                    + " VALUES (?, ?, ?, 'Body', 'PUBLISHED', ?, ?)", group.id(), owner, "Thread " + i, Timestamp.from(at), Timestamp.from(at));
        }
        Sql.execute(db, "INSERT INTO groups_post (group_id, author_id, title, body, state, created_at, last_activity_at)"
                + " VALUES (?, ?, 'Waiting', 'Body', 'PENDING', ?, ?)", group.id(), owner, Timestamp.from(base), Timestamp.from(base));
        List<Long> seen = new ArrayList<>();
        List<GroupPost> all = new ArrayList<>();
        ThreadCursor cursor = ThreadCursor.START;
        int screens = 0;
        while (cursor != null) {
            ThreadList screen = discussions.threads(owner, group.id(), cursor, 10);
            all.addAll(screen.posts());
            screen.posts().forEach(post -> seen.add(post.id()));
            cursor = screen.next();
            screens++;
        }
        assertEquals(5, screens);
        assertEquals(45, seen.size());
        assertEquals(45, new HashSet<>(seen).size(), "nothing twice");
        for (int i = 1; i < all.size(); i++) {
            GroupPost before = all.get(i - 1);
            GroupPost after = all.get(i);
            assertTrue(before.lastActivityAt().isAfter(after.lastActivityAt())
                    || (before.lastActivityAt().equals(after.lastActivityAt()) && before.id() > after.id()), "newest activity first");
        }
    }

    @Test
    void reportsReachModerationAndDecisionsHideShowAndRemove() throws Exception {
        long owner = person("owner");
        long member = person("member");
        long outsider = person("outsider");
        GroupSummary group = groups.create(owner, proposal("Reported " + System.nanoTime(), GroupVisibility.CLOSED));
        groups.approveFirstPosts(owner, group.id(), false);
        groups.invite(owner, group.id(), member);
        groups.join(member, group.id());
        long thread = discussions.start(owner, group.id(), "Odd offer", "Send me your bank details.");
        long reply = discussions.reply(owner, thread, "Really.");

        refused("reason", "Choose what is wrong.", () -> discussions.reportPost(member, thread, null, ""));
        refused("detail", "Say in a few words what is wrong.", () -> discussions.reportPost(member, thread, ReportReason.OTHER, " "));
        refused("reason", "You cannot report your own thread; delete it instead.",
                () -> discussions.reportPost(owner, thread, ReportReason.SPAM, ""));
        refused("post", "This thread is no longer there, or you cannot see it.",
                () -> discussions.reportPost(outsider, thread, ReportReason.SPAM, ""));
        discussions.reportPost(member, thread, ReportReason.SCAM, "Asks for bank details");
        discussions.reportPost(member, thread, ReportReason.SCAM, "Again");
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM groups_report WHERE target_kind = 'groups.post' AND target_id = ?", thread),
                "reporting twice counts once");
        assertTrue(events.contains(new GroupPostReported(new ReportTarget("groups.post", thread), group.id(), member, ReportReason.SCAM,
                "Asks for bank details")));
        discussions.reportReply(member, reply, ReportReason.SPAM, "");
        assertTrue(events.contains(new GroupPostReported(new ReportTarget("groups.reply", reply), group.id(), member, ReportReason.SPAM, "")));
        discussions.reportGroup(outsider, group.id(), ReportReason.INAPPROPRIATE, "Odd group");
        assertTrue(events.contains(new GroupReported(group.id(), outsider, ReportReason.INAPPROPRIATE, "Odd group")));

        ReportableContent threads = reportable("groups.post");
        assertTrue(threads.find(thread, member).isPresent());
        assertTrue(threads.find(thread, outsider).isEmpty(), "outsiders cannot see a CLOSED group's thread");
        assertEquals(owner, threads.find(thread).orElseThrow().authorId());
        assertTrue(reportable("groups.reply").find(reply, outsider).isEmpty());
        assertEquals("Group " + group.name(), reportable("groups.group").find(group.id(), outsider).orElseThrow().title());

        decide(new ReportTarget("groups.post", thread), owner, ModerationAction.HIDE);
        assertTrue(discussions.post(member, thread).isEmpty(), "hidden pending review");
        assertTrue(threads.find(thread).orElseThrow().hidden());
        decide(new ReportTarget("groups.post", thread), owner, ModerationAction.DISMISS);
        assertTrue(discussions.post(member, thread).isPresent(), "shown again");
        decide(new ReportTarget("groups.reply", reply), owner, ModerationAction.REMOVE);
        assertEquals(0, discussions.replies(member, thread, 0, 10).total());
        decide(new ReportTarget("groups.post", thread), owner, ModerationAction.REMOVE);
        assertTrue(discussions.post(member, thread).isEmpty());
        assertTrue(threads.find(thread).orElseThrow().hidden(), "kept for an appeal, out of sight");

        decide(new ReportTarget("groups.group", group.id()), owner, ModerationAction.HIDE);
        assertTrue(groups.byId(outsider, group.id()).isEmpty(), "a hidden group is out of sight");
        assertEquals(0, groups.directory(outsider, Groups.Scope.ALL, group.name(), null, 0, 10).total());
        assertTrue(groups.byId(member, group.id()).isPresent(), "its members still see it");
        decide(new ReportTarget("groups.group", group.id()), owner, ModerationAction.DISMISS);
        assertTrue(groups.byId(outsider, group.id()).isPresent());
        decide(new ReportTarget("groups.group", group.id()), owner, ModerationAction.REMOVE);
        assertTrue(groups.byId(owner, group.id()).isEmpty());
        assertTrue(groups.byId(member, group.id()).isEmpty(), "a removed group is there for nobody, its members included");
    }

    @Test
    void aRemovalIsOutOfSightEverywhereUntilAGrantedAppealBringsItBack() throws Exception {
        long owner = person("owner");
        long member = person("member");
        long reporter = person("reporter");
        GroupSummary group = groups.create(owner, proposal("Appealed " + System.nanoTime(), GroupVisibility.OPEN));
        groups.join(member, group.id());
        groups.join(reporter, group.id());
        long thread = discussions.start(member, group.id(), "Flagged thread", "Within the rules, it turns out.");
        long other = discussions.start(owner, group.id(), "Other thread", "Stays.");
        discussions.reply(owner, thread, "First reply.");
        long flaggedReply = discussions.reply(member, other, "A flagged reply.");
        discussions.react(owner, thread, Reaction.LIKE);
        discussions.pin(owner, thread, true);
        discussions.reportPost(reporter, thread, ReportReason.SPAM, "");
        discussions.reportReply(reporter, flaggedReply, ReportReason.SPAM, "");
        assertEquals(2, discussions.reported(owner, group.id(), 0, 10).total());

        decide(new ReportTarget("groups.post", thread), member, ModerationAction.REMOVE);
        decide(new ReportTarget("groups.reply", flaggedReply), member, ModerationAction.REMOVE);
        decide(new ReportTarget("groups.reply", flaggedReply), member, ModerationAction.REMOVE);
        assertTrue(discussions.post(member, thread).isEmpty(), "not even for its author");
        assertTrue(discussions.post(owner, thread).isEmpty());
        assertEquals(List.of(), discussions.pinned(owner, group.id()).stream().map(GroupPost::id).toList());
        assertEquals(List.of(other), ids(discussions.threads(owner, group.id(), ThreadCursor.START, 10)));
        assertEquals(List.of(other), threadsInFeed(reporter));
        assertEquals(0, discussions.replies(owner, other, 0, 10).total());
        assertEquals(0, discussions.replies(owner, thread, 0, 10).total());
        assertEquals(0, discussions.post(owner, other).orElseThrow().replies(), "a second REMOVE does not count it off twice");
        assertEquals(0, discussions.reported(owner, group.id(), 0, 10).total(), "settled by moderation: off the managers' list");
        refused("post", "This thread is no longer there, or you cannot see it.", () -> discussions.reply(owner, thread, "Hello?"));
        refused("post", "This thread is no longer there, or you cannot see it.", () -> discussions.react(reporter, thread, Reaction.LIKE));
        refused("reason", "This reply is no longer there.", () -> discussions.reportReply(owner, flaggedReply, ReportReason.SPAM, ""));
        refused("reply", "This reply is no longer there.", () -> discussions.deleteReply(owner, flaggedReply));
        assertTrue(reportable("groups.post").find(thread, reporter).isEmpty());
        assertTrue(reportable("groups.reply").find(flaggedReply, reporter).isEmpty());
        assertTrue(reportable("groups.post").find(thread).orElseThrow().hidden(), "moderators still see it, for an appeal");
        assertTrue(reportable("groups.reply").find(flaggedReply).orElseThrow().hidden());

        // Reports rejected in a later case leave a removal as it is.
        decide(new ReportTarget("groups.post", thread), member, ModerationAction.DISMISS);
        assertTrue(discussions.post(reporter, thread).isEmpty(), "still removed");

        // A granted appeal is a RESTORE: back as it was, with its reply, reaction and pin.
        decide(new ReportTarget("groups.post", thread), member, ModerationAction.RESTORE);
        decide(new ReportTarget("groups.reply", flaggedReply), member, ModerationAction.RESTORE);
        GroupPost back = discussions.post(reporter, thread).orElseThrow();
        assertTrue(back.pinned());
        assertEquals(1, back.replies());
        assertEquals(1, back.reactions().get(Reaction.LIKE));
        assertEquals(List.of(thread), discussions.pinned(reporter, group.id()).stream().map(GroupPost::id).toList());
        assertEquals(1, discussions.replies(reporter, thread, 0, 10).total());
        assertEquals(1, discussions.replies(reporter, other, 0, 10).total());
        assertEquals(1, discussions.post(owner, other).orElseThrow().replies(), "counted again");
        assertEquals(Set.of(thread, other), new HashSet<>(threadsInFeed(reporter)));
        assertFalse(reportable("groups.post").find(thread).orElseThrow().hidden());

        decide(new ReportTarget("groups.group", group.id()), owner, ModerationAction.REMOVE);
        assertTrue(groups.byId(owner, group.id()).isEmpty(), "not even for its owner");
        assertTrue(groups.bySlug(member, group.slug()).isEmpty());
        assertEquals(0, groups.directory(owner, Groups.Scope.MINE, group.name(), null, 0, 10).total());
        assertEquals(0, groups.directory(person("browser"), Groups.Scope.ALL, group.name(), null, 0, 10).total());
        assertEquals(0, groups.members(owner, group.id(), 0, 10).total());
        assertTrue(discussions.post(owner, other).isEmpty());
        assertEquals(List.of(), ids(discussions.threads(member, group.id(), ThreadCursor.START, 10)));
        assertEquals(List.of(), threadsInFeed(reporter));
        assertEquals(List.of(), commonGround(owner, member), "no \"Both in\" for a removed group");
        refused("group", "Only the group's managers can do this.", () -> discussions.reported(owner, group.id(), 0, 10));
        refused("body", "There is no such group, or you cannot see it.", () -> discussions.start(owner, group.id(), "Still here?", "Hello"));
        refused("group", "There is no such group, or you cannot see it.", () -> groups.join(person("newcomer"), group.id()));
        assertTrue(reportable("groups.group").find(group.id()).orElseThrow().hidden());

        decide(new ReportTarget("groups.group", group.id()), owner, ModerationAction.DISMISS);
        assertTrue(groups.byId(reporter, group.id()).isEmpty(), "reports rejected later leave the removal as it is");
        decide(new ReportTarget("groups.group", group.id()), owner, ModerationAction.RESTORE);
        assertEquals(3, groups.byId(reporter, group.id()).orElseThrow().memberCount(), "back with its members");
        assertEquals(1, groups.directory(person("browser"), Groups.Scope.ALL, group.name(), null, 0, 10).total());
        assertEquals(List.of(other), ids(discussions.threads(member, group.id(), ThreadCursor.START, 10)));
        assertEquals(List.of(thread), discussions.pinned(member, group.id()).stream().map(GroupPost::id).toList());
        assertEquals(List.of("Both in " + group.name()), commonGround(owner, member));

        // Erasure still deletes for good, removed or not.
        decide(new ReportTarget("groups.post", thread), member, ModerationAction.REMOVE);
        tx.begin();
        personalData.stream().filter(data -> data.module().equals("groups")).findFirst().orElseThrow()
                .erase(new PersonalData.Subject(member, "member@example.invalid", "Member"));
        tx.commit();
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM groups_post WHERE id = ?", thread));
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM groups_reply WHERE id = ?", flaggedReply));
    }

    private List<String> commonGround(long viewer, long other) {
        return commonGrounds.stream().flatMap(ground -> ground.between(viewer, other).stream())
                .filter(reason -> reason.startsWith("Both in ")).toList();
    }

    @Test
    void ownersRenameAndDeleteAndManagersLiftBans() {
        long owner = person("owner");
        long manager = person("manager");
        long troll = person("troll");
        String tag = Long.toString(System.nanoTime());
        GroupSummary taken = groups.create(owner, proposal("Taken " + tag, GroupVisibility.OPEN));
        GroupSummary group = groups.create(owner, proposal("Old name " + tag, GroupVisibility.OPEN));
        groups.join(manager, group.id());
        groups.appoint(owner, group.id(), manager, GroupRole.MANAGER);
        refused("name", "A group called \u201cTaken " + tag + "\u201d already exists. Choose another name.",
                () -> groups.rename(owner, group.id(), "Taken " + tag));
        refused("name", "Only the group's owners can rename it.", () -> groups.rename(manager, group.id(), "New name " + tag));
        GroupSummary renamed = groups.rename(owner, group.id(), "New name " + tag);
        assertEquals("new-name-" + tag, renamed.slug());
        assertTrue(groups.bySlug(manager, renamed.slug()).isPresent());

        groups.ban(manager, group.id(), troll);
        assertEquals(1, groups.banned(manager, group.id(), 0, 10).total());
        assertEquals(0, groups.banned(troll, group.id(), 0, 10).total());
        groups.unban(manager, group.id(), troll);
        assertEquals(MembershipStatus.ACTIVE, groups.join(troll, group.id()), "a lifted ban lets them back");

        long thread = discussions.start(troll, group.id(), "Bye", "Soon gone.");
        refused("confirmation", "Only the group's owners can delete it.", () -> groups.delete(manager, group.id(), "New name " + tag));
        refused("confirmation", "Type the group's name, New name " + tag + ", to confirm.", () -> groups.delete(owner, group.id(), "yes"));
        groups.delete(owner, group.id(), "new name " + tag);
        assertTrue(groups.byId(owner, group.id()).isEmpty());
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM groups_post WHERE id = ?", thread));
        assertTrue(groups.byId(owner, taken.id()).isPresent());
    }

    @Test
    void aSuspendedAuthorsThreadsAndRepliesAreOutOfSightUntilReactivated() {
        long owner = person("owner");
        long author = person("author");
        long admin = accounts.register(new NewAccount("admin" + System.nanoTime() + "@campus.example.edu", "Test admin", PASSWORD,
                Set.of(Role.ADMIN), null));
        GroupSummary group = groups.create(owner, proposal("Suspended " + System.nanoTime(), GroupVisibility.OPEN));
        groups.join(author, group.id());
        long thread = discussions.start(author, group.id(), "Cheap watches", "Buy now.");
        long other = discussions.start(owner, group.id(), "Real talk", "Hello.");
        discussions.reply(author, other, "Buy watches.");
        administration.suspend(admin, author, "Spam");
        assertTrue(discussions.post(owner, thread).isEmpty());
        assertEquals(List.of(other), ids(discussions.threads(owner, group.id(), ThreadCursor.START, 10)));
        assertEquals(0, discussions.replies(owner, other, 0, 10).total());
        administration.reactivate(admin, author);
        assertTrue(discussions.post(owner, thread).isPresent());
        assertEquals(1, discussions.replies(owner, other, 0, 10).total());
    }

    @Test
    void reportsReachTheGroupsManagersFirstWhoRemoveOrKeep() throws Exception {
        long owner = person("owner");
        long member = person("member");
        long reporter = person("reporter");
        long second = person("second");
        GroupSummary group = groups.create(owner, proposal("Reports first " + System.nanoTime(), GroupVisibility.OPEN));
        for (long person : List.of(member, reporter, second)) {
            groups.join(person, group.id());
        }
        long thread = discussions.start(member, group.id(), "Cheap essays", "Buy essays from my site.");
        long reply = discussions.reply(member, thread, "Really cheap.");
        long noticesBefore = notices(owner, "groups.manage");

        discussions.reportPost(reporter, thread, ReportReason.SPAM, "");
        discussions.reportPost(second, thread, ReportReason.SCAM, "");
        discussions.reportReply(reporter, reply, ReportReason.SPAM, "");
        assertEquals(noticesBefore + 3, notices(owner, "groups.manage"), "the owner hears of each report");
        refused("group", "Only the group's managers can do this.", () -> discussions.reported(member, group.id(), 0, 10));

        List<ReportedInGroup> reported = discussions.reported(owner, group.id(), 0, 10).items();
        assertEquals(2, reported.size());
        ReportedInGroup first = reported.stream().filter(item -> !item.reply()).findFirst().orElseThrow();
        assertEquals(thread, first.id());
        assertEquals(2, first.reports());
        assertEquals(List.of(ReportReason.SPAM, ReportReason.SCAM), first.reasons());
        assertEquals("Buy essays from my site.", first.text());

        refused("group", "Only the group's managers can do this.", () -> discussions.keep(member, Discussions.REPLY_KIND, reply));
        discussions.keep(owner, Discussions.REPLY_KIND, reply);
        assertEquals(List.of(thread), discussions.reported(owner, group.id(), 0, 10).items().stream().map(ReportedInGroup::id).toList(),
                "a kept reply leaves the managers' list");
        discussions.reportReply(second, reply, ReportReason.HARASSMENT, "");
        assertEquals(2, discussions.reported(owner, group.id(), 0, 10).total(), "a new report brings it back");
        decide(new ReportTarget(Discussions.REPLY_KIND, reply), member, ModerationAction.DISMISS);
        assertEquals(List.of(thread), discussions.reported(owner, group.id(), 0, 10).items().stream().map(ReportedInGroup::id).toList(),
                "moderators let the reply through: the managers need not act on it");

        discussions.delete(owner, thread);
        assertEquals(0, discussions.reported(owner, group.id(), 0, 10).total(), "removing the thread removes it and its replies from the list");
        assertEquals(4, events.events().stream().filter(event -> event instanceof GroupPostReported report
                && report.groupId() == group.id()).count(), "moderators hear of every report as well");
    }

    private void decide(ReportTarget target, long authorId, ModerationAction action) throws Exception {
        tx.begin();
        try {
            decisions.fire(new ModerationDecision(1, target, authorId, action, "test", 1));
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private ReportableContent reportable(String kind) {
        return reportables.stream().filter(content -> content.handles(kind)).findFirst().orElseThrow();
    }

    private long notices(long recipient, String kind) {
        return Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = ?", recipient, kind);
    }

    private static List<Long> ids(ThreadList list) {
        return list.posts().stream().map(GroupPost::id).toList();
    }

    private void refused(String field, String message, org.junit.jupiter.api.function.Executable action) {
        Rejection rejection = assertThrows(Rejection.class, action);
        assertEquals(message, rejection.getMessage());
        assertEquals(field, rejection.field());
    }

    // --- Threads in the home feed (networking's FeedContributor port) ---

    @Test
    void aMembersFeedMergesTheirGroupsThreadsWithPostsByTime() {
        long owner = person("owner");
        long member = person("member");
        long otherMember = person("other");
        long outsider = person("outsider");
        GroupSummary club = groups.create(owner, proposal("Feed club " + System.nanoTime(), GroupVisibility.OPEN));
        GroupSummary other = groups.create(owner, proposal("Feed other " + System.nanoTime(), GroupVisibility.OPEN));
        GroupSummary closed = groups.create(owner, proposal("Feed closed " + System.nanoTime(), GroupVisibility.CLOSED));
        groups.join(member, club.id());
        groups.join(otherMember, other.id());
        groups.invite(owner, closed.id(), member);
        assertEquals(MembershipStatus.ACTIVE, groups.join(member, closed.id()));
        assertEquals(MembershipStatus.REQUESTED, groups.join(outsider, closed.id()), "asks to join: not a member yet");

        long older = feed.publish(member, "An older post", PostAudience.CAMPUS);
        long thread = discussions.start(owner, club.id(), "Robots on Friday", "R&D: bring your robot.");
        long closedThread = discussions.start(owner, closed.id(), "Members only", "Inside the closed group.");
        long newer = feed.publish(member, "A newer post", PostAudience.CAMPUS);
        Instant started = discussions.post(owner, thread).orElseThrow().at();
        Sql.execute(db, "UPDATE networking_post SET created_at = ? WHERE id = ?", Timestamp.from(started.minusSeconds(60)), older);
        discussions.reply(member, thread, "I will be there.");

        List<FeedItem> items = feed.home(member, FeedCursor.START, 10).items();
        assertEquals(List.of("post " + newer, "entry " + closedThread, "entry " + thread, "post " + older),
                items.stream().map(GroupDiscussionsIT::key).toList(), "newest first, threads between the posts by when they were started");
        FeedEntry entry = (FeedEntry) items.get(2);
        assertEquals("groups.thread", entry.kind());
        assertEquals(owner, entry.authorId());
        assertEquals("Robots on Friday", entry.title());
        assertEquals("R&D: bring your robot.", entry.text(), "plain text; the page escapes it");
        assertEquals("in " + club.name(), entry.source());
        assertEquals("/groups/post/view.xhtml?id=" + thread, entry.link());

        assertEquals(List.of(), threadsInFeed(otherMember), "a member of another group sees none of these");
        assertEquals(List.of(), threadsInFeed(outsider), "nor does someone who only asked to join the closed group");
        assertEquals(List.of(closedThread, thread), threadsInFeed(owner));
        groups.leave(member, club.id());
        assertEquals(List.of(closedThread), threadsInFeed(member), "gone with the membership");
    }

    @Test
    void pagingTheFeedShowsEveryPostAndEveryThreadExactlyOnce() {
        long owner = person("owner");
        long member = person("member");
        GroupSummary club = groups.create(owner, proposal("Feed paging " + System.nanoTime(), GroupVisibility.OPEN));
        groups.join(member, club.id());
        Instant base = Instant.now().minus(java.time.Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<Long> posts = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            long post = feed.publish(member, "Post " + k, PostAudience.CAMPUS);
            Sql.execute(db, "UPDATE networking_post SET created_at = ? WHERE id = ?", Timestamp.from(base.plusSeconds(k * 3600L)), post);
            posts.add(post);
        }
        List<Instant> times = new ArrayList<>();
        for (int j = 0; j < 12; j++) {
            times.add(base.plusSeconds(3 * 3600L + 600 + j * 60L)); // more than a screen's worth between two posts
            times.add(base.minusSeconds(3600L - j * 60L)); // and more than a screen's worth older than every post
        }
        times.add(base.plusSeconds(5 * 3600L)); // at the very time of a post
        for (int j = 0; j < 3; j++) {
            times.add(base.plusSeconds(6 * 3600L + 1800)); // three at one time
        }
        for (int j = 0; j < Feed.ENTRIES_PER_SCREEN + 3; j++) {
            times.add(base.plusSeconds(4 * 3600L + 1800)); // more than a screen's worth at one time
        }
        times.add(base.plusSeconds(7 * 3600L + 5)); // the newest
        assertTrue(times.size() > 2 * Feed.ENTRIES_PER_SCREEN);
        for (Instant at : times) {
            Sql.execute(db, "INSERT INTO groups_post (group_id, author_id, title, body, state, created_at, last_activity_at)"
                    + " VALUES (?, ?, 'Thread', 'Body', 'PUBLISHED', ?, ?)", club.id(), owner, Timestamp.from(at), Timestamp.from(at));
        }
        Sql.execute(db, "INSERT INTO groups_post (group_id, author_id, title, body, state, created_at, last_activity_at)"
                + " VALUES (?, ?, 'Waiting', 'Body', 'PENDING', ?, ?)", club.id(), owner, Timestamp.from(base), Timestamp.from(base));

        for (int size : new int[]{2, 3, 10}) {
            List<Long> seenPosts = new ArrayList<>();
            List<Long> seenThreads = new ArrayList<>();
            FeedCursor cursor = FeedCursor.START;
            int screens = 0;
            for (; cursor != null && screens < 60; screens++) {
                FeedPage page = feed.home(member, cursor, size);
                page.posts().forEach(post -> seenPosts.add(post.id()));
                page.entries().forEach(entry -> seenThreads.add(entry.id()));
                assertTrue(page.entries().size() <= Feed.ENTRIES_PER_SCREEN);
                List<FeedItem> items = page.items();
                for (int i = 1; i < items.size(); i++) {
                    assertFalse(items.get(i).at().isAfter(items.get(i - 1).at()), "newest first on each screen");
                }
                assertEquals(page.posts(), items.stream().filter(item -> item instanceof Post).toList(), "posts keep the screen's order");
                cursor = page.next();
            }
            assertNull(cursor, "the feed comes to an end");
            assertEquals(new HashSet<>(posts), new HashSet<>(seenPosts), "every post, screens of " + size);
            assertEquals(posts.size(), seenPosts.size(), "no post twice, screens of " + size);
            assertEquals(times.size(), seenThreads.size(), "every published thread once, screens of " + size);
            assertEquals(times.size(), new HashSet<>(seenThreads).size(), "no thread twice, screens of " + size);
        }
    }

    @Test
    void threadsByMutedOrBlockedPeopleStayOutOfTheFeed() {
        long owner = person("owner");
        long member = person("member");
        long muted = person("muted");
        long blocked = person("blocked");
        long blocker = person("blocker");
        long welcome = person("welcome");
        GroupSummary club = groups.create(owner, proposal("Feed noise " + System.nanoTime(), GroupVisibility.OPEN));
        for (long person : List.of(member, muted, blocked, blocker, welcome)) {
            groups.join(person, club.id());
        }
        noise.mutePerson(member, muted);
        noise.muteKeyword(member, "crypto");
        blocks.block(member, blocked);
        blocks.block(blocker, member);
        discussions.start(muted, club.id(), "Muted person", "Hello.");
        discussions.start(blocked, club.id(), "Blocked person", "Hello.");
        discussions.start(blocker, club.id(), "Blocked the member", "Hello.");
        discussions.start(welcome, club.id(), "Talk about CRYPTO", "A muted word in the title.");
        discussions.start(welcome, club.id(), "Plain", "All about crypto in the text.");
        discussions.start(welcome, club.id(), "Long", "We met on Tuesday to plan the term; everyone brought ideas. ".repeat(6)
                + "And then, far beyond the start shown on the card: crypto.");
        long shown = discussions.start(welcome, club.id(), "Welcome thread", "Hello.");
        assertEquals(List.of(shown), threadsInFeed(member));
        assertEquals(7, threadsInFeed(owner).size(), "the others are there for everyone else");

        noise.quiet(member, true);
        assertEquals(List.of(), threadsInFeed(member), "quiet mode keeps the feed to connections: no group threads");
    }

    private static String key(FeedItem item) {
        return item instanceof Post post ? "post " + post.id() : "entry " + ((FeedEntry) item).id();
    }

    /** The group threads on every screen of the member's home feed, in order. */
    private List<Long> threadsInFeed(long memberId) {
        List<Long> ids = new ArrayList<>();
        FeedCursor cursor = FeedCursor.START;
        for (int screen = 0; cursor != null && screen < 20; screen++) {
            FeedPage page = feed.home(memberId, cursor, 10);
            page.entries().stream().filter(entry -> entry.kind().equals("groups.thread")).forEach(entry -> ids.add(entry.id()));
            cursor = page.next();
        }
        return ids;
    }

    private static NewGroup proposal(String name, GroupVisibility visibility) {
        return new NewGroup(name, "A group for testing.", GroupCategory.INTEREST, "Be kind.", visibility);
    }

    private long person(String name) {
        return named("Test " + name);
    }

    private long named(String displayName) {
        String email = "p" + System.nanoTime() + "@campus.example.edu";
        return accounts.register(new NewAccount(email, displayName, PASSWORD, Set.of(Role.STUDENT), null));
    }
}
