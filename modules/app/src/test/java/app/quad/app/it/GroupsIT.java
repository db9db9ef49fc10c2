package app.quad.app.it;

import app.quad.app.it.support.EventLog;
import app.quad.app.it.support.Sql;
import app.quad.groups.GroupCategory;
import app.quad.groups.GroupCreated;
import app.quad.groups.GroupRole;
import app.quad.groups.GroupSummary;
import app.quad.groups.GroupVisibility;
import app.quad.groups.Groups;
import app.quad.groups.MemberJoinedGroup;
import app.quad.groups.MemberLeftGroup;
import app.quad.groups.MembershipStatus;
import app.quad.groups.NewGroup;
import app.quad.identity.AccountAdministration;
import app.quad.identity.Accounts;
import app.quad.identity.NewAccount;
import app.quad.identity.Organisations;
import app.quad.identity.Role;
import app.quad.networking.Affinity;
import app.quad.networking.CommonGround;
import app.quad.networking.Connections;
import app.quad.platform.Rejection;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import app.quad.identity.StoredUpload;
import app.quad.identity.UploadKind;
import app.quad.identity.Uploads;
import java.io.ByteArrayInputStream;
import app.quad.jobs.EventKind;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.jobs.NewEvent;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Groups and membership on the real server: visibility, joining, managers' actions, refusals and events. */
@ExtendWith(ArquillianExtension.class)
class GroupsIT {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Groups groups;

    @Inject
    Accounts accounts;

    @Inject
    Connections connections;

    @Inject
    Organisations organisations;

    @Inject
    AccountAdministration administration;

    @Inject
    Instance<Affinity> affinities;

    @Inject
    Instance<CommonGround> commonGrounds;

    @Inject
    EventLog events;

    @Inject
    Events calendar;

    @Inject
    Uploads uploads;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Test
    void whoSeesWhatForEachVisibility() {
        long owner = person("owner", Role.STUDENT);
        long manager = person("manager", Role.STUDENT);
        long member = person("member", Role.ALUMNI);
        long outsider = person("outsider", Role.STUDENT);
        for (GroupVisibility visibility : GroupVisibility.values()) {
            GroupSummary group = groups.create(owner, proposal("Matrix " + visibility + " " + System.nanoTime(), visibility));
            if (visibility == GroupVisibility.OPEN) {
                groups.join(manager, group.id());
                groups.join(member, group.id());
            } else {
                groups.invite(owner, group.id(), manager);
                groups.invite(owner, group.id(), member);
                assertEquals(MembershipStatus.ACTIVE, groups.join(manager, group.id()));
                assertEquals(MembershipStatus.ACTIVE, groups.join(member, group.id()));
            }
            groups.appoint(owner, group.id(), manager, GroupRole.MANAGER);
            for (long insider : List.of(owner, manager, member)) {
                assertTrue(groups.byId(insider, group.id()).isPresent(), visibility + " seen by a member");
                assertEquals(3, groups.members(insider, group.id(), 0, 10).total(), visibility + " members seen by a member");
                assertEquals(1, groups.directory(insider, Groups.Scope.ALL, group.name(), null, 0, 10).total());
                assertEquals(1, groups.directory(insider, Groups.Scope.MINE, group.name(), null, 0, 10).total());
            }
            assertEquals(visibility != GroupVisibility.SECRET, groups.byId(outsider, group.id()).isPresent(), visibility + " exists for outsiders");
            assertEquals(visibility != GroupVisibility.SECRET, groups.bySlug(outsider, group.slug()).isPresent());
            assertEquals(visibility != GroupVisibility.SECRET ? 1 : 0,
                    groups.directory(outsider, Groups.Scope.ALL, group.name(), null, 0, 10).total(), visibility + " in outsiders' search");
            assertEquals(visibility == GroupVisibility.OPEN ? 3 : 0, groups.members(outsider, group.id(), 0, 10).total(),
                    visibility + " members seen by outsiders");
            if (visibility != GroupVisibility.SECRET) {
                assertEquals(3, groups.byId(outsider, group.id()).orElseThrow().memberCount());
            }
            assertTrue(groups.requests(member, group.id(), 0, 10).items().isEmpty());
        }
    }

