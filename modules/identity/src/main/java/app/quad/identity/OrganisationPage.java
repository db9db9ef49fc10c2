package app.quad.identity;

/** What an organisation's page shows. {@code aboutHtml} is sanitised rich text, or null. */
public record OrganisationPage(long id, String name, String website, String aboutHtml, Long logoUploadId,
                               OrganisationStatus status) {

    public boolean verified() {
        return status == OrganisationStatus.VERIFIED;
    }
}
