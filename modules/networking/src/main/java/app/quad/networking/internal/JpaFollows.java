package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.OrganisationStatus;
import app.quad.identity.OrganisationSummary;
import app.quad.identity.Organisations;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.networking.FollowTarget;
import app.quad.networking.Follows;
import app.quad.networking.MemberBlocked;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
class JpaFollows implements Follows {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    Profiles profiles;

    @Inject
    Pairs pairs;

    @Override
    @Transactional
    public void follow(long followerId, FollowTarget target) {
        if (!mayFollow(followerId, target)) {
            throw new Rejection("target", target.kind() == FollowTarget.Kind.ORGANISATION
                    ? "Only organisations the career center has verified can be followed."
                    : "This person does not take followers.");
        }
        if (!follows(followerId, target)) {
            em.persist(new Follow(followerId, target, Instant.now()));
        }
    }

    @Override
    @Transactional
    public void unfollow(long followerId, FollowTarget target) {
        em.createQuery("DELETE FROM Follow f WHERE f.followerId = :follower AND f.targetKind = :kind AND f.targetId = :id")
                .setParameter("follower", followerId).setParameter("kind", target.kind()).setParameter("id", target.id())
                .executeUpdate();
    }

    @Override
    public boolean follows(long followerId, FollowTarget target) {
        return !em.createQuery("SELECT f.id FROM Follow f WHERE f.followerId = :follower AND f.targetKind = :kind"
                        + " AND f.targetId = :id", Long.class)
                .setParameter("follower", followerId).setParameter("kind", target.kind()).setParameter("id", target.id())
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean mayFollow(long followerId, FollowTarget target) {
        if (target.kind() == FollowTarget.Kind.ORGANISATION) {
            return organisations.find(target.id()).map(OrganisationSummary::status).orElse(null) == OrganisationStatus.VERIFIED;
        }
        long person = target.id();
        if (person == followerId || pairs.blockedEitherWay(followerId, person) || !profiles.visibleTo(person, followerId)) {
            return false;
        }
        Member member = em.find(Member.class, person);
        return member != null && member.allowsFollowers() && followable(person);
    }

    /** Staff and graduates may take followers; students and employers' people are not followed as persons. */
    private boolean followable(long accountId) {
        return accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(account -> account.holds(Role.STAFF) || account.holds(Role.ALUMNI)).orElse(false);
    }

    @Override
    public ResultPage<Followed> followedBy(long followerId, int first, int max) {
        List<Follow> found = em.createQuery("SELECT f FROM Follow f WHERE f.followerId = :follower ORDER BY f.createdAt DESC, f.id DESC",
                        Follow.class)
                .setParameter("follower", followerId).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(f) FROM Follow f WHERE f.followerId = :follower", Long.class)
                .setParameter("follower", followerId).getSingleResult();
        return new ResultPage<>(found.stream().map(follow -> new Followed(follow.target(), nameOf(follow.target()))).toList(), total);
    }

    private String nameOf(FollowTarget target) {
        if (target.kind() == FollowTarget.Kind.ORGANISATION) {
            return organisations.find(target.id()).map(OrganisationSummary::name).orElse("A former organisation");
        }
        return accounts.find(target.id()).filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(AccountSummary::displayName).orElse("A former member");
    }

    @Override
    @Transactional
    public void allowFollowers(long memberId, boolean allowed) {
        if (allowed && !followable(memberId)) {
            throw new Rejection("allowFollowers", "Career center staff and graduates can take followers.");
        }
        Member member = em.find(Member.class, memberId);
        member.allowFollowers(allowed);
        if (!allowed) {
            // Turning followers off ends the follows: nobody keeps following against the person's wish.
            em.createQuery("DELETE FROM Follow f WHERE f.targetKind = :kind AND f.targetId = :id")
                    .setParameter("kind", FollowTarget.Kind.ACCOUNT).setParameter("id", memberId).executeUpdate();
        }
    }

    @Override
    public boolean allowsFollowers(long memberId) {
        Member member = em.find(Member.class, memberId);
        return member != null && member.allowsFollowers();
    }

    /** Blocking ends follows either way, in the blocking transaction. */
    void blocked(@Observes MemberBlocked event) {
        em.createQuery("DELETE FROM Follow f WHERE f.targetKind = :kind AND ((f.followerId = :a AND f.targetId = :b)"
                        + " OR (f.followerId = :b AND f.targetId = :a))")
                .setParameter("kind", FollowTarget.Kind.ACCOUNT).setParameter("a", event.blockerId())
                .setParameter("b", event.blockedId()).executeUpdate();
    }
}
