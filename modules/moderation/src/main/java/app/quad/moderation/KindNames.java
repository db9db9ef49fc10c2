package app.quad.moderation;

/** Kinds of reported things in words, for pages and notices: "networking.post" is "post". */
public final class KindNames {

    private KindNames() {
    }

    public static String of(String kind) {
        return switch (kind) {
            case "identity.member" -> "profile";
            case "identity.organisation" -> "organisation";
            case "jobs.posting" -> "job posting";
            default -> kind.substring(kind.indexOf('.') + 1).replace('-', ' ');
        };
    }
}
