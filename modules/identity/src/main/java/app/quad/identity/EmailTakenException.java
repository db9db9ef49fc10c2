package app.quad.identity;

/** Thrown when an account is opened for an e-mail address that already has one. */
public class EmailTakenException extends RuntimeException {

    public EmailTakenException(String email) {
        super("An account with the e-mail address " + email + " already exists");
    }
}
