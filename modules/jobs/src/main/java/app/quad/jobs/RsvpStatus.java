package app.quad.jobs;

/** Where an RSVP stands. A cancelled RSVP is deleted, so its code no longer admits anyone. */
public enum RsvpStatus {
    /** Has a seat. */
    CONFIRMED,
    /** Waits for a seat; promoted in the order people RSVP'd when a confirmed person cancels. */
    WAITLISTED
}
