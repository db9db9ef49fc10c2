package app.quad.identity;

/**
 * Who may see a part of a profile. The owner always sees everything; the profile as a whole has
 * a visibility too, and a part is shown only to viewers who may see both.
 */
public enum Visibility {
    /** Anyone, signed in or not. */
    PUBLIC("Anyone, even signed out"),
    /** Signed-in students, graduates and career center staff, and the owner's connections. */
    CAMPUS("People on campus"),
    /** The owner's accepted connections. */
    CONNECTIONS("My connections"),
    /** People of employer organisations the career center has verified. */
    EMPLOYERS("Verified employers"),
    ONLY_ME("Only me");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
