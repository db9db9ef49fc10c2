package app.quad.groups.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.Profiles;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who in a group hears of what, through the platform's notification port, in the caller's transaction. */
@ApplicationScoped
class GroupNotices {

    /** How many members a mention is looked for among: enough for any campus group, bounded for a huge one. */
    static final int MENTION_SCAN = 2000;

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    String nameOf(long accountId) {
        return accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(AccountSummary::displayName).orElse("A former member");
    }

    void managers(StoredGroup group, String text, String link, long actorId) {
        for (long manager : ids("SELECT account_id FROM groups_membership WHERE group_id = ? AND status = 'ACTIVE'"
                + " AND role IN ('OWNER', 'MANAGER')", group.id(), 100)) {
            if (manager != actorId) {
                notifications.notify(new Notice(manager, GroupKinds.FOR_MANAGERS, text, link, actorId));
            }
        }
    }

    void invited(StoredGroup group, long inviteeId, long inviterId) {
        notifications.notify(new Notice(inviteeId, GroupKinds.INVITED, nameOf(inviterId) + " invites you to the group "
                + group.name() + ".", GroupLinks.group(group.slug()), inviterId));
    }

    /**
     * Tells the active members named in the text with {@code @Name} (full name without blanks, or a first
     * name only one member has), and then those who asked to hear of new threads.
     *
     * @return who was told of a mention
     */
    Set<Long> mentions(StoredGroup group, long authorId, String text, String what, String link) {
        Set<String> tokens = GroupRules.mentionTokens(text);
        Set<Long> told = new HashSet<>();
        // Someone whose profile moderators are reviewing reaches out to nobody, by mention either.
        if (tokens.isEmpty() || profiles.heldForReview(authorId)) {
            return told;
        }
        List<Long> members = ids("SELECT account_id FROM groups_membership WHERE group_id = ? AND status = 'ACTIVE' ORDER BY since",
                group.id(), MENTION_SCAN);
        List<AccountSummary> people = members.stream().map(accounts::find).flatMap(java.util.Optional::stream)
                .filter(account -> account.status() == AccountStatus.ACTIVE).toList();
        for (String token : tokens) {
            List<AccountSummary> full = people.stream().filter(p -> GroupRules.fullNameMatches(p.displayName(), token)).toList();
            List<AccountSummary> named = full.isEmpty()
                    ? people.stream().filter(p -> GroupRules.firstNameMatches(p.displayName(), token)).toList() : full;
            if (named.size() == 1 || !full.isEmpty()) {
                named.forEach(person -> told.add(person.id()));
            }
        }
        told.remove(authorId);
        String author = nameOf(authorId);
        for (long person : told) {
            notifications.notify(new Notice(person, GroupKinds.MENTION, author + " mentioned you in " + what + " in " + group.name() + ".",
                    link, authorId));
        }
        return told;
    }

    void newThread(StoredGroup group, StoredPost post, Set<Long> alreadyTold) {
        String text = "New in " + group.name() + ": " + post.title();
        for (long member : ids("SELECT account_id FROM groups_membership WHERE group_id = ? AND post_notices = TRUE AND status = 'ACTIVE'",
                group.id(), Integer.MAX_VALUE)) {
            if (member != post.authorId() && !alreadyTold.contains(member)) {
                notifications.notify(new Notice(member, GroupKinds.POST, text, GroupLinks.post(post.id()), post.authorId()));
            }
        }
    }

    void replied(StoredGroup group, StoredPost post, long replierId, Set<Long> alreadyTold) {
        if (post.authorId() != replierId && !alreadyTold.contains(post.authorId())) {
            notifications.notify(new Notice(post.authorId(), GroupKinds.REPLY, nameOf(replierId) + " replied to your thread \u201c"
                    + post.title() + "\u201d in " + group.name() + ".", GroupLinks.post(post.id()), replierId));
        }
    }

    private List<Long> ids(String sql, long groupId, int max) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).setParameter(1, groupId).setMaxResults(max).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }
}