    @Test
    void closedGroupsJoinByRequestWhichAManagerApproves() {
        long owner = person("owner", Role.STAFF);
        long asker = person("asker", Role.STUDENT);
        long other = person("other", Role.STUDENT);
        GroupSummary group = groups.create(owner, proposal("Chess club " + System.nanoTime(), GroupVisibility.CLOSED));
        assertTrue(group.official(), "staff-created groups are official");
        assertTrue(events.contains(new GroupCreated(group.id(), owner, GroupVisibility.CLOSED, true)));
        assertEquals(MembershipStatus.REQUESTED, groups.join(asker, group.id()));
        assertEquals(1, groups.requests(owner, group.id(), 0, 10).total());
        assertEquals(0, groups.requests(asker, group.id(), 0, 10).total());
        assertEquals(0, groups.members(asker, group.id(), 0, 10).total(), "a request does not open the group");
        refused("group", "Only the group's managers can do this.", () -> groups.approve(other, group.id(), asker));
        refused("group", "Only the group's managers can do this.", () -> groups.approve(asker, group.id(), asker));
        groups.approve(owner, group.id(), asker);
        assertTrue(events.contains(new MemberJoinedGroup(group.id(), asker)));
        assertEquals(2, groups.members(asker, group.id(), 0, 10).total());
        refused("request", "This person has no request waiting: it may have been answered or withdrawn.",
                () -> groups.approve(owner, group.id(), other));

        groups.leave(asker, group.id());
        assertTrue(events.contains(new MemberLeftGroup(group.id(), asker)));
        assertTrue(groups.membership(asker, group.id()).isEmpty());
        refused("group", "You are the group's only owner: make another member an owner before you leave.",
                () -> groups.leave(owner, group.id()));

        long employer = employer();
        refused("group", "Only students, graduates and staff can ask to join this group.", () -> groups.join(employer, group.id()));
        refused("name", "Only students, graduates and staff with an active account can propose groups.",
                () -> groups.create(employer, proposal("Employer group " + System.nanoTime(), GroupVisibility.OPEN)));
        GroupSummary open = groups.create(owner, proposal("Open house " + System.nanoTime(), GroupVisibility.OPEN));
        assertEquals(MembershipStatus.ACTIVE, groups.join(employer, open.id()), "employers' people may join OPEN groups");
    }

    @Test
    void secretGroupsCannotBeFoundOrJoinedByGuessing() {
        long owner = person("owner", Role.STUDENT);
        long guesser = person("guesser", Role.STUDENT);
        GroupSummary secret = groups.create(owner, proposal("Hidden " + System.nanoTime(), GroupVisibility.SECRET));
        refused("group", "There is no such group, or you cannot see it.", () -> groups.join(guesser, secret.id()));
        refused("group", "There is no such group, or you cannot see it.", () -> groups.join(guesser, Long.MAX_VALUE));
        refused("group", "There is no such group, or you cannot see it.", () -> groups.approve(guesser, secret.id(), guesser));
        refused("invitee", "There is no such group, or you cannot see it.", () -> groups.invite(guesser, secret.id(), guesser));
        assertTrue(groups.membership(guesser, secret.id()).isEmpty());
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM groups_membership WHERE group_id = ? AND account_id = ?", secret.id(), guesser));
    }

    @Test
    void managersRemoveAndBanMembersButOnlyOwnersAppointAndRemoveManagers() {
        long owner = person("owner", Role.STUDENT);
        long manager = person("manager", Role.STUDENT);
        long member = person("member", Role.STUDENT);
        long troll = person("troll", Role.STUDENT);
        GroupSummary group = groups.create(owner, proposal("Debate " + System.nanoTime(), GroupVisibility.OPEN));
        for (long person : List.of(manager, member, troll)) {
            groups.join(person, group.id());
        }
        refused("role", "Only the group's owners can appoint managers.", () -> groups.appoint(member, group.id(), member, GroupRole.MANAGER));
        groups.appoint(owner, group.id(), manager, GroupRole.MANAGER);
        refused("role", "Only the group's owners can appoint managers.", () -> groups.appoint(manager, group.id(), member, GroupRole.MANAGER));
        refused("group", "Only the group's managers can do this.", () -> groups.remove(member, group.id(), troll));
        refused("group", "Only the group's managers can do this.", () -> groups.ban(member, group.id(), troll));
        refused("member", "Managers can remove members only; only an owner can remove a manager, and nobody an owner.",
                () -> groups.remove(manager, group.id(), owner));
        groups.ban(manager, group.id(), troll);
        assertTrue(events.contains(new MemberLeftGroup(group.id(), troll)));
        refused("group", "The group's managers have removed you from this group.", () -> groups.join(troll, group.id()));
        assertEquals(0, groups.members(troll, group.id(), 0, 10).total(), "a banned person does not see inside");
        groups.remove(manager, group.id(), member);
        assertEquals(MembershipStatus.ACTIVE, groups.join(member, group.id()), "a removed member may come back");
        groups.remove(owner, group.id(), manager);
        assertEquals(2, groups.byId(owner, group.id()).orElseThrow().memberCount());
    }

