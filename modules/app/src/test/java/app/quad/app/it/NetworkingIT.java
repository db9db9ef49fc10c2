package app.quad.app.it;

import app.quad.app.it.support.Sql;
import app.quad.app.it.support.EventLog;
import app.quad.identity.AccountAdministration;
import app.quad.identity.Accounts;
import app.quad.identity.EducationEntry;
import app.quad.identity.NewAccount;
import app.quad.identity.Organisations;
import app.quad.identity.ProfileDetails;
import app.quad.identity.ProfileSection;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.identity.StoredUpload;
import app.quad.identity.Uploads;
import app.quad.identity.Visibility;
import app.quad.networking.Blocks;
import app.quad.networking.ConnectionAccepted;
import app.quad.networking.ConnectionRemoved;
import app.quad.networking.ConnectionRequested;
import app.quad.networking.Connections;
import app.quad.networking.Contact;
import app.quad.networking.FollowTarget;
import app.quad.networking.Follows;
import app.quad.networking.Snooze;
import app.quad.networking.Feed;
import app.quad.networking.FeedCursor;
import app.quad.networking.FeedPage;
import app.quad.networking.NoiseControls;
import app.quad.networking.Post;
import app.quad.networking.PostAudience;
import app.quad.networking.PostImage;
import app.quad.networking.PostPublished;
import app.quad.networking.PostReported;
import app.quad.networking.Reaction;
import app.quad.networking.Suggestions;
import app.quad.networking.IncomingRequest;
import app.quad.networking.MemberBlocked;
import app.quad.networking.Relationship;
import app.quad.platform.Delivery;
import app.quad.platform.Rejection;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connections, requests, blocks, follows, suggestions and the feed on the real server (the browser flows are in NetworkingWebIT). */
@ExtendWith(ArquillianExtension.class)
class NetworkingIT {

    private static final String PASSWORD = "harbour lantern violet 88";
    private static final String NOTE = "We were in the same data science lab this fall.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Accounts accounts;

    @Inject
    Connections connections;

    @Inject
    Blocks blocks;

    @Inject
    Follows follows;

    @Inject
    Snooze snooze;

    @Inject
    Suggestions suggestions;

    @Inject
    Feed feed;

    @Inject
    app.quad.networking.Messages messages;

    @Inject
    Uploads uploads;

    @Inject
    app.quad.networking.NotificationCentre notificationCentre;

    @Inject
    NoiseControls noise;

    @Inject
    AccountAdministration administration;

    @Inject
    Profiles profiles;

    @Inject
    Organisations organisations;

    @Inject
    EventLog events;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aRequestWithANoteBecomesAConnectionWhenAccepted() {
        long ana = student("ana");
        long ben = student("ben");
        long request = connections.request(ana, ben, "  " + NOTE + "\n");
        assertTrue(events.contains(new ConnectionRequested(request, ana, ben)));
        assertEquals(Relationship.REQUEST_SENT, connections.between(ana, ben));
        assertEquals(Relationship.REQUEST_RECEIVED, connections.between(ben, ana));
        IncomingRequest incoming = connections.incoming(ben, 0, 10).items().get(0);
        assertEquals(NOTE, incoming.note(), "the recipient reads the note, trimmed");
        assertEquals(ana, incoming.requesterId());
        assertEquals(1, connections.sent(ana, 0, 10).total());

        assertTrue(notificationCentre.list(ben, 0, 5).items().stream()
                .anyMatch(notice -> notice.text().contains("asked to connect with you")), "ben hears of the request");

        long connection = connections.accept(ben, request);
        assertTrue(events.contains(new ConnectionAccepted(connection, ana, ben)));
        assertTrue(notificationCentre.list(ana, 0, 5).items().stream()
                .anyMatch(notice -> notice.text().contains("accepted your request")), "ana hears of the acceptance");
        assertEquals(Relationship.CONNECTED, connections.between(ana, ben));
        assertEquals(Relationship.CONNECTED, connections.between(ben, ana));
        assertEquals(ben, connections.connectionsOf(ana, 0, 10).items().get(0).accountId());
        assertEquals(ana, connections.connectionsOf(ben, 0, 10).items().get(0).accountId());
        assertEquals(0, connections.incoming(ben, 0, 10).total());
        assertEquals(0, connections.sent(ana, 0, 10).total());
        assertEquals(connection, connections.accept(ben, request), "accepting twice changes nothing");
        assertEquals(1, count("SELECT COUNT(*) FROM networking_connection WHERE low_id = ? AND high_id = ?",
                Math.min(ana, ben), Math.max(ana, ben)));
    }

