package app.quad.identity;

/** An organisation registered with its first person; it waits for staff to verify it. */
public record OrganisationRegistered(long organisationId, long accountId) {
}
