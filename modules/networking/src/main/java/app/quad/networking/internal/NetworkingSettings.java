package app.quad.networking.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Networking's configuration; see config/quad.properties. */
@ApplicationScoped
class NetworkingSettings {

    @Inject
    @ConfigProperty(name = "quad.networking.weekly-requests", defaultValue = "20")
    int weeklyRequests;

    @Inject
    @ConfigProperty(name = "quad.networking.weekly-requests.staff", defaultValue = "100")
    int weeklyRequestsForStaff;

    @Inject
    @ConfigProperty(name = "quad.networking.messages-per-minute", defaultValue = "20")
    int messagesPerMinute;

    @Inject
    @ConfigProperty(name = "quad.networking.messages-per-hour", defaultValue = "200")
    int messagesPerHour;

    @Inject
    @ConfigProperty(name = "quad.networking.employer-messages-per-term", defaultValue = "200")
    int employerMessagesPerTerm;

    @Inject
    @ConfigProperty(name = "quad.networking.terms", defaultValue = "01-01,06-01,09-01")
    String terms;

    private Terms parsedTerms;

    @Inject
    @ConfigProperty(name = "quad.networking.open-coffee-proposals", defaultValue = "5")
    int openCoffeeProposals;

    @Inject
    @ConfigProperty(name = "quad.campus-zone", defaultValue = "UTC")
    String campusZone;

    @Inject
    @ConfigProperty(name = "quad.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "quad.mail.from", defaultValue = "Quad <no-reply@quad.invalid>")
    String mailFrom;

    int weeklyRequests(boolean staff) {
        return staff ? weeklyRequestsForStaff : weeklyRequests;
    }

    List<SendingRate.Limit> sendingLimits() {
        return List.of(new SendingRate.Limit(messagesPerMinute, Duration.ofMinutes(1)),
                new SendingRate.Limit(messagesPerHour, Duration.ofHours(1)));
    }

    int employerMessagesPerTerm() {
        return employerMessagesPerTerm;
    }

    Terms terms() {
        if (parsedTerms == null) {
            parsedTerms = Terms.parse(terms);
        }
        return parsedTerms;
    }

    /** Coffee chat proposals one member may have waiting for an answer at once, against spam. */
    int openCoffeeProposals() {
        return openCoffeeProposals;
    }

    ZoneId campusZone() {
        return ZoneId.of(campusZone.strip());
    }

    /** A link to a page, for mail. */
    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }

    /** The bare address of quad.mail.from, the organizer of calendar invitations. */
    String senderAddress() {
        try {
            return new InternetAddress(mailFrom).getAddress();
        } catch (AddressException e) {
            return "no-reply@quad.invalid";
        }
    }
}
