package app.quad.platform;

import jakarta.json.bind.annotation.JsonbCreator;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text mail to one recipient, optionally with text attachments such as a calendar
 * invitation. Mail is queued as JSON, so everything in it must survive a JSON round trip.
 */
public record Mail(String to, String subject, String text, List<Attachment> attachments) {

    /** The constructor JSON-B reads queued mail with; it refuses to guess between two. */
    @JsonbCreator
    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        // Mail queued before attachments existed has none in its JSON.
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Mail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }

    /**
     * A text attachment, e.g. {@code invite.ics} as {@code text/calendar; method=REQUEST; charset=UTF-8}.
     * Text only: it is stored in the outbox as JSON, and binary files have no business in mail Quad sends.
     */
    public record Attachment(String fileName, String contentType, String content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
