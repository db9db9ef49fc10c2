package app.quad.moderation.internal;

import app.quad.identity.OrganisationSummary;
import app.quad.identity.Organisations;
import app.quad.moderation.OrganisationChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
class OrganisationSignals implements OrganisationChecks {

    @Inject
    Organisations organisations;

    @Override
    public List<String> signals(OrganisationSummary organisation) {
        List<String> signals = new ArrayList<>(textSignals(organisation.website(), organisation.emailDomain()));
        organisations.similarNames(organisation.id()).forEach(other -> signals.add("a similar name exists: " + other.name()
                + " (" + other.status().name().toLowerCase(Locale.ROOT) + ")"));
        return signals;
    }

    /** The checks that need nothing but the two addresses. */
    static List<String> textSignals(String website, String emailDomain) {
        List<String> signals = new ArrayList<>();
        String domain = emailDomain == null ? "" : emailDomain.strip().toLowerCase(Locale.ROOT);
        if (ScreeningPolicy.FREE_MAIL.contains(domain)) {
            signals.add("its e-mail domain is free mail (" + domain + ")");
        }
        String host = host(website);
        if (host == null) {
            signals.add("its website is not a valid address");
        } else if (!domain.isEmpty() && !ScreeningPolicy.sameSite(host, domain) && !ScreeningPolicy.sameSite(domain, host)) {
            signals.add("its website (" + host + ") is not at its e-mail domain (" + domain + ")");
        }
        return signals;
    }

    private static String host(String website) {
        try {
            String host = URI.create(website == null ? "" : website.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