    @Test
    void badInputIsRefusedAtItsField() {
        long owner = person("owner", Role.STUDENT);
        String name = "Robotics " + System.nanoTime();
        groups.create(owner, proposal(name, GroupVisibility.OPEN));
        refused("name", "A group called \u201c" + name.toLowerCase() + "\u201d already exists. Choose another name.",
                () -> groups.create(owner, proposal(name.toLowerCase(), GroupVisibility.OPEN)));
        refused("name", "The name is required.", () -> groups.create(owner, proposal("  ", GroupVisibility.OPEN)));
        refused("name", "The name can be at most 80 characters (it has 81).",
                () -> groups.create(owner, proposal("n".repeat(81), GroupVisibility.OPEN)));
        refused("description", "The description must be plain text: remove tags such as <script> or <b>.",
                () -> groups.create(owner, new NewGroup("Scripted " + System.nanoTime(), "Hi <script>alert(1)</script>",
                        GroupCategory.CLUB, "", GroupVisibility.OPEN)));
        refused("rules", "The rules can be at most 4000 characters (it has 4001).",
                () -> groups.create(owner, new NewGroup("Long rules " + System.nanoTime(), "Fine.", GroupCategory.CLUB,
                        "r".repeat(4001), GroupVisibility.OPEN)));
        refused("category", "Choose a category.", () -> groups.create(owner, new NewGroup("No category " + System.nanoTime(),
                "Fine.", null, "", GroupVisibility.OPEN)));
    }

    @Test
    void directoryFiltersByCategoryAndConnectionsAndSharedGroupsFeedSuggestions() {
        long me = person("me", Role.STUDENT);
        long friend = person("friend", Role.STUDENT);
        long classmate = person("classmate", Role.STUDENT);
        connections.accept(friend, connections.request(me, friend, "We were in the same data science lab this fall."));
        String tag = Long.toString(System.nanoTime());
        GroupSummary open = groups.create(friend, new NewGroup("Sailing " + tag, "On the bay.", GroupCategory.CLUB, "", GroupVisibility.OPEN));
        GroupSummary closed = groups.create(friend, new NewGroup("Rowing " + tag, "On the river.", GroupCategory.CLUB, "",
                GroupVisibility.CLOSED));
        assertEquals(List.of(open.id()), groups.directory(me, Groups.Scope.CONNECTIONS, tag, null, 0, 10).items().stream()
                .map(GroupSummary::id).toList(), "whom a CLOSED group holds is not shown to outsiders");
        assertEquals(2, groups.directory(me, Groups.Scope.ALL, tag, GroupCategory.CLUB, 0, 10).total());
        assertEquals(0, groups.directory(me, Groups.Scope.ALL, tag, GroupCategory.MAJOR, 0, 10).total());
        assertEquals(1, groups.directory(me, Groups.Scope.ALL, "on the river", null, 0, 10).total(), "search covers descriptions");
        assertEquals(1, groups.directory(me, Groups.Scope.ALL, tag, null, 0, 1).items().size(), "paginated");

        groups.join(classmate, closed.id());
        groups.approve(friend, closed.id(), classmate);
        assertTrue(affinities.stream().flatMap(affinity -> affinity.of(classmate, 10).stream())
                .anyMatch(shared -> shared.accountId() == friend && shared.reason().equals("Both in Rowing " + tag)));
        assertEquals(List.of(), commonGrounds.stream().flatMap(ground -> ground.between(me, classmate).stream())
                .filter(reason -> reason.contains(tag)).toList(), "me is in no group with the classmate");
        assertEquals(List.of("Both in Rowing " + tag), commonGrounds.stream().flatMap(ground -> ground.between(classmate, friend).stream())
                .filter(reason -> reason.contains(tag)).toList());
    }

    @Test
    void suspensionEndsRequestsAndInvitations() {
        long owner = person("owner", Role.STUDENT);
        long asker = person("asker", Role.STUDENT);
        long admin = person("admin", Role.ADMIN);
        GroupSummary group = groups.create(owner, proposal("Suspense " + System.nanoTime(), GroupVisibility.CLOSED));
        groups.join(asker, group.id());
        administration.suspend(admin, asker, "Checking a report");
        assertEquals(0, groups.requests(owner, group.id(), 0, 10).total());
        assertFalse(groups.membership(asker, group.id()).isPresent());
    }

