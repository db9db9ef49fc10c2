package app.quad.platform;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of notice a module sends, as people see it on their notification settings.
 *
 * @param key             stable and unique across modules, prefixed by the area, e.g. {@code connection.requested};
 *                        people's choices are stored under it
 * @param label           what the settings page calls it, e.g. "Someone asks to connect with you"
 * @param defaultDelivery what applies until the person chooses; lean towards digests, as mail fatigue is why people leave
 */
public record NotificationKind(String key, String label, Delivery defaultDelivery) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+");

    public NotificationKind {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaultDelivery, "defaultDelivery");
        if (key.length() > 100 || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a kind is lower-case words joined by dots, e.g. connection.requested: " + key);
        }
    }
}
