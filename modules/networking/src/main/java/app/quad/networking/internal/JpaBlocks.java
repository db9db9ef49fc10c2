package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.networking.BlockedMember;
import app.quad.networking.Blocks;
import app.quad.networking.ConnectionRemoved;
import app.quad.networking.MemberBlocked;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
class JpaBlocks implements Blocks {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Pairs pairs;

    @Inject
    Accounts accounts;

    @Inject
    Event<MemberBlocked> blockedEvent;

    @Inject
    Event<ConnectionRemoved> removed;

    @Override
    @Transactional
    public void block(long blockerId, long blockedId) {
        if (blockerId == blockedId) {
            throw new Rejection("person", "You cannot block yourself.");
        }
        pairs.lock(blockerId, blockedId);
        if (pairs.blocked(blockerId, blockedId)) {
            return;
        }
        Instant now = Instant.now();
        em.persist(new Block(blockerId, blockedId, now));
        pairs.closeRequests(blockerId, blockedId, now);
        MemberConnection ended = pairs.disconnect(blockerId, blockedId);
        if (ended != null) {
            removed.fire(new ConnectionRemoved(ended.getId(), blockerId, blockedId));
        }
        blockedEvent.fire(new MemberBlocked(blockerId, blockedId));
    }

    @Override
    @Transactional
    public void unblock(long blockerId, long blockedId) {
        em.createQuery("DELETE FROM Block b WHERE b.blockerId = :blocker AND b.blockedId = :blocked")
                .setParameter("blocker", blockerId).setParameter("blocked", blockedId).executeUpdate();
    }

    @Override
    public boolean eitherWay(long accountId, long otherId) {
        return pairs.blockedEitherWay(accountId, otherId);
    }

    @Override
    public ResultPage<BlockedMember> blockedBy(long blockerId, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT blocked_id, created_at FROM networking_block WHERE blocker_id = ? ORDER BY created_at DESC, id DESC")
                .setParameter(1, blockerId).setFirstResult(first).setMaxResults(max).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM networking_block WHERE blocker_id = ?")
                .setParameter(1, blockerId).getSingleResult()).longValue();
        return new ResultPage<>(rows.stream().map(row -> {
            long blocked = ((Number) row[0]).longValue();
            String name = accounts.find(blocked).filter(account -> account.status() == AccountStatus.ACTIVE)
                    .map(AccountSummary::displayName).orElse("A former member");
            return new BlockedMember(blocked, name, Dates.instant(row[1]));
        }).toList(), total);
    }
}
