package app.quad.networking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One of the times offered for a coffee chat. */
@Entity
@Table(name = "networking_coffee_slot")
class CoffeeSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "chat_id")
    private long chatId;

    @Column(name = "starts_at")
    private Instant startsAt;

    protected CoffeeSlot() {
    }

    CoffeeSlot(long chatId, Instant startsAt) {
        this.chatId = chatId;
        this.startsAt = startsAt;
    }

    Long getId() {
        return id;
    }

    long getChatId() {
        return chatId;
    }

    Instant getStartsAt() {
        return startsAt;
    }
}
