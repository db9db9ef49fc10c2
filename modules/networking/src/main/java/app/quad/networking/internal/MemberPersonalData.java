package app.quad.networking.internal;

import app.quad.platform.JsonRows;
import app.quad.platform.PersonalData;
import app.quad.platform.PersonalDataArchive;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** Networking's part of "Your data": the member record, connections, requests, blocks, messages and coffee chats. */
@ApplicationScoped
class MemberPersonalData implements PersonalData {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource dataSource;

    @Inject
    JpaCoffeeChats coffeeChats;

    @Override
    public String module() {
        return "networking";
    }

    @Override
    public void export(Subject subject, PersonalDataArchive archive) throws IOException {
        long id = subject.accountId();
        try (Connection connection = dataSource.getConnection()) {
            JsonArray member = JsonRows.query(connection,
                    "SELECT account_id, created_at, snoozed_until, snooze_note, allows_followers FROM networking_member WHERE account_id = ?", id);
            archive.json("member.json", "Your networking settings: a snooze of new requests and its note, whether people may follow you.",
                    member.isEmpty() ? member : member.getJsonObject(0));
            archive.json("connections.json", "The people you are connected with (by account id), since when, and whether you met in person.",
                    JsonRows.query(connection, "SELECT e.other_id, e.created_at, c.met_at FROM networking_edge e"
                            + " JOIN networking_connection c ON c.id = e.connection_id WHERE e.account_id = ? ORDER BY e.created_at", id));
            archive.json("connection-requests.json", "Connection requests you sent and received, with their notes and what became of them."
                            + " A request you declined shows as DECLINED here; its sender was never told.",
                    JsonRows.query(connection, "SELECT id, requester_id, recipient_id, note, status, created_at, decided_at"
                            + " FROM networking_connection_request WHERE requester_id = ? OR recipient_id = ? ORDER BY id", id, id));
            archive.json("following.json", "The people (ACCOUNT) and organisations (ORGANISATION) you follow.",
                    JsonRows.query(connection, "SELECT target_kind, target_id, created_at FROM networking_follow WHERE follower_id = ? ORDER BY id", id));
            archive.json("dismissed-suggestions.json", "People you asked not to be suggested again.",
                    JsonRows.query(connection, "SELECT suggested_id, created_at FROM networking_dismissed_suggestion WHERE member_id = ?", id));
            archive.json("blocked.json", "The people you blocked.",
                    JsonRows.query(connection, "SELECT blocked_id, created_at FROM networking_block WHERE blocker_id = ? ORDER BY id", id));
            archive.json("conversations.json", "Your conversations: with whom (by account id), how each stands"
                            + " (a REQUESTED conversation waits for an answer to its first message), where it is filed for you,"
                            + " and the newest message you have read.",
                    JsonRows.query(connection, "SELECT c.id, p.other_id, c.status, c.requested_by, c.created_at, p.folder,"
                            + " p.last_read_message_id FROM networking_participant p JOIN networking_conversation c"
                            + " ON c.id = p.conversation_id WHERE p.account_id = ? ORDER BY c.id", id));
            // The other person's messages are part of the conversation with them, unless their account is suspended.
            archive.json("messages.json", "The messages you sent and received, as plain text, oldest first.",
                    JsonRows.query(connection, "SELECT m.id, m.conversation_id, m.sender_id, m.body, m.created_at"
                            + " FROM networking_participant p JOIN networking_message m ON m.conversation_id = p.conversation_id"
                            + " WHERE p.account_id = ? AND (m.sender_id = ? OR p.other_suspended = FALSE) ORDER BY m.id", id, id));
            archive.json("message-reports.json", "Messages you reported to the moderators.",
                    JsonRows.query(connection, "SELECT message_id, sender_id, created_at FROM networking_message_report"
                            + " WHERE reporter_id = ? ORDER BY id", id));
            archive.json("coffee-chats.json", "Coffee chats you proposed or were invited to (the other person by account id),"
                            + " with the place, length, what became of them, the agreed time, and when you both said you met."
                            + " Times are UTC.",
                    JsonRows.query(connection, "SELECT id, proposer_id, invitee_id, place, event_id, duration_minutes, status,"
                            + " starts_at, created_at, decided_at, met_at FROM networking_coffee_chat"
                            + " WHERE proposer_id = ? OR invitee_id = ? ORDER BY id", id, id));
            archive.json("coffee-chat-times.json", "The times offered for each of those coffee chats (UTC).",
                    JsonRows.query(connection, "SELECT s.chat_id, s.starts_at FROM networking_coffee_slot s"
                            + " JOIN networking_coffee_chat c ON c.id = s.chat_id WHERE c.proposer_id = ? OR c.invitee_id = ?"
                            + " ORDER BY s.chat_id, s.starts_at", id, id));
            archive.json("coffee-chats-met.json", "When you said \u201cwe met\u201d after a coffee chat.",
                    JsonRows.query(connection, "SELECT chat_id, confirmed_at FROM networking_coffee_met WHERE account_id = ? ORDER BY chat_id", id));
        } catch (SQLException e) {
            throw new IOException("could not read the networking records", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        long id = subject.accountId();
        // The other person's calendar should not keep a chat that will not happen.
        coffeeChats.cancelForErasure(id);
        em.createNativeQuery("DELETE m FROM networking_coffee_met m JOIN networking_coffee_chat c ON c.id = m.chat_id"
                        + " WHERE c.proposer_id = ? OR c.invitee_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE s FROM networking_coffee_slot s JOIN networking_coffee_chat c ON c.id = s.chat_id"
                        + " WHERE c.proposer_id = ? OR c.invitee_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_coffee_chat WHERE proposer_id = ? OR invitee_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        // Other people's side goes too: an edge, a request or a block naming the person is about them.
        em.createNativeQuery("UPDATE networking_member SET degree = degree - 1"
                        + " WHERE account_id IN (SELECT other_id FROM networking_edge WHERE account_id = ?)")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_dismissed_suggestion WHERE member_id = ? OR suggested_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_edge WHERE account_id = ? OR other_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_connection WHERE low_id = ? OR high_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_connection_request WHERE requester_id = ? OR recipient_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_follow WHERE follower_id = ? OR (target_kind = 'ACCOUNT' AND target_id = ?)")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_block WHERE blocker_id = ? OR blocked_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        // A conversation with the person is about them, the other side's messages included.
        em.createNativeQuery("DELETE FROM networking_message_report WHERE reporter_id = ? OR sender_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE m FROM networking_message m JOIN networking_participant p ON p.conversation_id = m.conversation_id"
                        + " WHERE p.account_id = ?")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_participant WHERE account_id = ? OR other_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        em.createNativeQuery("DELETE FROM networking_conversation WHERE low_id = ? OR high_id = ?")
                .setParameter(1, id).setParameter(2, id).executeUpdate();
        Member member = em.find(Member.class, id);
        if (member != null) {
            em.remove(member);
        }
    }
}
