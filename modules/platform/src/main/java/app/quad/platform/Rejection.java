package app.quad.platform;

/**
 * Thrown by a service when input breaks a rule the user can fix. The message is meant for the
 * person at the form; the field names the input it concerns, so a page can show it there.
 */
public class Rejection extends RuntimeException {

    private final String field;

    public Rejection(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the message concerns, as the service names it (e.g. {@code email}). */
    public String field() {
        return field;
    }
}
