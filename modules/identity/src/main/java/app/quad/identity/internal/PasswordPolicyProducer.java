package app.quad.identity.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Reads the shipped common-password list once. */
@Dependent
class PasswordPolicyProducer {

    @Produces
    @Singleton
    PasswordPolicy policy() {
        return PasswordPolicy.withShippedList();
    }
}
