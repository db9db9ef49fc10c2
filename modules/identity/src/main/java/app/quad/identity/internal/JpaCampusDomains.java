package app.quad.identity.internal;

import app.quad.identity.CampusDomains;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
class JpaCampusDomains implements CampusDomains {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public List<String> list() {
        // A campus lists a handful of domains, so the whole list is one small page.
        return em.createNamedQuery("CampusDomain.all", String.class).getResultList();
    }

    @Override
    @Transactional
    public void add(String domain) {
        String name = normalise(domain);
        if (!EmailAddresses.isDomain(name)) {
            throw new Rejection("domain", "Enter a domain name such as example.edu, without the @.");
        }
        if (em.find(CampusDomain.class, name) == null) {
            em.persist(new CampusDomain(name, Instant.now()));
        }
    }

    @Override
    @Transactional
    public void remove(String domain) {
        CampusDomain stored = em.find(CampusDomain.class, normalise(domain));
        if (stored != null) {
            em.remove(stored);
        }
    }

    @Override
    public boolean admits(String email) {
        String domain = EmailAddresses.domainOf(EmailAddresses.normalise(email));
        return list().stream().anyMatch(listed -> EmailAddresses.isUnder(domain, listed));
    }

    private static String normalise(String domain) {
        String name = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        return name.startsWith("@") ? name.substring(1) : name;
    }
}
