package app.quad.identity;

/**
 * What a student or graduate gives to join Quad. The password is hashed and never stored or logged
 * as given.
 *
 * @param role {@link Role#STUDENT} (campus e-mail required) or {@link Role#ALUMNI}
 */
public record SignUpRequest(String email, String displayName, String password, Role role) {

    @Override
    public String toString() {
        return "SignUpRequest[email=" + email + ", displayName=" + displayName + ", role=" + role + "]";
    }
}
