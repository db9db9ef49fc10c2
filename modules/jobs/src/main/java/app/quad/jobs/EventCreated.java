package app.quad.jobs;

/** An event was created. Fired in the creating transaction. @param hostGroupId the hosting group, or null */
public record EventCreated(long eventId, long hostId, Long hostGroupId) {
}
