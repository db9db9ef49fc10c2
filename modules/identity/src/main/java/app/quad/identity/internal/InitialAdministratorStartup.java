package app.quad.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Runs {@link InitialAdministrator} once the schema is in place. */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class InitialAdministratorStartup {

    @Inject
    @ConfigProperty(name = "quad.initial-admin-email")
    Optional<String> email;

    @Inject
    InitialAdministrator initialAdministrator;

    @PostConstruct
    void ensure() {
        email.ifPresent(initialAdministrator::ensure);
    }
}
