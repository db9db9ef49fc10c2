package app.quad.networking.internal;

import app.quad.networking.Notification;
import app.quad.platform.Delivery;
import app.quad.platform.Notice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One notice as the notification centre keeps it. */
@Entity
@Table(name = "networking_notification")
@NamedQueries({
        @NamedQuery(name = "StoredNotification.ofRecipient",
                query = "SELECT n FROM StoredNotification n WHERE n.recipientId = :recipient ORDER BY n.id DESC"),
        @NamedQuery(name = "StoredNotification.countOfRecipient",
                query = "SELECT COUNT(n) FROM StoredNotification n WHERE n.recipientId = :recipient"),
        @NamedQuery(name = "StoredNotification.countUnread",
                query = "SELECT COUNT(n) FROM StoredNotification n WHERE n.recipientId = :recipient AND n.readAt IS NULL")
})
public class StoredNotification {

    /** The longest text kept; longer texts are shortened, since a notice must never fail what caused it. */
    static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id")
    private long recipientId;

    @Column(name = "actor_id")
    private Long actorId;

    private String kind;

    private String text;

    private String link;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** The digest the notice waits for, by {@link Delivery} name; null when it waits for none. */
    private String digest;

    @Column(name = "digested_at")
    private Instant digestedAt;

    protected StoredNotification() {
    }

    StoredNotification(Notice notice, Delivery digest, Instant now) {
        this.recipientId = notice.recipientId();
        this.actorId = notice.actorId();
        this.kind = notice.kind();
        this.text = shorten(notice.text().strip());
        this.link = notice.link();
        this.createdAt = now;
        this.digest = digest == null ? null : digest.name();
    }

    static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "\u2026";
    }

    Notification view() {
        return new Notification(id, kind, text, link, createdAt, readAt);
    }

    long getRecipientId() {
        return recipientId;
    }

    String getText() {
        return text;
    }

    String getLink() {
        return link;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }
}
