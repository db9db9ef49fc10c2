package app.quad.groups.internal;

import app.quad.platform.testing.MigrationConventions;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void migrationsFollowTheConventions() {
        MigrationConventions.check("groups");
    }
}
