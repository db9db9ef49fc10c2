package app.quad.networking;

/** What can be followed: a person (by account id) or an organisation (by organisation id). */
public record FollowTarget(Kind kind, long id) {

    public enum Kind { ACCOUNT, ORGANISATION }

    public static FollowTarget account(long accountId) {
        return new FollowTarget(Kind.ACCOUNT, accountId);
    }

    public static FollowTarget organisation(long organisationId) {
        return new FollowTarget(Kind.ORGANISATION, organisationId);
    }
}
