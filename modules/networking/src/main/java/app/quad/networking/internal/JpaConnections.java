package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.ConnectionDirectory;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.networking.ConnectionAccepted;
import app.quad.networking.ConnectionRemoved;
import app.quad.networking.ConnectionRequested;
import app.quad.networking.Connections;
import app.quad.networking.Contact;
import app.quad.networking.IncomingRequest;
import app.quad.networking.Relationship;
import app.quad.networking.RequestBudget;
import app.quad.networking.SentRequest;
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
class JpaConnections implements Connections, ConnectionDirectory {

    private static final List<ConnectionRequest.Status> LOOKS_OPEN =
            List.of(ConnectionRequest.Status.PENDING, ConnectionRequest.Status.DECLINED);

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Screens screens;

    @Inject
    Pairs pairs;

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    NetworkingSettings settings;

    @Inject
    CommonGrounds commonGrounds;

    @Inject
    Readers readers;

    @Inject
    Event<ConnectionRequested> requested;

    @Inject
    Event<ConnectionAccepted> accepted;

    @Inject
    Event<ConnectionRemoved> removed;

    @Override
    @Transactional
    public long request(long requesterId, long recipientId, String note) {
        String text = Notes.checked(note);
        if (requesterId == recipientId) {
            throw new Rejection("person", "You cannot send a connection request to yourself.");
        }
        readers.requireVerifiedIfEmployer(requesterId, "send connection requests");
        pairs.lock(requesterId, recipientId);
        // After the pair's lock: screening reads, and a read before the lock would fix the transaction's
        // snapshot too early to see a request the other side just committed.
        // A note is private to the two, so one that screening would hold is refused instead: it can be reworded.
        if (Screens.holds(screens.check("networking.connection-request", requesterId, text, "note"))) {
            throw new Rejection("note", "This note looks like something moderators would need to review first."
                    + " Reword it without links or contact details.");
        }
        Instant now = Instant.now();
        // One message for every reason the requester may not learn: blocked, hidden, opted out, gone.
        if (pairs.blockedEitherWay(requesterId, recipientId) || !profiles.visibleTo(recipientId, requesterId)) {
            throw new Rejection("person", "You cannot send this person a connection request.");
        }
        if (pairs.connected(requesterId, recipientId)) {
            throw new Rejection("person", "You are already connected.");
        }
        if (profiles.heldForReview(requesterId)) {
            throw new Rejection("person", "Moderators are reviewing your profile; until they have, you cannot ask new people to connect.");
        }
        ConnectionRequest mine = pairs.latestRequest(requesterId, recipientId);
        if (mine != null && mine.getStatus().looksOpen()) {
            throw new Rejection("person", "You have already asked to connect; they have not answered yet.");
        }
        ConnectionRequest theirs = pairs.latestRequest(recipientId, requesterId);
        if (theirs != null && theirs.getStatus() == ConnectionRequest.Status.PENDING) {
            accept(theirs, now);
            return theirs.getId();
        }
        Member recipient = em.find(Member.class, recipientId);
        if (recipient.snoozedAt(now)) {
            throw Snoozes.refusal(nameOf(recipientId), recipient, "new connection requests");
        }
        RequestBudget budget = budget(requesterId, now);
        if (budget.left() == 0) {
            throw new Rejection("budget", "You have sent " + budget.used() + " connection requests this week, the most Quad allows,"
                    + " so that every request counts. You can send the next one on " + Dates.day(budget.nextFreeAt()) + ".");
        }
        ConnectionRequest request = new ConnectionRequest(requesterId, recipientId, text, now);
        em.persist(request);
        em.flush();
        requested.fire(new ConnectionRequested(request.getId(), requesterId, recipientId));
        return request.getId();
    }

