package app.quad.networking;

/** Who sees a post: every signed-in member, or the author's connections. */
public enum PostAudience {
    CAMPUS("Everyone on Quad"),
    CONNECTIONS("Your connections");

    private final String label;

    PostAudience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
