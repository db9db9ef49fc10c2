package app.quad.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/**
 * Jakarta Security's view of Quad accounts: an e-mail address and password become a caller whose
 * name is the account id (never the address, which would end up in logs) and whose groups are
 * the account's roles.
 */
@ApplicationScoped
class AccountIdentityStore implements IdentityStore {

    @Inject
    Credentials credentials;

    @Inject
    SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = credentials.check(login.getCaller(), login.getPasswordAsString());
        attempt.record(result);
        if (result.outcome() != SignInResult.Outcome.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new CallerPrincipal(Long.toString(result.accountId())),
                result.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