    @Override
    @Transactional
    public long accept(long recipientId, long requestId) {
        ConnectionRequest request = em.find(ConnectionRequest.class, requestId);
        if (request == null || request.getRecipientId() != recipientId) {
            throw new Rejection("request", "This request is no longer there.");
        }
        pairs.lock(request.getRequesterId(), recipientId);
        em.refresh(request);
        if (request.getStatus() == ConnectionRequest.Status.ACCEPTED) {
            return connectionId(request.getRequesterId(), recipientId);
        }
        if (request.getStatus() != ConnectionRequest.Status.PENDING) {
            throw new Rejection("request", "This request is no longer there.");
        }
        return accept(request, Instant.now());
    }

    private long accept(ConnectionRequest request, Instant now) {
        long a = request.getRequesterId();
        long b = request.getRecipientId();
        pairs.closeRequests(a, b, now);
        request.decide(ConnectionRequest.Status.ACCEPTED, now);
        MemberConnection connection = pairs.connect(a, b, now);
        accepted.fire(new ConnectionAccepted(connection.getId(), a, b));
        return connection.getId();
    }

    private long connectionId(long a, long b) {
        return ((Number) em.createNativeQuery("SELECT connection_id FROM networking_edge WHERE account_id = ? AND other_id = ?")
                .setParameter(1, a).setParameter(2, b).getSingleResult()).longValue();
    }

    @Override
    @Transactional
    public void decline(long recipientId, long requestId) {
        ConnectionRequest request = em.find(ConnectionRequest.class, requestId);
        if (request == null || request.getRecipientId() != recipientId) {
            return;
        }
        // Under the pair's lock, so a decline cannot cross an acceptance of the same request.
        pairs.lock(request.getRequesterId(), recipientId);
        em.refresh(request);
        if (request.getStatus() == ConnectionRequest.Status.PENDING) {
            request.decide(ConnectionRequest.Status.DECLINED, Instant.now());
        }
    }

    @Override
    @Transactional
    public void withdraw(long requesterId, long requestId) {
        ConnectionRequest request = em.find(ConnectionRequest.class, requestId);
        if (request == null || request.getRequesterId() != requesterId) {
            return;
        }
        pairs.lock(requesterId, request.getRecipientId());
        em.refresh(request);
        if (request.getStatus().looksOpen()) {
            request.decide(ConnectionRequest.Status.WITHDRAWN, Instant.now());
        }
    }

    @Override
    @Transactional
    public void remove(long memberId, long otherId) {
        pairs.lock(memberId, otherId);
        MemberConnection ended = pairs.disconnect(memberId, otherId);
        if (ended != null) {
            removed.fire(new ConnectionRemoved(ended.getId(), memberId, otherId));
        }
    }

    @Override
    public Relationship between(long memberId, long otherId) {
        if (pairs.blocked(memberId, otherId)) {
            return Relationship.BLOCKED;
        }
        if (pairs.blocked(otherId, memberId)) {
            return Relationship.BLOCKED_BY_OTHER;
        }
        if (pairs.connected(memberId, otherId)) {
            return Relationship.CONNECTED;
        }
        ConnectionRequest mine = pairs.latestRequest(memberId, otherId);
        if (mine != null && mine.getStatus().looksOpen()) {
            return Relationship.REQUEST_SENT;
        }
        ConnectionRequest theirs = pairs.latestRequest(otherId, memberId);
        if (theirs != null && theirs.getStatus() == ConnectionRequest.Status.PENDING) {
            return Relationship.REQUEST_RECEIVED;
        }
        return Relationship.NONE;
    }

