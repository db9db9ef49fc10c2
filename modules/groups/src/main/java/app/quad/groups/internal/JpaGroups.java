package app.quad.groups.internal;

import app.quad.groups.GroupCategory;
import app.quad.groups.GroupCreated;
import app.quad.groups.GroupMember;
import app.quad.groups.GroupRole;
import app.quad.groups.GroupSummary;
import app.quad.groups.GroupVisibility;
import app.quad.groups.Groups;
import app.quad.groups.MemberJoinedGroup;
import app.quad.groups.MemberLeftGroup;
import app.quad.groups.Membership;
import app.quad.groups.MembershipStatus;
import app.quad.groups.NewGroup;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.identity.UploadKind;
import app.quad.identity.Uploads;
import app.quad.networking.Connections;
import app.quad.networking.Contact;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class JpaGroups implements Groups {

    /** How many of a member's connections "groups your connections are in" looks at. */
    static final int CONNECTIONS_LOOKED_AT = 1000;

    static final String NOT_FOUND = "There is no such group, or you cannot see it.";

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    Uploads uploads;

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Connections connections;

    @Inject
    GroupNotices notices;

    @Inject
    GroupDeletion deletion;

    @Inject
    Event<GroupCreated> created;

    @Inject
    Event<MemberJoinedGroup> joined;

    @Inject
    Event<MemberLeftGroup> left;

    @Override
    @Transactional
    public GroupSummary create(long creatorId, NewGroup proposal) {
        AccountSummary creator = accounts.find(creatorId).orElseThrow(() -> new Rejection("name", "Sign in again to propose a group."));
        if (!GroupRules.mayCreate(creator)) {
            throw new Rejection("name", "Only students, graduates and staff with an active account can propose groups.");
        }
        String name = checkedName(proposal.name());
        check("description", GroupRules.textProblem("The description", proposal.description(), GroupRules.DESCRIPTION_MAX, true));
        check("rules", GroupRules.textProblem("The rules", proposal.rules(), GroupRules.RULES_MAX, false));
        if (proposal.category() == null) {
            throw new Rejection("category", "Choose a category.");
        }
        if (proposal.visibility() == null) {
            throw new Rejection("visibility", "Choose who can see the group.");
        }
        if (!em.createQuery("SELECT g.id FROM StoredGroup g WHERE g.name = :name", Long.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty()) {
            throw new Rejection("name", "A group called \u201c" + name + "\u201d already exists. Choose another name.");
        }
        String slug = freeSlug(GroupRules.slug(name));
        Instant now = Instant.now();
        StoredGroup group = new StoredGroup(name, slug, creator.holds(Role.STAFF), proposal.visibility(), proposal.category(),
                proposal.description().strip(), proposal.rules() == null ? "" : proposal.rules().strip(), creatorId, now);
        em.persist(group);
        em.flush();
        em.persist(new StoredMembership(group.id(), creatorId, GroupRole.OWNER, MembershipStatus.ACTIVE, now));
        created.fire(new GroupCreated(group.id(), creatorId, group.visibility(), group.official()));
        joined.fire(new MemberJoinedGroup(group.id(), creatorId));
        return summary(group, 1);
    }

    private static String checkedName(String proposed) {
        String name = proposed == null ? "" : proposed.strip().replaceAll("\\s+", " ");
        check("name", GroupRules.textProblem("The name", name, GroupRules.NAME_MAX, true));
        if (name.length() < 3) {
            throw new Rejection("name", "The name needs at least 3 characters.");
        }
        return name;
    }

    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; !em.createQuery("SELECT g.id FROM StoredGroup g WHERE g.slug = :slug", Long.class)
                .setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static void check(String field, String problem) {
        if (problem != null) {
            throw new Rejection(field, problem);
        }
    }

    @Override
    public Optional<GroupSummary> bySlug(long viewerId, String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT g FROM StoredGroup g WHERE g.slug = :slug", StoredGroup.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .filter(group -> group.seenBy(statusOf(viewerId, group.id())))
                .map(group -> summary(group, memberCount(group.id())));
    }

    @Override
    public Optional<GroupSummary> byId(long viewerId, long groupId) {
        return Optional.ofNullable(em.find(StoredGroup.class, groupId))
                .filter(group -> group.seenBy(statusOf(viewerId, group.id())))
                .map(group -> summary(group, memberCount(group.id())));
    }

    @Override
    public ResultPage<GroupSummary> directory(long viewerId, Scope scope, String search, GroupCategory category, int first, int max) {
        StringBuilder where = new StringBuilder(" FROM StoredGroup g WHERE g.removedAt IS NULL AND (g.visibility <> :secret"
                + " OR EXISTS (SELECT m.groupId FROM StoredMembership m WHERE m.groupId = g.id AND m.accountId = :viewer AND m.status IN :seeing))");
        List<Long> people = List.of();
        // A group moderation hides is out of the directory; its members still find it among their own.
        if (scope != Scope.MINE) {
            where.append(" AND g.hidden = FALSE");
        }
        if (scope == Scope.MINE) {
            where.append(" AND EXISTS (SELECT m2.groupId FROM StoredMembership m2 WHERE m2.groupId = g.id AND m2.accountId = :viewer"
                    + " AND m2.status = :active)");
        } else if (scope == Scope.CONNECTIONS) {
            people = connections.connectionsOf(viewerId, 0, CONNECTIONS_LOOKED_AT).items().stream().map(Contact::accountId).toList();
            if (people.isEmpty()) {
                return new ResultPage<>(List.of(), 0);
            }
            // Whom a CLOSED group holds is for its members: only OPEN groups, and those the viewer is in, count here.
            where.append(" AND EXISTS (SELECT m3.groupId FROM StoredMembership m3 WHERE m3.groupId = g.id AND m3.accountId IN :people"
                    + " AND m3.status = :active) AND (g.visibility = :open OR EXISTS (SELECT m4.groupId FROM StoredMembership m4"
                    + " WHERE m4.groupId = g.id AND m4.accountId = :viewer AND m4.status = :active))");
        }
        String like = null;
        if (search != null && !search.isBlank()) {
            like = "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (LOWER(g.name) LIKE :like OR LOWER(g.description) LIKE :like)");
        }
        if (category != null) {
            where.append(" AND g.category = :category");
        }
        TypedQuery<StoredGroup> found = em.createQuery("SELECT g" + where + " ORDER BY g.official DESC, g.name", StoredGroup.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(g)" + where, Long.class);
        for (TypedQuery<?> query : List.of(found, count)) {
            query.setParameter("secret", GroupVisibility.SECRET).setParameter("viewer", viewerId)
                    .setParameter("seeing", List.of(MembershipStatus.ACTIVE, MembershipStatus.INVITED));
            if (scope != Scope.ALL) {
                query.setParameter("active", MembershipStatus.ACTIVE);
            }
            if (scope == Scope.CONNECTIONS) {
                query.setParameter("people", people).setParameter("open", GroupVisibility.OPEN);
            }
            if (like != null) {
                query.setParameter("like", like);
            }
            if (category != null) {
                query.setParameter("category", category);
            }
        }
        List<StoredGroup> groups = found.setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, Long> counts = memberCounts(groups.stream().map(StoredGroup::id).toList());
        return new ResultPage<>(groups.stream().map(group -> summary(group, counts.getOrDefault(group.id(), 0L))).toList(),
                count.getSingleResult());
    }

    @Override
    public Optional<Membership> membership(long accountId, long groupId) {
        return Optional.ofNullable(em.find(StoredMembership.class, key(groupId, accountId))).map(StoredMembership::view);
    }

    @Override
    public boolean seesInside(long viewerId, long groupId) {
        StoredGroup group = em.find(StoredGroup.class, groupId);
        MembershipStatus status = statusOf(viewerId, groupId);
        return group != null && group.seenBy(status) && GroupRules.seesInside(group.visibility(), status);
    }

    @Override
    public ResultPage<GroupMember> members(long viewerId, long groupId, int first, int max) {
        if (!seesInside(viewerId, groupId)) {
            return new ResultPage<>(List.of(), 0);
        }
        ResultPage<GroupMember> page = people(groupId, MembershipStatus.ACTIVE, first, max);
        if (manages(viewerId, groupId)) {
            return page;
        }
        // A profile moderators are reviewing is not named to other members (its owner sees themselves; managers, who
        // may remove or ban them, see everyone).
        return new ResultPage<>(page.items().stream().filter(member -> member.accountId() == viewerId
                || !profiles.heldForReview(member.accountId())).toList(), page.total());
    }

    @Override
    public ResultPage<GroupMember> requests(long managerId, long groupId, int first, int max) {
        if (!manages(managerId, groupId)) {
            return new ResultPage<>(List.of(), 0);
        }
        return people(groupId, MembershipStatus.REQUESTED, first, max);
    }

    private ResultPage<GroupMember> people(long groupId, MembershipStatus status, int first, int max) {
        List<StoredMembership> rows = em.createQuery("SELECT m FROM StoredMembership m WHERE m.groupId = :group AND m.status = :status"
                        + " ORDER BY CASE m.role WHEN :owner THEN 0 WHEN :manager THEN 1 ELSE 2 END, m.since, m.accountId", StoredMembership.class)
                .setParameter("group", groupId).setParameter("status", status)
                .setParameter("owner", GroupRole.OWNER).setParameter("manager", GroupRole.MANAGER)
                .setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(m) FROM StoredMembership m WHERE m.groupId = :group AND m.status = :status", Long.class)
                .setParameter("group", groupId).setParameter("status", status).getSingleResult();
        List<GroupMember> members = new ArrayList<>();
        for (StoredMembership row : rows) {
            // A suspended person is not shown, though they still count until an administrator decides.
            accounts.find(row.accountId()).filter(account -> account.status() == AccountStatus.ACTIVE)
                    .ifPresent(account -> members.add(new GroupMember(account.id(), account.displayName(), row.role(), row.status(),
                            row.view().since())));
        }
        return new ResultPage<>(members, total);
    }

    @Override
    @Transactional
    public MembershipStatus join(long accountId, long groupId) {
        StoredGroup group = locked(accountId, groupId, "group");
        AccountSummary account = accounts.find(accountId).filter(found -> found.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new Rejection("group", "Only members with an active account can join groups."));
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        MembershipStatus before = row == null ? null : row.status();
        MembershipStatus outcome = GroupRules.joinOutcome(group.visibility(), before, GroupRules.campus(account));
        if (outcome == null) {
            throw new Rejection("group", before == MembershipStatus.BANNED ? "The group's managers have removed you from this group."
                    : group.visibility() == GroupVisibility.SECRET ? NOT_FOUND
                    : "Only students, graduates and staff can ask to join this group.");
        }
        Instant now = Instant.now();
        if (row == null) {
            em.persist(new StoredMembership(groupId, accountId, GroupRole.MEMBER, outcome, now));
        } else {
            row.become(row.role(), outcome, now);
        }
        if (outcome == MembershipStatus.ACTIVE && before != MembershipStatus.ACTIVE) {
            joined.fire(new MemberJoinedGroup(groupId, accountId));
        }
        if (outcome == MembershipStatus.REQUESTED && before == null) {
            notices.managers(group, account.displayName() + " asks to join " + group.name() + ".", GroupLinks.manage(group.slug()), accountId);
        }
        return outcome;
    }

    @Override
    @Transactional
    public void leave(long accountId, long groupId) {
        locked(accountId, groupId, "group");
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        if (row == null || row.status() == MembershipStatus.BANNED) {
            return;
        }
        if (row.status() == MembershipStatus.ACTIVE && row.role() == GroupRole.OWNER && owners(groupId) == 1) {
            throw new Rejection("group", "You are the group's only owner: make another member an owner before you leave.");
        }
        em.remove(row);
        if (row.status() == MembershipStatus.ACTIVE) {
            left.fire(new MemberLeftGroup(groupId, accountId));
        }
    }

    @Override
    @Transactional
    public void approve(long managerId, long groupId, long accountId) {
        lockedForManager(managerId, groupId);
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        if (row == null || row.status() != MembershipStatus.REQUESTED) {
            throw new Rejection("request", "This person has no request waiting: it may have been answered or withdrawn.");
        }
        row.become(GroupRole.MEMBER, MembershipStatus.ACTIVE, Instant.now());
        joined.fire(new MemberJoinedGroup(groupId, accountId));
    }

    @Override
    @Transactional
    public void decline(long managerId, long groupId, long accountId) {
        lockedForManager(managerId, groupId);
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        if (row != null && row.status() == MembershipStatus.REQUESTED) {
            em.remove(row);
        }
    }

    @Override
    @Transactional
    public void invite(long inviterId, long groupId, long accountId) {
        StoredGroup group = locked(inviterId, groupId, "invitee");
        StoredMembership inviter = em.find(StoredMembership.class, key(groupId, inviterId));
        if (inviter == null || inviter.status() != MembershipStatus.ACTIVE || !GroupRules.mayInvite(group.visibility(), inviter.role())) {
            throw new Rejection("invitee", "Only the group's managers can invite people to it.");
        }
        if (profiles.heldForReview(inviterId)) {
            throw new Rejection("invitee", "Moderators are reviewing your profile; until they have, you cannot invite people.");
        }
        accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .filter(account -> group.visibility() == GroupVisibility.OPEN || GroupRules.campus(account))
                .orElseThrow(() -> new Rejection("invitee", "This person cannot be invited to the group."));
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        if (row == null) {
            em.persist(new StoredMembership(groupId, accountId, GroupRole.MEMBER, MembershipStatus.INVITED, Instant.now()));
            notices.invited(group, accountId, inviterId);
        } else if (row.status() == MembershipStatus.REQUESTED) {
            // They asked already; inviting them answers the request.
            row.become(GroupRole.MEMBER, MembershipStatus.ACTIVE, Instant.now());
            joined.fire(new MemberJoinedGroup(groupId, accountId));
        } else if (row.status() == MembershipStatus.BANNED) {
            throw new Rejection("invitee", "This person is banned from the group; a manager must lift the ban first.");
        }
    }

    @Override
    @Transactional
    public void remove(long managerId, long groupId, long accountId) {
        removeOrBan(managerId, groupId, accountId, false);
    }

    @Override
    @Transactional
    public void ban(long managerId, long groupId, long accountId) {
        removeOrBan(managerId, groupId, accountId, true);
    }

    private void removeOrBan(long managerId, long groupId, long accountId, boolean ban) {
        StoredMembership manager = lockedForManager(managerId, groupId);
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        if (accountId == managerId) {
            throw new Rejection("member", "To leave the group yourself, use Leave.");
        }
        if (row != null && row.status() == MembershipStatus.ACTIVE && !GroupRules.mayRemove(manager.role(), row.role())) {
            throw new Rejection("member", "Managers can remove members only; only an owner can remove a manager, and nobody an owner.");
        }
        boolean wasActive = row != null && row.status() == MembershipStatus.ACTIVE;
        if (ban) {
            if (row == null) {
                em.persist(new StoredMembership(groupId, accountId, GroupRole.MEMBER, MembershipStatus.BANNED, Instant.now()));
            } else {
                row.become(GroupRole.MEMBER, MembershipStatus.BANNED, Instant.now());
            }
        } else if (row != null && row.status() != MembershipStatus.BANNED) {
            em.remove(row);
        }
        if (wasActive) {
            left.fire(new MemberLeftGroup(groupId, accountId));
        }
    }

    @Override
    @Transactional
    public void appoint(long ownerId, long groupId, long accountId, GroupRole role) {
        locked(ownerId, groupId, "role");
        StoredMembership owner = em.find(StoredMembership.class, key(groupId, ownerId));
        if (owner == null || owner.status() != MembershipStatus.ACTIVE || owner.role() != GroupRole.OWNER) {
            throw new Rejection("role", "Only the group's owners can appoint managers.");
        }
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        if (row == null || row.status() != MembershipStatus.ACTIVE) {
            throw new Rejection("role", "Only members of the group can be given a role.");
        }
        if (row.role() == GroupRole.OWNER && role != GroupRole.OWNER && owners(groupId) == 1) {
            throw new Rejection("role", "The group needs an owner: make someone else an owner first.");
        }
        row.become(role, MembershipStatus.ACTIVE, Instant.now());
    }

    @Override
    public ResultPage<GroupMember> banned(long managerId, long groupId, int first, int max) {
        if (!manages(managerId, groupId)) {
            return new ResultPage<>(List.of(), 0);
        }
        return people(groupId, MembershipStatus.BANNED, first, max);
    }

    @Override
    @Transactional
    public void unban(long managerId, long groupId, long accountId) {
        lockedForManager(managerId, groupId);
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        if (row == null || row.status() != MembershipStatus.BANNED) {
            throw new Rejection("member", "This person is not banned from the group.");
        }
        em.remove(row);
    }

    @Override
    @Transactional
    public GroupSummary rename(long ownerId, long groupId, String newName) {
        StoredGroup group = locked(ownerId, groupId, "name");
        requireOwner(ownerId, groupId, "name", "Only the group's owners can rename it.");
        String name = checkedName(newName);
        if (!em.createQuery("SELECT g.id FROM StoredGroup g WHERE g.name = :name AND g.id <> :id", Long.class)
                .setParameter("name", name).setParameter("id", groupId).setMaxResults(1).getResultList().isEmpty()) {
            throw new Rejection("name", "A group called \u201c" + name + "\u201d already exists. Choose another name.");
        }
        String slug = GroupRules.slug(name).equals(GroupRules.slug(group.name())) ? group.slug() : freeSlug(GroupRules.slug(name));
        group.rename(name, slug);
        return summary(group, memberCount(groupId));
    }

    @Override
    @Transactional
    public void approveFirstPosts(long managerId, long groupId, boolean approve) {
        lockedForManager(managerId, groupId);
        em.find(StoredGroup.class, groupId).approveFirstPosts(approve);
    }

    @Override
    @Transactional
    public void delete(long ownerId, long groupId, String confirmation) {
        StoredGroup group = locked(ownerId, groupId, "confirmation");
        requireOwner(ownerId, groupId, "confirmation", "Only the group's owners can delete it.");
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(group.name())) {
            throw new Rejection("confirmation", "Type the group's name, " + group.name() + ", to confirm.");
        }
        List<Long> members = em.createQuery("SELECT m.accountId FROM StoredMembership m WHERE m.groupId = :group AND m.status = :active",
                Long.class).setParameter("group", groupId).setParameter("active", MembershipStatus.ACTIVE).getResultList();
        deletion.group(groupId);
        members.forEach(member -> left.fire(new MemberLeftGroup(groupId, member)));
    }

    @Override
    @Transactional
    public void attachCover(long managerId, long groupId, String fileName, java.io.InputStream content) {
        lockedForManager(managerId, groupId);
        long uploadId;
        try {
            uploadId = uploads.store(managerId, UploadKind.GROUP_COVER, fileName, content);
        } catch (Rejection rejection) {
            throw new Rejection("cover", rejection.getMessage());
        }
        Long old = em.find(StoredGroup.class, groupId).cover(uploadId);
        if (old != null) {
            uploads.delete(old);
        }
    }

    @Override
    @Transactional
    public void removeCover(long managerId, long groupId) {
        lockedForManager(managerId, groupId);
        Long old = em.find(StoredGroup.class, groupId).cover(null);
        if (old != null) {
            uploads.delete(old);
        }
    }

    private void requireOwner(long ownerId, long groupId, String field, String message) {
        StoredMembership owner = em.find(StoredMembership.class, key(groupId, ownerId));
        if (owner == null || owner.status() != MembershipStatus.ACTIVE || owner.role() != GroupRole.OWNER) {
            throw new Rejection(field, message);
        }
    }

    /** The group, locked for a membership change, if the actor may see it; otherwise "not found". */
    private StoredGroup locked(long actorId, long groupId, String field) {
        StoredGroup group = em.find(StoredGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
        if (group == null || !group.seenBy(statusOf(actorId, groupId))) {
            throw new Rejection(field, NOT_FOUND);
        }
        return group;
    }

    private StoredMembership lockedForManager(long managerId, long groupId) {
        locked(managerId, groupId, "group");
        StoredMembership manager = em.find(StoredMembership.class, key(groupId, managerId));
        if (manager == null || !manager.view().manages()) {
            throw new Rejection("group", "Only the group's managers can do this.");
        }
        return manager;
    }

    /** Whether the person manages the group; nobody manages a group moderation removed, as long as it stays removed. */
    boolean manages(long accountId, long groupId) {
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        if (row == null || !row.view().manages()) {
            return false;
        }
        StoredGroup group = em.find(StoredGroup.class, groupId);
        return group != null && !group.removed();
    }

    private long owners(long groupId) {
        return em.createQuery("SELECT COUNT(m) FROM StoredMembership m WHERE m.groupId = :group AND m.status = :active AND m.role = :owner",
                        Long.class)
                .setParameter("group", groupId).setParameter("active", MembershipStatus.ACTIVE).setParameter("owner", GroupRole.OWNER)
                .getSingleResult();
    }

    MembershipStatus statusOf(long accountId, long groupId) {
        StoredMembership row = em.find(StoredMembership.class, key(groupId, accountId));
        return row == null ? null : row.status();
    }

    long memberCount(long groupId) {
        return em.createQuery("SELECT COUNT(m) FROM StoredMembership m WHERE m.groupId = :group AND m.status = :active", Long.class)
                .setParameter("group", groupId).setParameter("active", MembershipStatus.ACTIVE).getSingleResult();
    }

    /** Active members per group, in one grouped query for a page of the directory. */
    private Map<Long, Long> memberCounts(List<Long> groupIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT m.groupId, COUNT(m) FROM StoredMembership m WHERE m.groupId IN :groups AND m.status = :active"
                        + " GROUP BY m.groupId", Object[].class)
                .setParameter("groups", groupIds).setParameter("active", MembershipStatus.ACTIVE).getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    static StoredMembership.Key key(long groupId, long accountId) {
        StoredMembership.Key key = new StoredMembership.Key();
        key.groupId = groupId;
        key.accountId = accountId;
        return key;
    }

    private static GroupSummary summary(StoredGroup group, long members) {
        return new GroupSummary(group.id(), group.name(), group.slug(), group.official(), group.visibility(), group.category(),
                group.description(), group.rules(), members, group.approveFirstPosts(), group.coverUploadId());
    }
}
