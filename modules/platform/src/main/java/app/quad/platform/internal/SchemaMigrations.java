package app.quad.platform.internal;

import app.quad.platform.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Brings every module's tables up to date before the application serves a request. Each module
 * has its own migration folder and history table, so modules evolve their schemas independently.
 */
@DataSourceDefinition(
        name = SchemaMigrations.DATA_SOURCE,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=quad.db.url}",
        user = "${MPCONFIG=quad.db.user}",
        password = "${MPCONFIG=quad.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/quad";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
    private static final Pattern MODULE_NAME = Pattern.compile("[a-z]+");

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @Any
    Instance<ModuleSchema> schemas;

    @PostConstruct
    void migrate() {
        List<String> modules = schemas.stream().map(ModuleSchema::module).sorted(Comparator.naturalOrder()).toList();
        for (String module : modules) {
            if (!MODULE_NAME.matcher(module).matches()) {
                throw new IllegalStateException("Module name must be lower-case letters: " + module);
            }
            int applied = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + module)
                    .table("flyway_history_" + module)
                    // The schema is shared by all modules, so it is never empty for the second one.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate()
                    .migrationsExecuted;
            LOG.info(() -> "Schema of module " + module + ": " + applied + " migration(s) applied");
        }
    }
}
