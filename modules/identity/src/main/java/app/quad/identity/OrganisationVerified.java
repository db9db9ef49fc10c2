package app.quad.identity;

/** Staff verified the organisation; its people may now post and message. */
public record OrganisationVerified(long organisationId) {
}
