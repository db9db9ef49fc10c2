package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.networking.CoffeeChatCancelled;
import app.quad.networking.CoffeeChatConfirmed;
import app.quad.networking.CoffeeChatDeclined;
import app.quad.networking.CoffeeChatProposed;
import app.quad.networking.CoffeeChats;
import app.quad.networking.ConnectionRemoved;
import app.quad.networking.MemberBlocked;
import app.quad.networking.MetInPerson;
import app.quad.networking.UpcomingEvents;
import app.quad.platform.Mailer;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaCoffeeChats implements CoffeeChats {

    /** Shown in place of a person who is no longer on Quad. */
    static final String FORMER_MEMBER = "a former member";

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Pairs pairs;

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    NetworkingSettings settings;

    @Inject
    Mailer mailer;

    @Inject
    @Any
    Instance<UpcomingEvents> upcomingEvents;

    @Inject
    Event<CoffeeChatProposed> proposedEvent;

    @Inject
    Event<CoffeeChatConfirmed> confirmedEvent;

    @Inject
    Event<CoffeeChatDeclined> declinedEvent;

    @Inject
    Event<CoffeeChatCancelled> cancelledEvent;

    @Inject
    Event<MetInPerson> metEvent;

    @Override
    @Transactional
    public long propose(long proposerId, long inviteeId, Proposal proposal) {
        if (proposerId == inviteeId) {
            throw new Rejection("person", "You cannot propose a coffee chat to yourself.");
        }
        pairs.lock(proposerId, inviteeId);
        Instant now = Instant.now();
        refuseUnlessMayPropose(proposerId, inviteeId, now);
        long open = em.createQuery("SELECT COUNT(c) FROM CoffeeChat c WHERE c.proposerId = :me AND c.status = :proposed"
                        + " AND c.endsAt > :now", Long.class)
                .setParameter("me", proposerId).setParameter("proposed", Status.PROPOSED).setParameter("now", now)
                .getSingleResult();
        if (open >= settings.openCoffeeProposals()) {
            throw new Rejection("person", "You have " + open + " coffee chat proposals waiting for an answer, the most Quad"
                    + " allows at once. Wait for an answer, or withdraw one on your coffee chats page.");
        }
        if (openBetween(proposerId, inviteeId, now)) {
            throw new Rejection("person", "There is already a coffee chat proposal between you and " + nameOf(inviteeId)
                    + " waiting for an answer.");
        }
        int minutes = SlotRules.duration(proposal.durationMinutes());
        List<Instant> times = SlotRules.checked(proposal.slots(), settings.campusZone(), now);
        UpcomingEvents.Event event = proposal.eventId() == null ? null : event(proposerId, proposal.eventId());
        String place = SlotRules.place(proposal.place(), event);

        CoffeeChat chat = new CoffeeChat(proposerId, inviteeId, place, event == null ? null : event.id(), minutes,
                times.stream().max(Comparator.naturalOrder()).orElseThrow(), now);
        em.persist(chat);
        em.flush();
        for (Instant time : times) {
            em.persist(new CoffeeSlot(chat.getId(), time));
        }
        proposedEvent.fire(new CoffeeChatProposed(chat.getId(), proposerId, inviteeId));
        Optional<AccountSummary> proposer = active(proposerId);
        Optional<AccountSummary> invitee = active(inviteeId);
        if (proposer.isPresent() && invitee.isPresent()) {
            mailer.send(mails().proposed(invitee.get(), proposer.get(), times.stream().sorted().toList(), minutes, place));
        }
        return chat.getId();
    }

    @Override
    public boolean mayPropose(long proposerId, long inviteeId) {
        try {
            refuseUnlessMayPropose(proposerId, inviteeId, Instant.now());
            return true;
        } catch (Rejection refused) {
            return false;
        }
    }

    private void refuseUnlessMayPropose(long proposerId, long inviteeId, Instant now) {
        if (proposerId == inviteeId) {
            throw new Rejection("person", "You cannot propose a coffee chat to yourself.");
        }
        // One message for every reason the proposer may not learn: blocked, hidden, gone.
        if (pairs.blockedEitherWay(proposerId, inviteeId) || !profiles.visibleTo(inviteeId, proposerId)) {
            throw new Rejection("person", "You cannot propose a coffee chat to this person.");
        }
        if (!related(proposerId, inviteeId)) {
            throw new Rejection("person", "You can propose coffee chats to your connections and to people you are in a conversation with.");
        }
        Member invitee = em.find(Member.class, inviteeId);
        if (invitee != null && invitee.snoozedAt(now)) {
            throw Snoozes.refusal(nameOf(inviteeId), invitee, "networking");
        }
    }

    /** Connections, or two people who have a conversation going (its first message accepted). */
    private boolean related(long proposerId, long inviteeId) {
        return pairs.connected(proposerId, inviteeId) || !em.createNativeQuery("SELECT 1 FROM networking_conversation"
                        + " WHERE low_id = ? AND high_id = ? AND status = 'ACTIVE'")
                .setParameter(1, Math.min(proposerId, inviteeId)).setParameter(2, Math.max(proposerId, inviteeId))
                .setMaxResults(1).getResultList().isEmpty();
    }

    private boolean openBetween(long a, long b, Instant now) {
        return em.createQuery("SELECT COUNT(c) FROM CoffeeChat c WHERE ((c.proposerId = :a AND c.inviteeId = :b)"
                        + " OR (c.proposerId = :b AND c.inviteeId = :a)) AND c.status = :proposed AND c.endsAt > :now", Long.class)
                .setParameter("a", a).setParameter("b", b).setParameter("proposed", Status.PROPOSED).setParameter("now", now)
                .getSingleResult() > 0;
    }

    private UpcomingEvents.Event event(long memberId, long eventId) {
        for (UpcomingEvents events : upcomingEvents) {
            Optional<UpcomingEvents.Event> found = events.find(memberId, eventId);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new Rejection("event", "That event is not open to you, or it is over. Choose another place.");
    }

    @Override
    @Transactional
    public void choose(long inviteeId, long chatId, long slotId) {
        CoffeeChat chat = em.find(CoffeeChat.class, chatId);
        if (chat == null || chat.getInviteeId() != inviteeId) {
            throw new Rejection("chat", "This proposal is no longer there.");
        }
        pairs.lock(chat.getProposerId(), inviteeId);
        em.refresh(chat);
        if (chat.getStatus() == Status.CONFIRMED && Long.valueOf(slotId).equals(chat.getChosenSlotId())) {
            return;
        }
        if (chat.getStatus() != Status.PROPOSED) {
            throw new Rejection("chat", "This proposal is no longer open.");
        }
        CoffeeSlot slot = em.find(CoffeeSlot.class, slotId);
        if (slot == null || slot.getChatId() != chatId) {
            throw new Rejection("chat", "Choose one of the proposed times.");
        }
        Instant now = Instant.now();
        if (!slot.getStartsAt().isAfter(now)) {
            throw new Rejection("chat", "That time has passed. Choose another, or propose a new time yourself.");
        }
        if (pairs.blockedEitherWay(chat.getProposerId(), inviteeId) || !related(chat.getProposerId(), inviteeId)) {
            throw new Rejection("chat", "This proposal is no longer open.");
        }
        chat.agree(slot, now);
        confirmedEvent.fire(new CoffeeChatConfirmed(chatId, chat.getProposerId(), inviteeId));
        Optional<AccountSummary> proposer = active(chat.getProposerId());
        Optional<AccountSummary> invitee = active(inviteeId);
        if (proposer.isPresent() && invitee.isPresent()) {
            CoffeeMails mails = mails();
            mailer.send(mails.confirmed(proposer.get(), invitee.get(), chat, now));
            mailer.send(mails.confirmed(invitee.get(), proposer.get(), chat, now));
        }
    }

    @Override
    @Transactional
    public void decline(long inviteeId, long chatId) {
        CoffeeChat chat = em.find(CoffeeChat.class, chatId);
        if (chat == null || chat.getInviteeId() != inviteeId) {
            return;
        }
        pairs.lock(chat.getProposerId(), inviteeId);
        em.refresh(chat);
        if (chat.getStatus() != Status.PROPOSED) {
            return;
        }
        chat.decline(Instant.now());
        declinedEvent.fire(new CoffeeChatDeclined(chatId, chat.getProposerId(), inviteeId));
        Optional<AccountSummary> proposer = active(chat.getProposerId());
        Optional<AccountSummary> invitee = active(inviteeId);
        if (proposer.isPresent() && invitee.isPresent()) {
            mailer.send(mails().declined(proposer.get(), invitee.get()));
        }
    }

    @Override
    @Transactional
    public void cancel(long memberId, long chatId) {
        CoffeeChat chat = em.find(CoffeeChat.class, chatId);
        if (chat == null || !chat.involves(memberId)) {
            throw new Rejection("chat", "This coffee chat is no longer there.");
        }
        pairs.lock(chat.getProposerId(), chat.getInviteeId());
        em.refresh(chat);
        Instant now = Instant.now();
        switch (chat.getStatus()) {
            case PROPOSED -> {
                if (chat.getProposerId() != memberId) {
                    throw new Rejection("chat", "Decline the proposal instead.");
                }
                chat.cancel(now);
                cancelledEvent.fire(new CoffeeChatCancelled(chatId, memberId, chat.getInviteeId()));
            }
            case CONFIRMED -> {
                if (!chat.getStartsAt().isAfter(now)) {
                    throw new Rejection("chat", "This coffee chat has started, so it can no longer be cancelled.");
                }
                cancelAgreed(chat, memberId, now);
            }
            default -> {
                // Already declined or cancelled: nothing left to do.
            }
        }
    }

    /** Cancels an agreed chat and sends both a cancellation with the invitation's UID. */
    private void cancelAgreed(CoffeeChat chat, long byId, Instant now) {
        chat.cancel(now);
        long otherId = chat.otherThan(byId);
        cancelledEvent.fire(new CoffeeChatCancelled(chat.getId(), byId, otherId));
        CoffeeMails mails = mails();
        Optional<AccountSummary> by = active(byId);
        Optional<AccountSummary> other = active(otherId);
        by.ifPresent(person -> mailer.send(mails.cancelled(person, other.map(AccountSummary::displayName).orElse(FORMER_MEMBER), chat, now)));
        other.ifPresent(person -> mailer.send(mails.cancelled(person, by.map(AccountSummary::displayName).orElse(FORMER_MEMBER), chat, now)));
    }

    @Override
    @Transactional
    public void confirmMet(long memberId, long chatId) {
        CoffeeChat chat = em.find(CoffeeChat.class, chatId);
        if (chat == null || !chat.involves(memberId) || chat.getStatus() != Status.CONFIRMED) {
            throw new Rejection("chat", "There is no agreed coffee chat to confirm.");
        }
        Instant now = Instant.now();
        if (chat.getEndsAt().isAfter(now)) {
            throw new Rejection("chat", "You can say you met once the chat is over, after " + mails().when(chat.getEndsAt()) + ".");
        }
        // The pair lock makes the second of two simultaneous confirmations see the first.
        pairs.lock(chat.getProposerId(), chat.getInviteeId());
        em.refresh(chat);
        em.createNativeQuery("INSERT IGNORE INTO networking_coffee_met (chat_id, account_id, confirmed_at) VALUES (?, ?, ?)")
                .setParameter(1, chatId).setParameter(2, memberId).setParameter(3, java.sql.Timestamp.from(now)).executeUpdate();
        long confirmations = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM networking_coffee_met WHERE chat_id = ?")
                .setParameter(1, chatId).getSingleResult()).longValue();
        if (confirmations < 2 || chat.getMetAt() != null) {
            return;
        }
        chat.met(now);
        MemberConnection connection = pairs.connection(chat.getProposerId(), chat.getInviteeId());
        if (connection != null && connection.getMetAt() == null) {
            connection.meet(now);
            metEvent.fire(new MetInPerson(connection.getId(), chat.getProposerId(), chat.getInviteeId()));
        }
    }

    @Override
    public ResultPage<Chat> awaitingAnswer(long memberId, int first, int max) {
        return open("inviteeId", memberId, first, max);
    }

    @Override
    public ResultPage<Chat> proposed(long memberId, int first, int max) {
        return open("proposerId", memberId, first, max);
    }

    /** Proposals still open, newest first, where the member is on the named side. */
    private ResultPage<Chat> open(String side, long memberId, int first, int max) {
        Instant now = Instant.now();
        String where = " FROM CoffeeChat c WHERE c." + side + " = :me AND c.status = :proposed AND c.endsAt > :now";
        List<CoffeeChat> found = em.createQuery("SELECT c" + where + " ORDER BY c.id DESC", CoffeeChat.class)
                .setParameter("me", memberId).setParameter("proposed", Status.PROPOSED).setParameter("now", now)
                .setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(c)" + where, Long.class)
                .setParameter("me", memberId).setParameter("proposed", Status.PROPOSED).setParameter("now", now).getSingleResult();
        return new ResultPage<>(views(memberId, found, now), total);
    }

    @Override
    public ResultPage<Chat> upcoming(long memberId, int first, int max) {
        return agreed(memberId, true, first, max);
    }

    @Override
    public ResultPage<Chat> past(long memberId, int first, int max) {
        return agreed(memberId, false, first, max);
    }

    /**
     * Agreed chats on one side of now, the member as proposer or as invitee: each role is one range
     * of its index, and the union is cut to the page.
     */
    private ResultPage<Chat> agreed(long memberId, boolean upcoming, int first, int max) {
        Instant now = Instant.now();
        String range = upcoming ? "ends_at > ?" : "ends_at <= ?";
        String order = upcoming ? "starts_at, id" : "ends_at DESC, id DESC";
        String branch = "SELECT id, starts_at, ends_at FROM networking_coffee_chat WHERE %s = ? AND status = 'CONFIRMED' AND "
                + range + " ORDER BY " + order + " LIMIT " + (first + max);
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("SELECT id FROM ((" + branch.formatted("proposer_id") + ") UNION ALL ("
                        + branch.formatted("invitee_id") + ")) mine ORDER BY " + order + " LIMIT ? OFFSET ?")
                .setParameter(1, memberId).setParameter(2, java.sql.Timestamp.from(now))
                .setParameter(3, memberId).setParameter(4, java.sql.Timestamp.from(now))
                .setParameter(5, max).setParameter(6, first)
                .getResultList();
        long total = ((Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM networking_coffee_chat WHERE proposer_id = ?"
                        + " AND status = 'CONFIRMED' AND " + range + ") + (SELECT COUNT(*) FROM networking_coffee_chat"
                        + " WHERE invitee_id = ? AND status = 'CONFIRMED' AND " + range + ")")
                .setParameter(1, memberId).setParameter(2, java.sql.Timestamp.from(now))
                .setParameter(3, memberId).setParameter(4, java.sql.Timestamp.from(now))
                .getSingleResult()).longValue();
        List<Long> ids = found.stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return new ResultPage<>(List.of(), total);
        }
        Map<Long, CoffeeChat> byId = em.createQuery("SELECT c FROM CoffeeChat c WHERE c.id IN :ids", CoffeeChat.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(CoffeeChat::getId, Function.identity()));
        return new ResultPage<>(views(memberId, ids.stream().map(byId::get).toList(), now), total);
    }

    /** The chats as the member sees them, with their slots and who said "we met", in three queries for the page. */
    private List<Chat> views(long memberId, List<CoffeeChat> chats, Instant now) {
        if (chats.isEmpty()) {
            return List.of();
        }
        List<Long> ids = chats.stream().map(CoffeeChat::getId).toList();
        Map<Long, List<Slot>> slots = new HashMap<>();
        em.createQuery("SELECT s FROM CoffeeSlot s WHERE s.chatId IN :ids ORDER BY s.startsAt", CoffeeSlot.class)
                .setParameter("ids", ids).getResultList()
                .forEach(slot -> slots.computeIfAbsent(slot.getChatId(), id -> new ArrayList<>())
                        .add(new Slot(slot.getId(), slot.getStartsAt())));
        Set<String> met = new HashSet<>();
        List<Object[]> rows = metRows(ids);
        rows.forEach(row -> met.add(((Number) row[0]).longValue() + ":" + ((Number) row[1]).longValue()));
        return chats.stream().map(chat -> {
            long other = chat.otherThan(memberId);
            return new Chat(chat.getId(), other, nameOf(other), chat.getProposerId() == memberId, chat.getStatus(), chat.getPlace(),
                    chat.getDurationMinutes(),
                    slots.getOrDefault(chat.getId(), List.of()).stream()
                            .filter(slot -> chat.getStatus() != Status.PROPOSED || slot.startsAt().isAfter(now)).toList(),
                    chat.getStartsAt(), chat.getCreatedAt(),
                    met.contains(chat.getId() + ":" + memberId), met.contains(chat.getId() + ":" + other));
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> metRows(List<Long> ids) {
        var query = em.createNativeQuery("SELECT chat_id, account_id FROM networking_coffee_met WHERE chat_id IN ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        return query.getResultList();
    }

    @Override
    public Optional<String> invitation(long memberId, long chatId) {
        CoffeeChat chat = em.find(CoffeeChat.class, chatId);
        if (chat == null || !chat.involves(memberId) || chat.getStatus() != Status.CONFIRMED
                || !chat.getEndsAt().isAfter(Instant.now())) {
            return Optional.empty();
        }
        Optional<AccountSummary> me = active(memberId);
        Optional<AccountSummary> other = active(chat.otherThan(memberId));
        if (me.isEmpty() || other.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mails().invitation(me.get(), other.get(), chat, Instant.now()));
    }

    @Override
    public ZoneId campusZone() {
        return settings.campusZone();
    }

    @Override
    public long metInPersonSince(long staffId, Instant since) {
        refuseUnlessStaff(staffId);
        return em.createQuery("SELECT COUNT(c) FROM CoffeeChat c WHERE c.metAt >= :since", Long.class)
                .setParameter("since", since).getSingleResult();
    }

    @Override
    public List<Month> byMonth(long staffId, int months) {
        refuseUnlessStaff(staffId);
        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        YearMonth earliest = current.minusMonths(months - 1L);
        java.sql.Timestamp since = java.sql.Timestamp.from(earliest.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<String, Long> agreed = perMonth("agreed_at", since);
        Map<String, Long> met = perMonth("met_at", since);
        List<Month> result = new ArrayList<>();
        for (YearMonth month = current; !month.isBefore(earliest); month = month.minusMonths(1)) {
            result.add(new Month(month, agreed.getOrDefault(month.toString(), 0L), met.getOrDefault(month.toString(), 0L)));
        }
        return result;
    }

    /** Counts per UTC month of a time column, through its index. */
    private Map<String, Long> perMonth(String column, java.sql.Timestamp since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DATE_FORMAT(" + column + ", '%Y-%m'), COUNT(*) FROM networking_coffee_chat"
                        + " WHERE " + column + " >= ? GROUP BY DATE_FORMAT(" + column + ", '%Y-%m')")
                .setParameter(1, since).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    private void refuseUnlessStaff(long accountId) {
        boolean staff = active(accountId).map(account -> account.holds(Role.STAFF) || account.holds(Role.ADMIN)).orElse(false);
        if (!staff) {
            throw new Rejection("staff", "Only career center staff and administrators see these figures.");
        }
    }

    /** Blocking ends every open proposal and agreed chat between the two; an agreed one is cancelled in both calendars. */
    void blocked(@Observes MemberBlocked blocked) {
        Instant now = Instant.now();
        for (CoffeeChat chat : between(blocked.blockerId(), blocked.blockedId())) {
            if (chat.getStatus() == Status.PROPOSED) {
                chat.cancel(now);
                cancelledEvent.fire(new CoffeeChatCancelled(chat.getId(), blocked.blockerId(), blocked.blockedId()));
            } else if (chat.getStatus() == Status.CONFIRMED && chat.getStartsAt().isAfter(now)) {
                cancelAgreed(chat, blocked.blockerId(), now);
            }
        }
    }

    /**
     * An ended connection withdraws the open proposals between the two, quietly, as the ending
     * itself is. An agreed chat stays: either may still cancel it.
     */
    void connectionRemoved(@Observes ConnectionRemoved removed) {
        Instant now = Instant.now();
        for (CoffeeChat chat : between(removed.a(), removed.b())) {
            if (chat.getStatus() == Status.PROPOSED) {
                chat.cancel(now);
                cancelledEvent.fire(new CoffeeChatCancelled(chat.getId(), removed.a(), removed.b()));
            }
        }
    }

    private List<CoffeeChat> between(long a, long b) {
        return em.createQuery("SELECT c FROM CoffeeChat c WHERE ((c.proposerId = :a AND c.inviteeId = :b)"
                        + " OR (c.proposerId = :b AND c.inviteeId = :a)) AND c.status IN :current", CoffeeChat.class)
                .setParameter("a", a).setParameter("b", b)
                .setParameter("current", List.of(Status.PROPOSED, Status.CONFIRMED)).getResultList();
    }

    /**
     * For erasure: agreed chats of the person that have not started are cancelled for the other
     * person, who is not told who it was (the name is being erased).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void cancelForErasure(long accountId) {
        Instant now = Instant.now();
        List<CoffeeChat> chats = em.createQuery("SELECT c FROM CoffeeChat c WHERE (c.proposerId = :me OR c.inviteeId = :me)"
                        + " AND c.status = :confirmed AND c.startsAt > :now", CoffeeChat.class)
                .setParameter("me", accountId).setParameter("confirmed", Status.CONFIRMED).setParameter("now", now).getResultList();
        CoffeeMails mails = mails();
        for (CoffeeChat chat : chats) {
            chat.cancel(now);
            active(chat.otherThan(accountId)).ifPresent(other -> mailer.send(mails.cancelled(other, FORMER_MEMBER, chat, now)));
        }
        // Written now: the erasure deletes these rows next with plain SQL.
        em.flush();
    }

    private CoffeeMails mails() {
        return new CoffeeMails(settings.campusZone(), settings.link("/networking/chats/list.xhtml"), settings.senderAddress());
    }

    private Optional<AccountSummary> active(long accountId) {
        return accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE);
    }

    private String nameOf(long accountId) {
        return active(accountId).map(AccountSummary::displayName).orElse("A former member");
    }
}
