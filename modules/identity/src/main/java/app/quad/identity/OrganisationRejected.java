package app.quad.identity;

/** Staff turned the organisation down; its people stay unable to post. */
public record OrganisationRejected(long organisationId) {
}