    @Override
    public int mutualCount(long memberId, long otherId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM networking_edge mine"
                        + " JOIN networking_edge theirs ON theirs.account_id = ? AND theirs.other_id = mine.other_id"
                        + " WHERE mine.account_id = ?")
                .setParameter(1, otherId).setParameter(2, memberId).getSingleResult()).intValue();
    }

    @Override
    public ResultPage<Contact> connectionsOf(long memberId, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.connection_id, e.other_id, e.created_at, c.met_at"
                        + " FROM networking_edge e JOIN networking_connection c ON c.id = e.connection_id"
                        + " WHERE e.account_id = ? ORDER BY e.created_at DESC, e.other_id")
                .setParameter(1, memberId).setFirstResult(first).setMaxResults(max).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM networking_edge WHERE account_id = ?")
                .setParameter(1, memberId).getSingleResult()).longValue();
        // An employer's people never see a student who left the directory, not even a connection.
        boolean employer = readers.employerOnly(memberId);
        return new ResultPage<>(rows.stream()
                .filter(row -> !employer || readers.mayName(((Number) row[1]).longValue(), memberId, true))
                .map(row -> {
                    long other = ((Number) row[1]).longValue();
                    return new Contact(((Number) row[0]).longValue(), other, nameOf(other), Dates.instant(row[2]), row[3] != null);
                }).toList(), total);
    }

    @Override
    public ResultPage<IncomingRequest> incoming(long memberId, int first, int max) {
        List<ConnectionRequest> found = em.createQuery("SELECT r FROM ConnectionRequest r WHERE r.recipientId = :me"
                        + " AND r.status = :pending ORDER BY r.createdAt DESC, r.id DESC", ConnectionRequest.class)
                .setParameter("me", memberId).setParameter("pending", ConnectionRequest.Status.PENDING)
                .setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM ConnectionRequest r WHERE r.recipientId = :me AND r.status = :pending",
                        Long.class)
                .setParameter("me", memberId).setParameter("pending", ConnectionRequest.Status.PENDING).getSingleResult();
        return new ResultPage<>(found.stream().map(request -> new IncomingRequest(request.getId(), request.getRequesterId(),
                nameOf(request.getRequesterId()), request.getNote(), request.getCreatedAt(),
                commonGrounds.between(memberId, request.getRequesterId()))).toList(), total);
    }

    @Override
    public ResultPage<SentRequest> sent(long memberId, int first, int max) {
        List<ConnectionRequest> found = em.createQuery("SELECT r FROM ConnectionRequest r WHERE r.requesterId = :me"
                        + " AND r.status IN :open ORDER BY r.createdAt DESC, r.id DESC", ConnectionRequest.class)
                .setParameter("me", memberId).setParameter("open", LOOKS_OPEN)
                .setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM ConnectionRequest r WHERE r.requesterId = :me AND r.status IN :open",
                        Long.class)
                .setParameter("me", memberId).setParameter("open", LOOKS_OPEN).getSingleResult();
        return new ResultPage<>(found.stream().map(request -> new SentRequest(request.getId(), request.getRecipientId(),
                nameOf(request.getRecipientId()), request.getNote(), request.getCreatedAt())).toList(), total);
    }

    @Override
    public RequestBudget budget(long memberId) {
        return budget(memberId, Instant.now());
    }

    private RequestBudget budget(long memberId, Instant now) {
        boolean staff = accounts.find(memberId).map(account -> account.holds(Role.STAFF) || account.holds(Role.ADMIN)).orElse(false);
        List<Instant> sent = em.createQuery("SELECT r.createdAt FROM ConnectionRequest r WHERE r.requesterId = :me"
                        + " AND r.createdAt > :since ORDER BY r.createdAt", Instant.class)
                .setParameter("me", memberId).setParameter("since", now.minus(RequestBudgetRule.WINDOW)).getResultList();
        return RequestBudgetRule.budget(settings.weeklyRequests(staff), sent);
    }

    @Override
    public boolean connected(long accountId, long otherAccountId) {
        return pairs.connected(accountId, otherAccountId);
    }

    @Override
    public boolean blocked(long accountId, long otherAccountId) {
        return pairs.blockedEitherWay(accountId, otherAccountId);
    }

    /** A suspended or erased person's name is not shown in anyone's lists. */
    private String nameOf(long accountId) {
        return accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(AccountSummary::displayName).orElse("A former member");
    }
}
