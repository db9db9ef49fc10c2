package app.quad.networking.internal;

import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * What changes between two members happens one pair at a time: the two member rows are locked,
 * always the smaller id first so that two transactions never wait for each other in a circle.
 * This is what turns "A asks B" and "B asks A" at the same moment into one connection.
 */
@ApplicationScoped
class Pairs {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    void lock(long a, long b) {
        List<?> rows = em.createNativeQuery(
                        "SELECT account_id FROM networking_member WHERE account_id IN (?, ?) ORDER BY account_id FOR UPDATE")
                .setParameter(1, Math.min(a, b)).setParameter(2, Math.max(a, b))
                .getResultList();
        if (rows.size() != 2) {
            throw new Rejection("person", "There is no such person on Quad.");
        }
    }

    boolean connected(long a, long b) {
        return !em.createNativeQuery("SELECT 1 FROM networking_edge WHERE account_id = ? AND other_id = ?")
                .setParameter(1, a).setParameter(2, b).setMaxResults(1).getResultList().isEmpty();
    }

    boolean blocked(long blockerId, long blockedId) {
        return !em.createNativeQuery("SELECT 1 FROM networking_block WHERE blocker_id = ? AND blocked_id = ?")
                .setParameter(1, blockerId).setParameter(2, blockedId).setMaxResults(1).getResultList().isEmpty();
    }

    boolean blockedEitherWay(long a, long b) {
        return blocked(a, b) || blocked(b, a);
    }

    /** The latest request from one to the other, if any. */
    ConnectionRequest latestRequest(long requesterId, long recipientId) {
        List<ConnectionRequest> found = em.createQuery(
                        "SELECT r FROM ConnectionRequest r WHERE r.requesterId = :from AND r.recipientId = :to ORDER BY r.id DESC",
                        ConnectionRequest.class)
                .setParameter("from", requesterId).setParameter("to", recipientId).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Connects the two; the edges make each one's connections a single index range. */
    @Transactional(Transactional.TxType.MANDATORY)
    MemberConnection connect(long a, long b, Instant now) {
        MemberConnection connection = new MemberConnection(a, b, now);
        em.persist(connection);
        em.flush();
        changeDegree(a, b, 1);
        for (long[] edge : new long[][]{{a, b}, {b, a}}) {
            em.createNativeQuery("INSERT INTO networking_edge (account_id, other_id, connection_id, created_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, edge[0]).setParameter(2, edge[1]).setParameter(3, connection.getId())
                    .setParameter(4, java.sql.Timestamp.from(now))
                    .executeUpdate();
        }
        return connection;
    }

    /** The connection between the two, or null. */
    MemberConnection connection(long a, long b) {
        List<MemberConnection> found = em.createQuery(
                        "SELECT c FROM MemberConnection c WHERE c.lowId = :low AND c.highId = :high", MemberConnection.class)
                .setParameter("low", Math.min(a, b)).setParameter("high", Math.max(a, b)).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** @return the ended connection, or null when they were not connected */
    @Transactional(Transactional.TxType.MANDATORY)
    MemberConnection disconnect(long a, long b) {
        MemberConnection connection = connection(a, b);
        if (connection == null) {
            return null;
        }
        changeDegree(a, b, -1);
        em.createNativeQuery("DELETE FROM networking_edge WHERE connection_id = ?").setParameter(1, connection.getId())
                .executeUpdate();
        em.remove(connection);
        return connection;
    }

    /** Closes every request between the two that still waits for an answer or looks as if it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    void closeRequests(long a, long b, Instant now) {
        em.createQuery("SELECT r FROM ConnectionRequest r WHERE ((r.requesterId = :a AND r.recipientId = :b)"
                                + " OR (r.requesterId = :b AND r.recipientId = :a)) AND r.status IN :open",
                        ConnectionRequest.class)
                .setParameter("a", a).setParameter("b", b)
                .setParameter("open", List.of(ConnectionRequest.Status.PENDING, ConnectionRequest.Status.DECLINED))
                .getResultList()
                .forEach(request -> request.decide(ConnectionRequest.Status.CLOSED, now));
    }

    private void changeDegree(long a, long b, int change) {
        em.createNativeQuery("UPDATE networking_member SET degree = degree + ? WHERE account_id IN (?, ?)")
                .setParameter(1, change).setParameter(2, a).setParameter(3, b).executeUpdate();
    }
}
