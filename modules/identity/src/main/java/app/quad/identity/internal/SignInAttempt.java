package app.quad.identity.internal;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Carries the result of this request's sign-in from the identity store, which can only answer
 * valid or invalid, to the page, which must say why.
 */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    Optional<SignInResult> result() {
        return Optional.ofNullable(result);
    }
}
