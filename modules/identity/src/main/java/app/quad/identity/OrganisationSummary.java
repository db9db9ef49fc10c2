package app.quad.identity;

/** What other modules may know about an employer organisation. */
public record OrganisationSummary(long id, String name, String website, String emailDomain, OrganisationStatus status) {

    public boolean verified() {
        return status == OrganisationStatus.VERIFIED;
    }
}
