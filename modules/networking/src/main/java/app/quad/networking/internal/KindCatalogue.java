package app.quad.networking.internal;

import app.quad.platform.NotificationKind;
import app.quad.platform.NotificationKinds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every kind of notice the modules in the WAR declare, found once. */
@ApplicationScoped
class KindCatalogue {

    @Inject
    @Any
    Instance<NotificationKinds> modules;

    private volatile Map<String, NotificationKind> byKey;

    List<NotificationKind> all() {
        return List.copyOf(kinds().values());
    }

    Optional<NotificationKind> find(String key) {
        return Optional.ofNullable(kinds().get(key));
    }

    private Map<String, NotificationKind> kinds() {
        Map<String, NotificationKind> known = byKey;
        if (known == null) {
            known = index(modules.stream().flatMap(module -> module.kinds().stream()).toList());
            byKey = known;
        }
        return known;
    }

    /** By key, sorted so the settings page groups each area's kinds; a key declared twice is a mistake. */
    static Map<String, NotificationKind> index(List<NotificationKind> kinds) {
        List<NotificationKind> sorted = new ArrayList<>(kinds);
        sorted.sort(Comparator.comparing(NotificationKind::key));
        Map<String, NotificationKind> byKey = new LinkedHashMap<>();
        for (NotificationKind kind : sorted) {
            if (byKey.putIfAbsent(kind.key(), kind) != null) {
                throw new IllegalStateException("The notification kind " + kind.key() + " is declared twice");
            }
        }
        return Collections.unmodifiableMap(byKey);
    }
}