    @Test
    void connectionsSeeWhatIsSharedWithConnectionsAndMutualConnectionsAreCounted() {
        long ana = student("ana");
        long ben = student("ben");
        long cleo = student("cleo");
        profiles.updateDetails(ana, new ProfileDetails("Robotics junior", null, "West Campus", null));
        profiles.setVisibility(ana, ProfileSection.LOCATION, Visibility.CONNECTIONS);
        assertNull(profiles.view(ana, ben).orElseThrow().location());

        connect(ana, ben);
        connect(ana, cleo);
        assertEquals("West Campus", profiles.view(ana, ben).orElseThrow().location(), "a connection sees CONNECTIONS fields");
        assertNull(profiles.view(ana, cleo + 1_000_000).map(view -> view.location()).orElse(null));
        assertEquals(1, connections.mutualCount(ben, cleo), "ana is their mutual connection");
        long request = connections.request(ben, cleo, NOTE);
        assertTrue(connections.incoming(cleo, 0, 10).items().get(0).commonGround().contains("1 mutual connection"));
        connections.accept(cleo, request);

        connections.remove(ana, ben);
        assertTrue(events.events().stream().anyMatch(event -> event instanceof ConnectionRemoved removed
                && removed.a() == ana && removed.b() == ben));
        assertEquals(Relationship.NONE, connections.between(ben, ana));
        assertNull(profiles.view(ana, ben).orElseThrow().location(), "an ended connection sees no more");
    }

    @Test
    void badRequestsAreRefusedAtTheirField() {
        long ana = student("ana");
        long ben = student("ben");
        assertEquals("note", refusal(() -> connections.request(ana, ben, "")).field());
        assertEquals("note", refusal(() -> connections.request(ana, ben, "Hi, let's connect")).field());
        assertEquals("note", refusal(() -> connections.request(ana, ben, "x".repeat(301))).field());
        assertEquals("person", refusal(() -> connections.request(ana, ana, NOTE)).field());
        assertEquals("person", refusal(() -> connections.request(ana, Long.MAX_VALUE, NOTE)).field());

        String script = "<script>alert('x')</script> we met at the career fair";
        long request = connections.request(ana, ben, script);
        assertEquals(script, connections.incoming(ben, 0, 1).items().get(0).note(), "kept as text; pages escape it");
        assertEquals("person", refusal(() -> connections.request(ana, ben, NOTE)).field(), "one open request per pair");
        connections.accept(ben, request);
        assertEquals("person", refusal(() -> connections.request(ben, ana, NOTE)).field(), "already connected");
        assertEquals("request", refusal(() -> connections.accept(ana, request)).field(), "only the recipient answers");
        assertEquals(0, count("SELECT COUNT(*) FROM networking_connection_request WHERE requester_id = ? AND status = 'PENDING'", ana));
    }

    @Test
    void employersCannotAskStudentsWhoLeftTheDirectory() {
        long student = student("optout");
        long employer = verifiedEmployer();
        profiles.setVisibility(student, ProfileSection.PROFILE, Visibility.EMPLOYERS);
        profiles.setDirectoryOptOut(student, true);
        assertEquals("person", refusal(() -> connections.request(employer, student, NOTE)).field());
        assertEquals(0, count("SELECT COUNT(*) FROM identity_disclosure WHERE student_id = ?", student),
                "deciding whether one may ask is not a view of the profile");
    }

