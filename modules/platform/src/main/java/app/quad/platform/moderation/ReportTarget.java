package app.quad.platform.moderation;

import java.util.Objects;

/**
 * One reportable thing: its kind, named by the owning module as {@code module.thing} (for example
 * {@code networking.post}, {@code identity.member}, {@code jobs.posting}), and its id there.
 */
public record ReportTarget(String kind, long id) {

    public ReportTarget {
        Objects.requireNonNull(kind, "kind");
        if (!kind.matches("[a-z]+\\.[a-z-]+")) {
            throw new IllegalArgumentException("a report target kind is module.thing: " + kind);
        }
    }
}
