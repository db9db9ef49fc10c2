package app.quad.platform;

/**
 * Who may open a view. The path is a view path such as {@code /identity/access/signin.xhtml}, or a
 * folder ending in {@code /*} that covers every view below it.
 */
public record PageRule(String path, Audience audience) {

    public PageRule {
        if (!path.startsWith("/") || !(path.endsWith(".xhtml") || path.endsWith("/*"))) {
            throw new IllegalArgumentException("a view path or a folder ending in /*: " + path);
        }
    }

    public static PageRule page(String path, Audience audience) {
        return new PageRule(path, audience);
    }
}
