package app.quad.identity.internal;

import jakarta.security.enterprise.SecurityContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.Principal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityCurrentUserTest {

    /** Start-up work (the demo data) reaches observers that ask who acts; Payara's context then refuses. */
    @Test
    void outsideARequestNobodyIsSignedIn() {
        SecurityCurrentUser user = with(() -> {
            throw new IllegalStateException("Operation not allowed");
        });
        assertFalse(user.signedIn());
        assertThrows(IllegalStateException.class, user::id);
    }

    @Test
    void theCallerIsTheAccountId() {
        SecurityCurrentUser user = with(() -> () -> "42");
        assertTrue(user.signedIn());
        assertEquals(42, user.id());
    }

    private static SecurityCurrentUser with(java.util.function.Supplier<Principal> caller) {
        SecurityCurrentUser user = new SecurityCurrentUser();
        user.security = (SecurityContext) Proxy.newProxyInstance(SecurityContext.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return caller.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return user;
    }
}
