package app.quad.platform;

/** Sends mail through the outbox: recorded in the caller's transaction, delivered after commit. */
public interface Mailer {

    void send(Mail mail);
}
