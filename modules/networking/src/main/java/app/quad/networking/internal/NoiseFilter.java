package app.quad.networking.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a member keeps out of their feed: muted people and keywords, blocks either way, quiet mode. */
@ApplicationScoped
class NoiseFilter {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    /** The member's rules for one screen, read once. */
    record Rules(Set<Long> hiddenPeople, List<String> keywords) {

        boolean hides(long authorId, String text) {
            if (hiddenPeople.contains(authorId)) {
                return true;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            return keywords.stream().anyMatch(lower::contains);
        }
    }

    Rules rules(long memberId) {
        Set<Long> hidden = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object> people = em.createNativeQuery("SELECT muted_id FROM networking_mute WHERE member_id = ?1 AND muted_id IS NOT NULL"
                        + " UNION SELECT blocked_id FROM networking_block WHERE blocker_id = ?1"
                        + " UNION SELECT blocker_id FROM networking_block WHERE blocked_id = ?1")
                .setParameter(1, memberId).getResultList();
        people.forEach(id -> hidden.add(((Number) id).longValue()));
        @SuppressWarnings("unchecked")
        List<String> keywords = em.createNativeQuery("SELECT keyword FROM networking_mute WHERE member_id = ? AND keyword IS NOT NULL")
                .setParameter(1, memberId).getResultList();
        return new Rules(hidden, keywords.stream().map(keyword -> keyword.toLowerCase(Locale.ROOT)).toList());
    }

    boolean quiet(long memberId) {
        Member member = em.find(Member.class, memberId);
        return member != null && member.quietFeed();
    }
}
