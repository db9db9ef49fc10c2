package app.quad.identity;

/**
 * What a person from a hiring organisation gives to join Quad. The organisation's e-mail domain
 * is the domain of the person's address.
 */
public record EmployerSignUpRequest(String organisationName, String website, String email, String displayName,
                                    String password) {

    @Override
    public String toString() {
        return "EmployerSignUpRequest[organisationName=" + organisationName + ", website=" + website
                + ", email=" + email + ", displayName=" + displayName + "]";
    }
}
