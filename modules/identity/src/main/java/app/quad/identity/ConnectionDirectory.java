package app.quad.identity;

/**
 * How two people stand to each other, as the networking module knows it. Identity defines this
 * port so that it can apply the CONNECTIONS visibility and hide profiles between people who
 * blocked each other, without depending on networking; without an implementation in the WAR
 * nobody counts as connected and nobody as blocked.
 */
public interface ConnectionDirectory {

    boolean connected(long accountId, long otherAccountId);

    /** Either of the two has blocked the other; neither may then see the other's profile. */
    boolean blocked(long accountId, long otherAccountId);
}
