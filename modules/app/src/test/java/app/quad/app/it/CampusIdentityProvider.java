package app.quad.app.it;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/**
 * The campus identity provider of the integration tests: a real OpenID Connect provider
 * (mock-oauth2-server) on loopback, with discovery, signed tokens and keys. It shows no login page:
 * whoever asks to sign in next is the person a test announced with {@link #nextSignIn}.
 */
final class CampusIdentityProvider implements AutoCloseable {

    /** The issuer is http://127.0.0.1:port/campus, as arquillian.xml configures Quad with. */
    static final String ISSUER_ID = "campus";
    static final String CLIENT_ID = "quad";

    private final MockOAuth2Server server;

    private CampusIdentityProvider(MockOAuth2Server server) {
        this.server = server;
    }

    static CampusIdentityProvider start(int port) {
        MockOAuth2Server server = new MockOAuth2Server();
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return new CampusIdentityProvider(server);
    }

    /** The next person to sign in: their subject and the claims of their ID token. */
    void nextSignIn(String subject, Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