    @Test
    void managersPlanMeetupsThatOnlyThoseInsideTheGroupSee() {
        long owner = person("owner", Role.STUDENT);
        long member = person("member", Role.STUDENT);
        long outsider = person("outsider", Role.STUDENT);
        GroupSummary closed = groups.create(owner, proposal("Meetups " + System.nanoTime(), GroupVisibility.CLOSED));
        groups.invite(owner, closed.id(), member);
        groups.join(member, closed.id());
        LocalDateTime start = LocalDateTime.now().plusDays(9).withNano(0);
        NewEvent meetup = new NewEvent("Robot night", EventKind.MEETUP, false, "Lab 3", null, start, start.plusHours(2),
                "UTC", 12, null, "Bring parts.", closed.id());

        refused("hostGroup", "Only the group's managers can create events for it.", () -> calendar.create(member, meetup));
        EventSummary event = calendar.create(owner, meetup);
        assertEquals(closed.name(), event.hostName());
        assertEquals(1, calendar.upcomingForGroup(closed.id(), member, 0, 10).total());
        assertEquals(0, calendar.upcomingForGroup(closed.id(), outsider, 0, 10).total(), "a closed group's events are for its members");
        assertTrue(calendar.find(outsider, event.id()).isEmpty());

        groups.leave(member, closed.id());
        assertTrue(calendar.find(member, event.id()).isEmpty(), "leaving the group leaves its events out of sight");
    }

    @Test
    void managersGiveAGroupACoverSeenByWhoeverSeesTheGroup() {
        long owner = person("owner", Role.STUDENT);
        long member = person("member", Role.STUDENT);
        long outsider = person("outsider", Role.STUDENT);
        GroupSummary secret = groups.create(owner, proposal("Covers " + System.nanoTime(), GroupVisibility.SECRET));
        groups.invite(owner, secret.id(), member);
        groups.join(member, secret.id());

        refused("group", "Only the group's managers can do this.",
                () -> groups.attachCover(member, secret.id(), "cover.png", new ByteArrayInputStream(png())));
        Rejection notAnImage = assertThrows(Rejection.class,
                () -> groups.attachCover(owner, secret.id(), "cover.png", new ByteArrayInputStream("not an image".getBytes())));
        assertEquals("cover", notAnImage.field(), "identity's message is shown at the cover's field");
        assertEquals(null, groups.byId(owner, secret.id()).orElseThrow().coverUploadId(), "a refused file changes nothing");

        groups.attachCover(owner, secret.id(), "cover.png", new ByteArrayInputStream(png()));
        long first = groups.byId(owner, secret.id()).orElseThrow().coverUploadId();
        StoredUpload cover = uploads.find(first).orElseThrow();
        assertEquals(UploadKind.GROUP_COVER, cover.kind());
        assertTrue(uploads.visibleTo(cover, Optional.of(member)));
        assertFalse(uploads.visibleTo(cover, Optional.of(outsider)), "a SECRET group's cover is not for outsiders");
        assertFalse(uploads.visibleTo(cover, Optional.empty()));

        groups.attachCover(owner, secret.id(), "other.png", new ByteArrayInputStream(png()));
        assertTrue(uploads.find(first).isEmpty(), "the replaced cover is deleted");
        long second = groups.byId(owner, secret.id()).orElseThrow().coverUploadId();
        groups.removeCover(owner, secret.id());
        assertEquals(null, groups.byId(owner, secret.id()).orElseThrow().coverUploadId());
        assertTrue(uploads.find(second).isEmpty());
    }

    private static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 32, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void refused(String field, String message, org.junit.jupiter.api.function.Executable action) {
        Rejection rejection = assertThrows(Rejection.class, action);
        assertEquals(field, rejection.field());
        assertEquals(message, rejection.getMessage());
    }

    private static NewGroup proposal(String name, GroupVisibility visibility) {
        return new NewGroup(name, "A group for testing.", GroupCategory.INTEREST, "Be kind.", visibility);
    }

    private long person(String name, Role role) {
        String email = name + "." + System.nanoTime() + "@campus.example.edu";
        return accounts.register(new NewAccount(email, "Test " + name, PASSWORD, Set.of(role), null));
    }

    private long employer() {
        String tag = Long.toString(System.nanoTime());
        long staff = person("verifier", Role.STAFF);
        long organisation = organisations.addVerified(staff, "Employer " + tag, "https://e" + tag + ".example.com", "e" + tag + ".example.com");
        String email = "recruiter." + tag + "@e" + tag + ".example.com";
        return accounts.register(new NewAccount(email, "Test recruiter", PASSWORD, Set.of(Role.EMPLOYER), organisation));
    }
}
