package app.quad.identity.web.access;

/**
 * Where to send someone after signing in. Only a path inside Quad is accepted, so a crafted link
 * cannot bounce a freshly signed-in person to another site.
 */
final class ReturnPath {

    static final String HOME = "/";

    private ReturnPath() {
    }

    static String orHome(String next) {
        if (next == null || next.isBlank() || next.length() > 2000) {
            return HOME;
        }
        boolean local = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20 || c == '\\');
        return local ? next : HOME;
    }
}
