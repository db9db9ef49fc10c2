package app.quad.platform.moderation;

import java.util.Map;
import java.util.Objects;

/**
 * Text a member is about to publish, for screening.
 *
 * @param kind       the kind of thing it will become, as in {@link ReportTarget}
 * @param authorId   who writes it
 * @param text       all of its user-written text, plain or HTML
 * @param attributes facts some rules need, such as {@code payMax} and {@code jobType} for postings or
 *                   {@code recipientId} for messages; keys are documented by the module that sends them
 */
public record Submission(String kind, long authorId, String text, Map<String, String> attributes) {

    public Submission {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    public Submission(String kind, long authorId, String text) {
        this(kind, authorId, text, Map.of());
    }
}