    @Test
    void leavingTheDirectoryClosesEmployersOpenRequestsSoNoEmployerListNamesTheStudent() {
        long student = student("leaving");
        long classmate = student("classmate");
        long employer = verifiedEmployer();
        profiles.setVisibility(student, ProfileSection.PROFILE, Visibility.PUBLIC);
        connections.request(employer, student, NOTE);
        connections.request(classmate, student, NOTE);
        assertEquals(1, connections.sent(employer, 0, 10).total());

        profiles.setDirectoryOptOut(student, true);
        assertEquals(0, connections.sent(employer, 0, 10).total(), "gone from the employer's sent requests");
        assertEquals(List.of(classmate), connections.incoming(student, 0, 10).items().stream()
                .map(IncomingRequest::requesterId).toList(), "a classmate's request stays");
    }

    @Test
    void aDeclinedRequestLooksUnansweredToItsSenderWhoCannotAskAgainUntilWithdrawing() {
        long ana = student("ana");
        long ben = student("ben");
        long request = connections.request(ana, ben, NOTE);
        connections.decline(ben, request);
        assertEquals(0, connections.incoming(ben, 0, 10).total());
        assertEquals(Relationship.REQUEST_SENT, connections.between(ana, ben), "the sender is not told");
        assertEquals(Relationship.NONE, connections.between(ben, ana));
        assertEquals(1, connections.sent(ana, 0, 10).total());
        assertEquals("person", refusal(() -> connections.request(ana, ben, NOTE)).field());

        connections.withdraw(ana, request);
        assertEquals(0, connections.sent(ana, 0, 10).total());
        connections.request(ana, ben, NOTE);
        assertEquals(2, connections.budget(ana).used(), "a withdrawn request still counts for the week");
    }

    @Test
    void theWeeklyBudgetRefusesTheTwentyFirstRequestAndSaysWhenTheNextIsFree() {
        long ana = student("ana");
        for (int i = 0; i < 20; i++) {
            connections.request(ana, student("peer" + i), NOTE);
        }
        assertEquals(0, connections.budget(ana).left());
        Rejection refused = refusal(() -> connections.request(ana, student("one.more"), NOTE));
        assertEquals("budget", refused.field());
        assertTrue(refused.getMessage().contains("You can send the next one on"), refused.getMessage());
        assertEquals(20, count("SELECT COUNT(*) FROM networking_connection_request WHERE requester_id = ?", ana));

        long staff = register("staff", Role.STAFF, null);
        for (int i = 0; i < 21; i++) {
            connections.request(staff, student("advisee" + i), NOTE);
        }
        assertEquals(79, connections.budget(staff).left(), "staff have a larger budget");
    }

