package app.quad.identity;

/**
 * Whether two people are connected, as the networking module knows it. Identity defines this port
 * so that it can apply the CONNECTIONS visibility without depending on networking; without an
 * implementation in the WAR nobody counts as connected.
 */
public interface ConnectionDirectory {

    boolean connected(long accountId, long otherAccountId);
}
