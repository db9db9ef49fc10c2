package app.quad.networking.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Networking's configuration; see config/quad.properties. */
@ApplicationScoped
class NetworkingSettings {

    @Inject
    @ConfigProperty(name = "quad.networking.weekly-requests", defaultValue = "20")
    int weeklyRequests;

    @Inject
    @ConfigProperty(name = "quad.networking.weekly-requests.staff", defaultValue = "100")
    int weeklyRequestsForStaff;

    int weeklyRequests(boolean staff) {
        return staff ? weeklyRequestsForStaff : weeklyRequests;
    }
}
