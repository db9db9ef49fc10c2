package app.quad.networking.internal;

import app.quad.identity.EducationEntry;
import app.quad.identity.ProfileView;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.identity.Accounts;
import app.quad.networking.CommonGround;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Schools both studied at, as far as the viewer may see the other's education. */
@ApplicationScoped
class SharedSchools implements CommonGround {

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Override
    public List<String> between(long viewerId, long otherId) {
        // Reading a student's profile on an employer's behalf would log a disclosure the employer never made.
        if (accounts.find(viewerId).map(viewer -> viewer.holds(Role.EMPLOYER)).orElse(true)) {
            return List.of();
        }
        ProfileView other = profiles.view(otherId, viewerId).orElse(null);
        ProfileView own = profiles.view(viewerId, viewerId).orElse(null);
        if (other == null || own == null) {
            return List.of();
        }
        Set<String> mine = own.education().stream().map(entry -> key(entry.school())).collect(Collectors.toSet());
        Set<String> shared = new TreeSet<>();
        for (EducationEntry entry : other.education()) {
            if (mine.contains(key(entry.school()))) {
                shared.add(entry.school());
            }
        }
        return shared.stream().map(school -> "Both studied at " + school).toList();
    }

    private static String key(String school) {
        return school.strip().toLowerCase(Locale.ROOT);
    }
}
