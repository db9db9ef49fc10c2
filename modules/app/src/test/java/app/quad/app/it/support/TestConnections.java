package app.quad.app.it.support;

import app.quad.identity.ConnectionDirectory;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connections for tests, until the networking module provides them: pairs a test declares are
 * connected, in both directions.
 */
@ApplicationScoped
public class TestConnections implements ConnectionDirectory {

    private final Set<String> pairs = ConcurrentHashMap.newKeySet();

    public void connect(long a, long b) {
        pairs.add(Math.min(a, b) + ":" + Math.max(a, b));
    }

    @Override
    public boolean connected(long accountId, long otherAccountId) {
        return pairs.contains(Math.min(accountId, otherAccountId) + ":" + Math.max(accountId, otherAccountId));
    }
}