    @Test
    void askingEachOtherAtTheSameMomentEndsInOneConnection() throws Exception {
        for (int round = 0; round < 8; round++) {
            long ana = student("ana");
            long ben = student("ben");
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Long>> asks = new ArrayList<>();
            for (long[] pair : new long[][]{{ana, ben}, {ben, ana}}) {
                asks.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return connections.request(pair[0], pair[1], NOTE);
                }));
            }
            for (Future<Long> ask : asks) {
                assertNotNull(ask.get(30, TimeUnit.SECONDS), "neither request fails");
            }
            assertEquals(1, count("SELECT COUNT(*) FROM networking_connection WHERE low_id = ? AND high_id = ?",
                    Math.min(ana, ben), Math.max(ana, ben)), "round " + round);
            assertEquals(2, count("SELECT COUNT(*) FROM networking_edge WHERE account_id IN (?, ?)", ana, ben));
            assertEquals(Relationship.CONNECTED, connections.between(ana, ben));
            assertEquals(0, connections.incoming(ana, 0, 1).total() + connections.incoming(ben, 0, 1).total(),
                    "no request is left hanging");
            assertEquals(0, connections.sent(ana, 0, 1).total() + connections.sent(ben, 0, 1).total());
        }
    }

    @Test
    void blockingEndsTheConnectionAndHidesEachFromTheOther() {
        long ana = student("ana");
        long ben = student("ben");
        long cleo = student("cleo");
        connect(ana, ben);
        connections.request(cleo, ana, NOTE);
        assertTrue(profiles.view(ben, ana).isPresent());

        blocks.block(ana, ben);
        blocks.block(ana, cleo);
        assertTrue(events.contains(new MemberBlocked(ana, ben)));
        assertTrue(events.events().stream().anyMatch(event -> event instanceof ConnectionRemoved removed
                && removed.a() == ana && removed.b() == ben));
        assertEquals(Relationship.BLOCKED, connections.between(ana, ben));
        assertEquals(Relationship.BLOCKED_BY_OTHER, connections.between(ben, ana));
        assertFalse(profiles.view(ben, ana).isPresent(), "the blocker does not see the blocked");
        assertFalse(profiles.view(ana, ben).isPresent(), "the blocked does not see the blocker");
        assertFalse(profiles.visibleTo(ana, ben));
        assertEquals("person", refusal(() -> connections.request(ben, ana, NOTE)).field());
        assertEquals("person", refusal(() -> connections.request(ana, ben, NOTE)).field());
        assertEquals(0, connections.incoming(ana, 0, 10).total(), "cleo's open request is closed");
        assertEquals(2, blocks.blockedBy(ana, 0, 10).total());
        assertEquals("person", refusal(() -> blocks.block(ana, ana)).field());

        blocks.unblock(ana, ben);
        assertTrue(profiles.view(ana, ben).isPresent());
        assertEquals(Relationship.NONE, connections.between(ana, ben), "unblocking does not reconnect");
    }

    @Test
    void aSnoozedMemberGetsNoNewRequestsAndTheAskerReadsTheirNote() {
        long ana = student("ana");
        long ben = student("ben");
        long cleo = student("cleo");
        connect(ben, cleo);
        snooze.snooze(ben, Instant.now().plus(Duration.ofDays(14)), "Back after finals on May 20.");
        Rejection refused = refusal(() -> connections.request(ana, ben, NOTE));
        assertEquals("person", refused.field());
        assertTrue(refused.getMessage().contains("Back after finals on May 20."), refused.getMessage());
        assertEquals("until", refusal(() -> snooze.snooze(ben, Instant.now().minusSeconds(60), null)).field());
        assertEquals("until", refusal(() -> snooze.snooze(ben, Instant.now().plus(Duration.ofDays(120)), null)).field());

        snooze.wake(ben);
        assertTrue(snooze.of(ben).isEmpty());
        connections.request(ana, ben, NOTE);
    }

    @Test
    void peopleFollowVerifiedOrganisationsAndStaffOrGraduatesWhoTakeFollowers() {
        long ana = student("ana");
        long advisor = register("advisor", Role.STAFF, null);
        long classmate = student("classmate");
        FollowTarget advisorTarget = FollowTarget.account(advisor);
        assertEquals("target", refusal(() -> follows.follow(ana, advisorTarget)).field(), "followers are opt-in");
        assertEquals("allowFollowers", refusal(() -> follows.allowFollowers(classmate, true)).field(),
                "students are not followed as persons");

        follows.allowFollowers(advisor, true);
        follows.follow(ana, advisorTarget);
        follows.follow(ana, advisorTarget);
        assertTrue(follows.follows(ana, advisorTarget));
        assertEquals(1, follows.followedBy(ana, 0, 10).total(), "following twice is one follow");

        String tag = Long.toString(System.nanoTime());
        long verified = organisations.addVerified(advisor, "Followable " + tag, "https://f" + tag + ".example.com", "f" + tag + ".example.com");
        follows.follow(ana, FollowTarget.organisation(verified));
        assertEquals(2, follows.followedBy(ana, 0, 10).total());
        assertEquals("target", refusal(() -> follows.follow(ana, FollowTarget.organisation(Long.MAX_VALUE))).field());

        blocks.block(advisor, ana);
        assertFalse(follows.follows(ana, advisorTarget), "blocking ends the follow");
        blocks.unblock(advisor, ana);
        follows.follow(ana, advisorTarget);
        follows.allowFollowers(advisor, false);
        assertFalse(follows.follows(ana, advisorTarget), "turning followers off ends the follows");
    }

    @Test
    void suggestionsComeFromFriendsOfFriendsAndClassmatesAndLeaveOutWhoMustNotBeSuggested() {
        long me = student("me");
        long friend = student("friend");
        long otherFriend = student("friend2");
        connect(me, friend);
        connect(me, otherFriend);
        long twoMutual = student("twomutual");
        connect(friend, twoMutual);
        connect(otherFriend, twoMutual);
        long oneMutual = student("onemutual");
        connect(friend, oneMutual);
        long blocker = student("blocker");
        connect(friend, blocker);
        blocks.block(blocker, me);
        long asked = student("asked");
        connect(friend, asked);
        connections.request(me, asked, NOTE);
        long optedOut = student("optedout");
        connect(friend, optedOut);
        profiles.setDirectoryOptOut(optedOut, true);
        long dismissed = student("dismissed");
        connect(friend, dismissed);
        suggestions.dismiss(me, dismissed);

        String school = "Suggestion University " + System.nanoTime();
        profiles.addEducation(me, EducationEntry.input(school, "BSc", "Geology", 2024, 2028));
        long classmate = student("classmate");
        profiles.addEducation(classmate, EducationEntry.input(school, "BSc", "Geology", 2024, 2028));
        long privateClassmate = student("private");
        profiles.addEducation(privateClassmate, EducationEntry.input(school, "BSc", "Geology", 2024, 2028));
        profiles.setVisibility(privateClassmate, ProfileSection.EDUCATION, Visibility.ONLY_ME);

        Map<Long, List<String>> suggested = new LinkedHashMap<>();
        suggestions.forMember(me, 20).forEach(suggestion -> suggested.put(suggestion.accountId(), suggestion.reasons()));
        assertEquals(List.of(classmate, twoMutual, oneMutual), List.copyOf(suggested.keySet()));
        assertEquals(List.of("2 mutual connections"), suggested.get(twoMutual));
        assertEquals(List.of("Both in Geology, class of 2028"), suggested.get(classmate));
        assertEquals(List.of("1 mutual connection"), suggested.get(oneMutual));
    }

    @Test
    void theHomeFeedShowsConnectionsFollowsAndOneselfFromTheLastTwoWeeksNewestFirst() {
        long me = student("reader");
        long friend = student("friend");
        long stranger = student("stranger");
        long advisor = register("advisor", Role.STAFF, null);
        connect(me, friend);
        follows.allowFollowers(advisor, true);
        follows.follow(me, FollowTarget.account(advisor));

        long old = feed.publish(friend, "An old post from three weeks ago", PostAudience.CAMPUS);
        execute("UPDATE networking_post SET created_at = NOW(6) - INTERVAL 15 DAY WHERE id = ?", old);
        long friendsOnly = feed.publish(friend, "Only for my connections", PostAudience.CONNECTIONS);
        long strangers = feed.publish(stranger, "A stranger's campus post", PostAudience.CAMPUS);
        long advisorsCampus = feed.publish(advisor, "Career fair on Friday, bring a printed CV", PostAudience.CAMPUS);
        long advisorsPrivate = feed.publish(advisor, "For my connections only", PostAudience.CONNECTIONS);
        long mine = feed.publish(me, "<script>alert(1)</script> my first post", PostAudience.CAMPUS);

        List<Long> shown = allScreens(me, 10);
        assertEquals(Set.of(friendsOnly, advisorsCampus, mine), Set.copyOf(shown));
        assertFalse(shown.contains(old) || shown.contains(strangers) || shown.contains(advisorsPrivate));
        assertEquals("<script>alert(1)</script> my first post", feed.post(me, mine).orElseThrow().text(), "kept as text; pages escape it");
        assertTrue(events.contains(new PostPublished(mine, me)));
        assertEquals("body", refusal(() -> feed.publish(me, "  ", PostAudience.CAMPUS)).field());
        assertEquals("body", refusal(() -> feed.publish(me, "x".repeat(3001), PostAudience.CAMPUS)).field());
    }

    @Test
    void noAuthorFillsAScreenAndNoPostIsLostBetweenScreens() {
        long me = student("reader");
        long chatty = student("chatty");
        long quiet = student("quiet");
        connect(me, chatty);
        connect(me, quiet);
        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            posted.add(feed.publish(chatty, "Update number " + i, PostAudience.CAMPUS));
        }
        posted.add(feed.publish(quiet, "My one update", PostAudience.CAMPUS));

        List<Long> seen = new ArrayList<>();
        FeedCursor cursor = FeedCursor.START;
        int screens = 0;
        while (cursor != null && screens++ < 10) {
            FeedPage page = feed.home(me, cursor, 4);
            assertTrue(page.posts().stream().filter(post -> post.authorId() == chatty).count() <= Feed.PER_AUTHOR,
                    "at most three posts of one author on a screen");
            page.posts().forEach(post -> seen.add(post.id()));
            cursor = page.next();
        }
        assertEquals(posted.size(), seen.size(), "every post once: " + seen);
        assertEquals(Set.copyOf(posted), Set.copyOf(seen));
        assertTrue(seen.subList(0, 4).contains(posted.get(7)), "the quiet author's post is on the first screen");
    }

    @Test
    void mutesQuietModeBlocksAndSuspensionKeepPostsOutOfTheFeed() {
        long me = student("reader");
        long friend = student("friend");
        long other = student("other");
        long advisor = register("advisor", Role.STAFF, null);
        long admin = register("admin", Role.ADMIN, null);
        connect(me, friend);
        connect(me, other);
        follows.allowFollowers(advisor, true);
        follows.follow(me, FollowTarget.account(advisor));
        long crypto = feed.publish(friend, "Get rich with CRYPTO today", PostAudience.CAMPUS);
        long friendly = feed.publish(friend, "Study group on Thursday", PostAudience.CAMPUS);
        long others = feed.publish(other, "Looking for a summer internship", PostAudience.CAMPUS);
        long advisors = feed.publish(advisor, "Office hours moved", PostAudience.CAMPUS);
        assertEquals(Set.of(crypto, friendly, others, advisors), Set.copyOf(allScreens(me, 10)));

        noise.muteKeyword(me, "Crypto");
        assertEquals(Set.of(friendly, others, advisors), Set.copyOf(allScreens(me, 10)));
        noise.quiet(me, true);
        assertEquals(Set.of(friendly, others), Set.copyOf(allScreens(me, 10)), "quiet mode: connections only");
        noise.mutePerson(me, other);
        assertEquals(Set.of(friendly), Set.copyOf(allScreens(me, 10)));
        noise.unmutePerson(me, other);
        administration.suspend(admin, other, "Spam reported by several students");
        assertEquals(Set.of(friendly), Set.copyOf(allScreens(me, 10)), "a suspended author's posts are hidden");
        assertTrue(feed.post(me, others).isEmpty());
        administration.reactivate(admin, other);
        assertEquals(Set.of(friendly, others), Set.copyOf(allScreens(me, 10)));
        blocks.block(friend, me);
        assertEquals(Set.of(others), Set.copyOf(allScreens(me, 10)), "blocked either way");
    }

    @Test
    void aPostIsSeenCommentedOnAndReactedToOnlyByItsAudience() {
        long author = student("author");
        long friend = student("friend");
        long stranger = student("stranger");
        long employer = verifiedEmployer();
        connect(author, friend);
        long forConnections = feed.publish(author, "Connections only: I got the internship!", PostAudience.CONNECTIONS);
        long forCampus = feed.publish(author, "Campus: who else is going to the hackathon?", PostAudience.CAMPUS);

        assertTrue(feed.post(friend, forConnections).isPresent());
        assertTrue(feed.post(stranger, forConnections).isEmpty());
        assertEquals("post", refusal(() -> feed.comment(stranger, forConnections, "Congratulations!")).field());
        assertTrue(feed.post(stranger, forCampus).isPresent());
        assertTrue(feed.post(employer, forCampus).isEmpty(), "campus posts are for campus members");

        feed.comment(friend, forConnections, "Congratulations, well deserved!");
        assertEquals("comment", refusal(() -> feed.comment(friend, forConnections, "")).field());
        feed.react(friend, forConnections, Reaction.CELEBRATE);
        feed.react(friend, forConnections, Reaction.LIKE);
        Post seen = feed.post(friend, forConnections).orElseThrow();
        assertEquals(Map.of(Reaction.LIKE, 1), seen.reactions(), "one reaction per person, the last one");
        assertEquals(Reaction.LIKE, seen.myReaction());
        assertEquals(1, seen.comments());
        assertEquals(1, feed.comments(friend, forConnections, 0, 10).total());

        feed.report(stranger, forCampus, app.quad.platform.moderation.ReportReason.SPAM, "Looks like spam");
        feed.report(stranger, forCampus, app.quad.platform.moderation.ReportReason.OTHER, "Really");
        assertEquals(1, events.events().stream().filter(event -> event instanceof PostReported reported
                && reported.postId() == forCampus).count(), "reporting twice counts once");
        assertEquals("post", refusal(() -> feed.delete(friend, forConnections)).field(), "only the author deletes");
        feed.delete(author, forConnections);
        assertTrue(feed.post(friend, forConnections).isEmpty());
        assertEquals(0, count("SELECT COUNT(*) FROM networking_post_comment WHERE post_id = ?", forConnections));
    }

    @Test
    void whoeverChoosesADigestGetsTheirFeedAsNoticesForIt() {
        long author = student("author");
        long byMail = student("bymail");
        long visitor = student("visitor");
        long muter = student("muter");
        connect(author, byMail);
        connect(author, visitor);
        connect(author, muter);
        notificationCentre.choose(byMail, Map.of("feed.post", Delivery.DAILY_DIGEST));
        notificationCentre.choose(muter, Map.of("feed.post", Delivery.DAILY_DIGEST));
        noise.muteKeyword(muter, "hackathon");

        feed.publish(author, "Who is coming to the hackathon this weekend?", PostAudience.CONNECTIONS);
        assertTrue(notificationCentre.list(byMail, 0, 10).items().stream()
                .anyMatch(notice -> notice.kind().equals("feed.post") && notice.text().contains("hackathon")));
        assertTrue(notificationCentre.list(visitor, 0, 10).items().stream().noneMatch(notice -> notice.kind().equals("feed.post")),
                "off by default: the feed is there to be visited");
        assertTrue(notificationCentre.list(muter, 0, 10).items().stream().noneMatch(notice -> notice.kind().equals("feed.post")),
                "muted words stay out of the digest too");
    }

    @Test
    void aPostsImageIsCheckedAndSeenOnlyByThoseWhoSeeThePost() throws Exception {
        long author = student("author");
        long friend = student("friend");
        long stranger = student("stranger");
        connect(author, friend);
        byte[] png = png();
        long post = feed.publish(author, "Our rover, ready for Friday", PostAudience.CONNECTIONS,
                new PostImage("rover.png", new ByteArrayInputStream(png), "The rover on the lab bench"));
        Post seen = feed.post(friend, post).orElseThrow();
        assertEquals("The rover on the lab bench", seen.imageDescription());
        StoredUpload upload = uploads.find(seen.imageUploadId()).orElseThrow();
        assertTrue(uploads.visibleTo(upload, Optional.of(friend)));
        assertFalse(uploads.visibleTo(upload, Optional.of(stranger)), "not to someone who may not see the post");
        assertFalse(uploads.visibleTo(upload, Optional.empty()));

        long before = count("SELECT COUNT(*) FROM networking_post WHERE author_id = ?", author);
        assertEquals("file", refusal(() -> feed.publish(author, "Look at this", PostAudience.CAMPUS,
                new PostImage("poster.png", new ByteArrayInputStream("<svg onload=alert(1)/>".getBytes()), "A poster"))).field());
        assertEquals("imageDescription", refusal(() -> feed.publish(author, "Look at this", PostAudience.CAMPUS,
                new PostImage("rover.png", new ByteArrayInputStream(png), " "))).field());
        assertEquals(before, count("SELECT COUNT(*) FROM networking_post WHERE author_id = ?", author), "a refused image keeps no post");

        feed.delete(author, post);
        assertTrue(uploads.find(upload.id()).isEmpty(), "the image goes with its post");
    }

    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anEmployersPersonSeesOnlyConnectionsPostsAndNothingOfAStudentWhoLeftTheDirectory() {
        long student = student("student");
        long friend = student("friend");
        long employer = verifiedEmployer();
        profiles.setVisibility(student, ProfileSection.PROFILE, Visibility.EMPLOYERS);
        connect(student, employer);
        connect(friend, employer);
        connect(student, friend);
        long campusPost = feed.publish(student, "Campus only: study group tonight", PostAudience.CAMPUS);
        long forConnections = feed.publish(student, "For my connections: I am looking for an internship", PostAudience.CONNECTIONS);
        long friendsPost = feed.publish(friend, "Friends: our project won a prize", PostAudience.CONNECTIONS);
        feed.comment(student, friendsPost, "Congratulations, team!");

        assertEquals(Set.of(forConnections, friendsPost), Set.copyOf(allScreens(employer, 10)),
                "campus posts are for campus members, connected or not");
        assertEquals(1, feed.comments(employer, friendsPost, 0, 10).items().size());

        profiles.setDirectoryOptOut(student, true);
        assertEquals(Set.of(friendsPost), Set.copyOf(allScreens(employer, 10)), "nothing of a student out of the directory");
        assertTrue(feed.post(employer, forConnections).isEmpty());
        assertTrue(feed.comments(employer, friendsPost, 0, 10).items().isEmpty(), "not even their comments");
        assertEquals(List.of(friend), connections.connectionsOf(employer, 0, 10).items().stream().map(Contact::accountId).toList(),
                "nor their name in the employer's connections");
        assertEquals(2, connections.connectionsOf(friend, 0, 10).items().size(), "campus members still see them");
    }

    @Test
    void peopleOfAnUnverifiedOrganisationCannotPostAskOrWrite() {
        String tag = Long.toString(System.nanoTime());
        long pending = organisationsSignUp(tag);
        long student = student("target");
        profiles.setVisibility(student, ProfileSection.PROFILE, Visibility.PUBLIC);
        assertEquals("person", refusal(() -> feed.publish(pending, "We are hiring, send your bank details", PostAudience.CONNECTIONS)).field());
        assertEquals("person", refusal(() -> connections.request(pending, student, NOTE)).field());
        assertEquals("person", refusal(() -> messages.send(pending, student, "Hello, exciting opportunity!", null)).field());
    }

    private long organisationsSignUp(String tag) {
        long person = organisations.signUpEmployer(new app.quad.identity.EmployerSignUpRequest("Pending " + tag,
                "https://p" + tag + ".example.com", "hr@p" + tag + ".example.com", "Pen Ding", PASSWORD));
        execute("UPDATE identity_account SET status = 'ACTIVE', verified_at = NOW(6) WHERE id = ?", person);
        return person;
    }

    private List<Long> allScreens(long member, int size) {
        List<Long> ids = new ArrayList<>();
        FeedCursor cursor = FeedCursor.START;
        for (int screen = 0; cursor != null && screen < 20; screen++) {
            FeedPage page = feed.home(member, cursor, size);
            page.posts().forEach(post -> ids.add(post.id()));
            cursor = page.next();
        }
        return ids;
    }

    private void execute(String sql, Object... params) {
        Sql.execute(db, sql, params);
    }

    private void connect(long a, long b) {
        connections.accept(b, connections.request(a, b, NOTE));
    }

    private static Rejection refusal(Runnable action) {
        return assertThrows(Rejection.class, action::run);
    }

    private long student(String name) {
        return register(name, Role.STUDENT, null);
    }

    private long register(String name, Role role, Long organisationId) {
        String email = name + "." + System.nanoTime() + "@campus.example.edu";
        return accounts.register(new NewAccount(email, "Test " + name, PASSWORD, Set.of(role), organisationId));
    }

    private long verifiedEmployer() {
        String tag = Long.toString(System.nanoTime());
        long staff = register("verifier", Role.STAFF, null);
        long organisation = organisations.addVerified(staff, "Employer " + tag, "https://e" + tag + ".example.com",
                "e" + tag + ".example.com");
        return accounts.register(new NewAccount("hr@e" + tag + ".example.com", "Recruiter", PASSWORD, Set.of(Role.EMPLOYER), organisation));
    }

    private long count(String sql, Object... params) {
        return Sql.count(db, sql, params);
    }
}
