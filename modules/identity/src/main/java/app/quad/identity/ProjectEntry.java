package app.quad.identity;

/** Something the person made, with an optional link to it. */
public record ProjectEntry(long id, String title, String url, String description) {

    public static ProjectEntry input(String title, String url, String description) {
        return new ProjectEntry(0, title, url, description);
    }
}
