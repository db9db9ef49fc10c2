package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.networking.NoiseControls;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
class JpaNoiseControls implements NoiseControls {

    private static final int MAX_KEYWORDS = 50;

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Override
    @Transactional
    public void mutePerson(long memberId, long mutedId) {
        if (memberId == mutedId) {
            throw new Rejection("person", "You cannot mute yourself.");
        }
        em.createNativeQuery("INSERT IGNORE INTO networking_mute (member_id, muted_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, memberId).setParameter(2, mutedId).setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
    }

    @Override
    @Transactional
    public void unmutePerson(long memberId, long mutedId) {
        em.createNativeQuery("DELETE FROM networking_mute WHERE member_id = ? AND muted_id = ?")
                .setParameter(1, memberId).setParameter(2, mutedId).executeUpdate();
    }

    @Override
    @Transactional
    public void muteKeyword(long memberId, String keyword) {
        String word = keyword == null ? "" : keyword.strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            throw new Rejection("keyword", "Type a word or phrase to mute.");
        }
        if (word.length() > 50) {
            throw new Rejection("keyword", "Keep a muted phrase to 50 characters.");
        }
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM networking_mute WHERE member_id = ? AND keyword IS NOT NULL")
                .setParameter(1, memberId).getSingleResult()).longValue();
        if (count >= MAX_KEYWORDS) {
            throw new Rejection("keyword", "You have muted " + MAX_KEYWORDS + " words, the most Quad keeps; unmute one first.");
        }
        em.createNativeQuery("INSERT IGNORE INTO networking_mute (member_id, keyword, created_at) VALUES (?, ?, ?)")
                .setParameter(1, memberId).setParameter(2, word).setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
    }

    @Override
    @Transactional
    public void unmuteKeyword(long memberId, String keyword) {
        em.createNativeQuery("DELETE FROM networking_mute WHERE member_id = ? AND keyword = ?")
                .setParameter(1, memberId).setParameter(2, keyword).executeUpdate();
    }

    @Override
    @Transactional
    public void quiet(long memberId, boolean quiet) {
        em.find(Member.class, memberId).quietFeed(quiet);
    }

    @Override
    public Settings settings(long memberId) {
        Member member = em.find(Member.class, memberId);
        @SuppressWarnings("unchecked")
        List<String> keywords = em.createNativeQuery("SELECT keyword FROM networking_mute WHERE member_id = ? AND keyword IS NOT NULL ORDER BY keyword")
                .setParameter(1, memberId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object> muted = em.createNativeQuery("SELECT muted_id FROM networking_mute WHERE member_id = ? AND muted_id IS NOT NULL ORDER BY id")
                .setParameter(1, memberId).getResultList();
        Map<Long, String> people = new LinkedHashMap<>();
        for (Object id : muted) {
            long person = ((Number) id).longValue();
            people.put(person, accounts.find(person).filter(account -> account.status() == AccountStatus.ACTIVE)
                    .map(AccountSummary::displayName).orElse("A former member"));
        }
        return new Settings(member != null && member.quietFeed(), keywords, people);
    }
}
