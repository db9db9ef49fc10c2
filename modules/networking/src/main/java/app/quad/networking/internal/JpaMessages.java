package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.OrganisationSummary;
import app.quad.identity.Organisations;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.networking.Conversation;
import app.quad.networking.ConversationState;
import app.quad.networking.ConversationSummary;
import app.quad.networking.Message;
import app.quad.networking.MessageReported;
import app.quad.networking.MessageSent;
import app.quad.networking.Messages;
import app.quad.networking.ThreadPage;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.Screening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaMessages implements Messages {

    private static final int SNIPPET = 140;

    private static final DateTimeFormatter TERM_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Screens screens;

    @Inject
    Pairs pairs;

    @Inject
    Readers readers;

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Organisations organisations;

    @Inject
    NetworkingSettings settings;

    @Inject
    Event<MessageSent> sent;

    @Inject
    Event<MessageReported> reported;

    @Override
    @Transactional
    public long send(long senderId, long recipientId, String text, String clientToken) {
        String body = MessageText.checked(text);
        if (senderId == recipientId) {
            throw new Rejection("person", "You cannot send a message to yourself.");
        }
        String token = ClientTokens.normalised(clientToken);
        pairs.lock(senderId, recipientId);
        // Under the pair's lock, so a form posted twice at once still finds the first message.
        Long replayed = messageWithToken(senderId, token);
        if (replayed != null) {
            return replayed;
        }
        AccountSummary sender = accounts.find(senderId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new SecurityException("only active accounts send messages"));
        AccountSummary recipient = accounts.find(recipientId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElse(null);
        // One message for every reason the sender may not learn: blocked, hidden, opted out, suspended.
        if (recipient == null || pairs.blockedEitherWay(senderId, recipientId)) {
            throw cannotSend();
        }
        Instant now = Instant.now();
        checkRate(senderId, now);
        MemberConversation conversation = conversation(senderId, recipientId);
        if (conversation == null) {
            conversation = start(sender, recipient, now);
        } else if (conversation.getStatus() != MemberConversation.Status.ACTIVE) {
            if (conversation.requestedBy(senderId)) {
                // Declined looks the same as waiting: the sender is not told.
                throw new Rejection("person", "Your first message is waiting for " + recipient.displayName()
                        + " to accept it. You can write more once they do.");
            }
            activate(conversation);
        }
        StoredMessage message = new StoredMessage(conversation.getId(), senderId, body, token, now);
        Screening verdict = screens.check(MessageReported.KIND, senderId, body, "body");
        if (Screens.holds(verdict)) {
            // Kept out of the conversation until a moderator looks; the recipient is not told of it.
            message.hold();
            em.persist(message);
            em.flush();
            screens.held(MessageReported.KIND, message.getId(), senderId, verdict);
            return message.getId();
        }
        em.persist(message);
        em.flush();
        deliver(message, recipientId, now);
        return message.getId();
    }

    /** The conversation moves up for both, the sender has read it, and the recipient is told (MessageSent). */
    private void deliver(StoredMessage message, long recipientId, Instant now) {
        // GREATEST: a held message let through later may be older than what followed it.
        em.createNativeQuery("UPDATE networking_participant SET last_message_id = GREATEST(last_message_id, ?),"
                        + " last_message_at = GREATEST(last_message_at, ?) WHERE conversation_id = ?")
                .setParameter(1, message.getId()).setParameter(2, Timestamp.from(now)).setParameter(3, message.getConversationId())
                .executeUpdate();
        em.createNativeQuery("UPDATE networking_participant SET last_read_message_id = GREATEST(last_read_message_id, ?)"
                        + " WHERE conversation_id = ? AND account_id = ?")
                .setParameter(1, message.getId()).setParameter(2, message.getConversationId()).setParameter(3, message.getSenderId())
                .executeUpdate();
        sent.fire(new MessageSent(message.getId(), message.getConversationId(), message.getSenderId(), recipientId));
    }

    /**
     * A message screening held, which a moderator let through: delivered now, as if just sent, unless
     * meanwhile one of the two blocked the other, when it stays held. (A sender suspended meanwhile is
     * out of the recipient's sight anyway until reactivated.)
     * In the moderator's transaction.
     *
     * @param evenIfRemoved whether a removal is being undone (a granted appeal)
     * @return whether it was held (and not removed, unless evenIfRemoved); a message hidden after
     *         delivery is only shown again
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean release(long messageId, boolean evenIfRemoved) {
        StoredMessage message = em.find(StoredMessage.class, messageId);
        if (message == null || !message.isHeld() || message.isRemoved() && !evenIfRemoved) {
            return false;
        }
        long senderId = message.getSenderId();
        long recipientId = ((Number) em.createNativeQuery("SELECT other_id FROM networking_participant WHERE conversation_id = ?"
                        + " AND account_id = ?").setParameter(1, message.getConversationId()).setParameter(2, senderId).getSingleResult())
                .longValue();
        if (!pairs.blockedEitherWay(senderId, recipientId)) {
            message.release();
            em.flush();
            deliver(message, recipientId, Instant.now());
        }
        return true;
    }

    private static Rejection cannotSend() {
        return new Rejection("person", "You cannot send this person messages.");
    }

    private Long messageWithToken(long senderId, String token) {
        List<?> found = em.createNativeQuery("SELECT id FROM networking_message WHERE sender_id = ? AND client_token = ?")
                .setParameter(1, senderId).setParameter(2, token).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
    }

    private void checkRate(long senderId, Instant now) {
        List<SendingRate.Limit> limits = settings.sendingLimits();
        java.time.Duration longest = limits.stream().map(SendingRate.Limit::window).max(java.time.Duration::compareTo).orElseThrow();
        int most = limits.stream().mapToInt(SendingRate.Limit::max).max().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT created_at FROM networking_message WHERE sender_id = ? AND created_at > ?"
                        + " ORDER BY created_at DESC")
                .setParameter(1, senderId).setParameter(2, Timestamp.from(now.minus(longest))).setMaxResults(most).getResultList();
        List<Instant> recent = rows.stream().map(Dates::instant).toList();
        SendingRate.nextAllowed(recent, now, limits).ifPresent(next -> {
            throw new Rejection("rate", "You have sent many messages in a short time. To keep Quad free of spam, you can send"
                    + " the next one " + SendingRate.wait(now, next) + ".");
        });
    }

    /** A new conversation: a message request unless the two are connected. */
    private MemberConversation start(AccountSummary sender, AccountSummary recipient, Instant now) {
        if (!profiles.visibleTo(recipient.id(), sender.id())) {
            throw cannotSend();
        }
        if (profiles.heldForReview(sender.id())) {
            throw new Rejection("person", "Moderators are reviewing your profile; until they have, you cannot start new conversations.");
        }
        readers.requireVerifiedIfEmployer(sender.id(), "start conversations");
        boolean connected = pairs.connected(sender.id(), recipient.id());
        Member member = em.find(Member.class, recipient.id());
        if (!connected && member != null && member.snoozedAt(now)) {
            throw Snoozes.refusal(recipient.displayName(), member, "new message requests");
        }
        if (!connected && sender.holds(Role.EMPLOYER) && recipient.holds(Role.STUDENT)) {
            countOutreach(sender.id(), now);
        }
        MemberConversation conversation = new MemberConversation(sender.id(), recipient.id(), !connected, now);
        em.persist(conversation);
        em.flush();
        addParticipant(conversation.getId(), sender.id(), recipient.id(), Folder.INBOX, now);
        addParticipant(conversation.getId(), recipient.id(), sender.id(), connected ? Folder.INBOX : Folder.REQUESTS, now);
        return conversation;
    }

    /**
     * Counts a conversation an employer's person starts with a student toward the organisation's
     * term quota. The count is raised first and checked after: the row stays locked until commit,
     * so two recruiters of one organisation cannot both take the last place, and a refusal rolls
     * the count back with everything else.
     */
    private void countOutreach(long senderId, Instant now) {
        OrganisationSummary organisation = organisations.ofAccount(senderId).orElseThrow(() -> new Rejection("quota",
                "Your account does not belong to an employer organisation, so you cannot start conversations with students."));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate term = settings.terms().startOf(today);
        em.createNativeQuery("INSERT INTO networking_outreach (organisation_id, term_start, started) VALUES (?, ?, 1)"
                        + " ON DUPLICATE KEY UPDATE started = started + 1")
                .setParameter(1, organisation.id()).setParameter(2, java.sql.Date.valueOf(term)).executeUpdate();
        int started = ((Number) em.createNativeQuery("SELECT started FROM networking_outreach WHERE organisation_id = ? AND term_start = ?")
                .setParameter(1, organisation.id()).setParameter(2, java.sql.Date.valueOf(term)).getSingleResult()).intValue();
        int allowed = settings.employerMessagesPerTerm();
        if (started > allowed) {
            throw new Rejection("quota", "People of " + organisation.name() + " have started " + allowed
                    + " conversations with students this term, the most Quad allows. You can start new ones from "
                    + TERM_DAY.format(settings.terms().nextStart(today))
                    + "; until then you can still answer students who write to you, and write to your connections.");
        }
    }

    private void addParticipant(long conversationId, long accountId, long otherId, Folder folder, Instant now) {
        em.createNativeQuery("INSERT INTO networking_participant (conversation_id, account_id, other_id, folder, last_message_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, conversationId).setParameter(2, accountId).setParameter(3, otherId)
                .setParameter(4, folder.name()).setParameter(5, Timestamp.from(now)).executeUpdate();
    }

    private MemberConversation conversation(long a, long b) {
        List<MemberConversation> found = em.createQuery(
                        "SELECT c FROM MemberConversation c WHERE c.lowId = :low AND c.highId = :high", MemberConversation.class)
                .setParameter("low", Math.min(a, b)).setParameter("high", Math.max(a, b)).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private void activate(MemberConversation conversation) {
        conversation.activate();
        em.createNativeQuery("UPDATE networking_participant SET folder = 'INBOX' WHERE conversation_id = ?")
                .setParameter(1, conversation.getId()).executeUpdate();
    }

    @Override
    public Optional<Conversation> with(long memberId, long otherId) {
        MemberConversation conversation = conversation(memberId, otherId);
        if (conversation == null) {
            return Optional.empty();
        }
        boolean hidden = truth(em.createNativeQuery(
                        "SELECT other_suspended FROM networking_participant WHERE account_id = ? AND conversation_id = ?")
                .setParameter(1, memberId).setParameter(2, conversation.getId()).getSingleResult());
        ConversationState state = switch (conversation.getStatus()) {
            case ACTIVE -> ConversationState.ACTIVE;
            case REQUESTED -> conversation.requestedBy(memberId) ? ConversationState.REQUEST_SENT : ConversationState.REQUEST_RECEIVED;
            case DECLINED -> conversation.requestedBy(memberId) ? ConversationState.REQUEST_SENT : ConversationState.DECLINED;
        };
        return Optional.of(new Conversation(conversation.getId(), otherId, hidden ? Names.FORMER : nameOf(otherId), state, hidden));
    }

    @Override
    public ThreadPage thread(long memberId, long conversationId, Long beforeId, int max, String search) {
        String pattern = likePattern(search);
        Query query = em.createNativeQuery("SELECT m.id, m.sender_id, m.body, m.created_at FROM networking_message m"
                        + " JOIN networking_participant p ON p.conversation_id = m.conversation_id AND p.account_id = ?"
                        + " WHERE m.conversation_id = ? AND m.id < ? AND (p.other_suspended = FALSE OR m.sender_id = ?) AND m.hidden = FALSE"
                        + (pattern == null ? "" : " AND m.body LIKE ? ESCAPE '!'")
                        + " ORDER BY m.id DESC")
                .setParameter(1, memberId).setParameter(2, conversationId)
                .setParameter(3, beforeId == null ? Long.MAX_VALUE : beforeId).setParameter(4, memberId);
        if (pattern != null) {
            query.setParameter(5, pattern);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(max + 1).getResultList();
        boolean earlier = rows.size() > max;
        List<Message> messages = new ArrayList<>(rows.stream().limit(max).map(JpaMessages::message).toList());
        Collections.reverse(messages);
        return new ThreadPage(messages, earlier);
    }

    @Override
    public List<Message> after(long memberId, long conversationId, long afterId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, m.sender_id, m.body, m.created_at FROM networking_message m"
                        + " JOIN networking_participant p ON p.conversation_id = m.conversation_id AND p.account_id = ?"
                        + " WHERE m.conversation_id = ? AND m.id > ? AND (p.other_suspended = FALSE OR m.sender_id = ?) AND m.hidden = FALSE"
                        + " ORDER BY m.id")
                .setParameter(1, memberId).setParameter(2, conversationId).setParameter(3, afterId).setParameter(4, memberId)
                .setMaxResults(max).getResultList();
        return rows.stream().map(JpaMessages::message).toList();
    }

    private static Message message(Object[] row) {
        return new Message(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2], Dates.instant(row[3]));
    }

    @Override
    @Transactional
    public void markRead(long memberId, long conversationId, long upToMessageId) {
        em.createNativeQuery("UPDATE networking_participant SET last_read_message_id = GREATEST(last_read_message_id,"
                        + " LEAST(?, last_message_id)) WHERE account_id = ? AND conversation_id = ?")
                .setParameter(1, upToMessageId).setParameter(2, memberId).setParameter(3, conversationId).executeUpdate();
    }

    @Override
    @Transactional
    public void accept(long memberId, long conversationId) {
        MemberConversation conversation = lockedConversationOf(memberId, conversationId);
        if (conversation.getStatus() != MemberConversation.Status.ACTIVE && !conversation.requestedBy(memberId)) {
            activate(conversation);
        }
    }

    @Override
    @Transactional
    public void decline(long memberId, long conversationId) {
        MemberConversation conversation = lockedConversationOf(memberId, conversationId);
        if (conversation.getStatus() == MemberConversation.Status.REQUESTED && !conversation.requestedBy(memberId)) {
            conversation.decline();
            em.createNativeQuery("UPDATE networking_participant SET folder = 'DECLINED' WHERE conversation_id = ? AND account_id = ?")
                    .setParameter(1, conversationId).setParameter(2, memberId).executeUpdate();
        }
    }

    private MemberConversation lockedConversationOf(long memberId, long conversationId) {
        MemberConversation conversation = em.find(MemberConversation.class, conversationId);
        if (conversation == null || !conversation.involves(memberId)) {
            throw new Rejection("conversation", "This conversation is no longer there.");
        }
        pairs.lock(memberId, conversation.other(memberId));
        em.refresh(conversation);
        return conversation;
    }

    @Override
    public ResultPage<ConversationSummary> inbox(long memberId, int first, int max) {
        return folder(memberId, Folder.INBOX, first, max);
    }

    @Override
    public ResultPage<ConversationSummary> requests(long memberId, int first, int max) {
        return folder(memberId, Folder.REQUESTS, first, max);
    }

    private ResultPage<ConversationSummary> folder(long memberId, Folder folder, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.conversation_id, p.other_id, p.last_message_at,"
                        + " p.last_message_id > p.last_read_message_id, IF(m.hidden, NULL, m.body), m.sender_id"
                        + " FROM networking_participant p LEFT JOIN networking_message m ON m.id = p.last_message_id"
                        + " WHERE p.account_id = ? AND p.folder = ? AND p.other_suspended = FALSE AND p.last_message_id > 0"
                        + " ORDER BY p.last_message_at DESC, p.conversation_id DESC")
                .setParameter(1, memberId).setParameter(2, folder.name())
                .setFirstResult(first).setMaxResults(max).getResultList();
        // last_message_id stays 0 while a conversation's only message is held by screening.
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM networking_participant"
                        + " WHERE account_id = ? AND folder = ? AND other_suspended = FALSE AND last_message_id > 0")
                .setParameter(1, memberId).setParameter(2, folder.name()).getSingleResult()).longValue();
        return new ResultPage<>(rows.stream().map(row -> {
            String body = (String) row[4];
            return new ConversationSummary(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    nameOf(((Number) row[1]).longValue()), Dates.instant(row[2]),
                    body == null ? "" : MessageText.snippet(body, SNIPPET),
                    row[5] != null && ((Number) row[5]).longValue() == memberId, truth(row[3]));
        }).toList(), total);
    }

    /**
     * A LIKE over the member's conversations: fine while people have hundreds of messages, not
     * millions; a full-text index is the next step when it is not.
     */
    @Override
    public ResultPage<ConversationSummary> search(long memberId, String text, int first, int max) {
        String pattern = likePattern(text);
        if (pattern == null) {
            return inbox(memberId, first, max);
        }
        String matches = " FROM networking_participant p JOIN networking_message m ON m.conversation_id = p.conversation_id"
                + " WHERE p.account_id = ? AND p.folder <> 'DECLINED' AND p.other_suspended = FALSE AND m.body LIKE ? ESCAPE '!'";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.conversation_id, p.other_id, MAX(m.id) AS hit,"
                        + " MAX(p.last_message_id > p.last_read_message_id)" + matches
                        + " GROUP BY p.conversation_id, p.other_id ORDER BY hit DESC")
                .setParameter(1, memberId).setParameter(2, pattern).setFirstResult(first).setMaxResults(max).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT p.conversation_id)" + matches)
                .setParameter(1, memberId).setParameter(2, pattern).getSingleResult()).longValue();
        Map<Long, Object[]> hits = messagesById(rows.stream().map(row -> ((Number) row[2]).longValue()).toList());
        return new ResultPage<>(rows.stream().map(row -> {
            Object[] hit = hits.get(((Number) row[2]).longValue());
            long other = ((Number) row[1]).longValue();
            return new ConversationSummary(((Number) row[0]).longValue(), other, nameOf(other), Dates.instant(hit[3]),
                    MessageText.snippet((String) hit[2], SNIPPET), ((Number) hit[1]).longValue() == memberId, truth(row[3]));
        }).toList(), total);
    }

    private Map<Long, Object[]> messagesById(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query query = em.createNativeQuery("SELECT id, sender_id, body, created_at FROM networking_message WHERE id IN ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), Function.identity()));
    }

    /** The text to search for as a LIKE pattern with its own % and _ taken literally, or null for none. */
    static String likePattern(String text) {
        String term = text == null ? "" : text.strip();
        if (term.isEmpty()) {
            return null;
        }
        if (term.codePointCount(0, term.length()) > MAX_SEARCH) {
            throw new Rejection("query", "Search for at most " + MAX_SEARCH + " characters.");
        }
        return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    @Override
    public long unreadCount(long memberId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM networking_participant WHERE account_id = ? AND folder = 'INBOX'"
                        + " AND other_suspended = FALSE AND last_message_id > last_read_message_id")
                .setParameter(1, memberId).getSingleResult()).longValue();
    }

    @Override
    public long requestCount(long memberId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM networking_participant WHERE account_id = ? AND folder = 'REQUESTS'"
                        + " AND other_suspended = FALSE AND last_message_id > 0")
                .setParameter(1, memberId).getSingleResult()).longValue();
    }

    @Override
    @Transactional
    public boolean report(long reporterId, long messageId, ReportReason reason, String detail) {
        StoredMessage message = em.find(StoredMessage.class, messageId);
        // A hidden message (held, or removed by moderators) is not in the conversation to be reported.
        boolean received = message != null && !message.isHidden() && message.getSenderId() != reporterId && !em.createNativeQuery(
                        "SELECT 1 FROM networking_participant WHERE account_id = ? AND conversation_id = ? AND other_suspended = FALSE")
                .setParameter(1, reporterId).setParameter(2, message.getConversationId()).getResultList().isEmpty();
        if (!received) {
            throw new Rejection("message", "You can report only messages you received.");
        }
        String text = ReportText.checked(reason, detail);
        // INSERT IGNORE: a second report of the same message, even one racing the first, changes nothing.
        int added = em.createNativeQuery("INSERT IGNORE INTO networking_message_report (message_id, reporter_id, sender_id, category,"
                        + " detail, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, messageId).setParameter(2, reporterId).setParameter(3, message.getSenderId())
                .setParameter(4, reason.name()).setParameter(5, text).setParameter(6, Timestamp.from(Instant.now())).executeUpdate();
        if (added == 0) {
            return false;
        }
        reported.fire(new MessageReported(messageId, reporterId, message.getSenderId(), reason, text));
        return true;
    }

    @Override
    public boolean held(long senderId, long messageId) {
        StoredMessage message = em.find(StoredMessage.class, messageId);
        return message != null && message.getSenderId() == senderId && message.isHidden();
    }

    private static boolean truth(Object column) {
        return column instanceof Boolean bool ? bool : column != null && ((Number) column).intValue() != 0;
    }

    private String nameOf(long accountId) {
        return Names.of(accounts, accountId);
    }

    /** Where a conversation is filed for one of its two members. */
    enum Folder { INBOX, REQUESTS, DECLINED }

    /** Tokens from forms, or a fresh one where a caller has none, so the unique key never sees null. */
    static final class ClientTokens {

        private ClientTokens() {
        }

        static String normalised(String token) {
            if (token == null || !token.matches("[A-Za-z0-9-]{8,64}")) {
                return UUID.randomUUID().toString();
            }
            return token;
        }
    }
}
