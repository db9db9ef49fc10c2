package app.quad.networking.internal;

import app.quad.networking.Snooze;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class JpaSnooze implements Snooze {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Override
    @Transactional
    public void snooze(long memberId, Instant until, String note) {
        Instant now = Instant.now();
        if (until == null || !until.isAfter(now)) {
            throw new Rejection("until", "Choose a day after today.");
        }
        if (until.isAfter(now.plus(Duration.ofDays(MAX_DAYS + 1)))) {
            throw new Rejection("until", "Snooze for at most " + MAX_DAYS + " days; you can snooze again afterwards.");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.codePointCount(0, text.length()) > 300) {
            throw new Rejection("note", "Keep the note to 300 characters.");
        }
        member(memberId).snooze(until, text);
    }

    @Override
    @Transactional
    public void wake(long memberId) {
        member(memberId).snooze(null, null);
    }

    @Override
    public Optional<Snoozed> of(long memberId) {
        Member member = em.find(Member.class, memberId);
        return member != null && member.snoozedAt(Instant.now())
                ? Optional.of(new Snoozed(member.getSnoozedUntil(), member.getSnoozeNote()))
                : Optional.empty();
    }

    private Member member(long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new Rejection("until", "There is no such member.");
        }
        return member;
    }
}
