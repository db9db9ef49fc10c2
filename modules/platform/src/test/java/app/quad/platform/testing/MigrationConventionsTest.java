package app.quad.platform.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shows the checker accepts well-formed migrations and catches each kind of mistake. */
class MigrationConventionsTest {

    private static final String GOOD_TABLE = """
            -- A comment may mention CREATE TABLE identity_account; it is not a statement.
            CREATE TABLE groups_group (
                id   BIGINT      NOT NULL AUTO_INCREMENT,
                name VARCHAR(100) NOT NULL,
                PRIMARY KEY (id)
            ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
            """;

    @TempDir
    Path folder;

    @Test
    void wellFormedMigrationsPass() throws IOException {
        write("V1__baseline.sql", "SELECT 1;");
        write("V2__groups.sql", GOOD_TABLE);
        write("V3__membership.sql", """
                CREATE TABLE IF NOT EXISTS `groups_membership` (
                    group_id   BIGINT NOT NULL,
                    account_id BIGINT NOT NULL,
                    PRIMARY KEY (group_id, account_id),
                    CONSTRAINT fk_groups_membership_group FOREIGN KEY (group_id)
                        REFERENCES groups_group (id) ON DELETE CASCADE ON UPDATE CASCADE
                ) ENGINE=InnoDB CHARACTER SET utf8mb4;
                ALTER TABLE groups_group ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
                """);

        assertEquals(List.of(), violations());
        MigrationConventions.check("groups", folder);
    }

    @Test
    void theRealPlatformMigrationsPassWhenFoundOnTheClasspath() {
        MigrationConventions.check("platform");
    }

    @Test
    void aTableWithoutTheModulePrefixFails() throws IOException {
        write("V1__groups.sql", GOOD_TABLE.replace("groups_group", "community"));

        assertReports("table community is not prefixed groups_");
    }

    @Test
    void aTableWithAnotherModulesPrefixFails() throws IOException {
        write("V1__groups.sql", GOOD_TABLE.replace("groups_group", "identity_group"));

        assertReports("table identity_group is not prefixed groups_");
        assertReports("uses table identity_group of module identity");
    }

    @Test
    void aTableWithoutInnoDbFails() throws IOException {
        write("V1__groups.sql", GOOD_TABLE.replace("ENGINE = InnoDB", "ENGINE = MyISAM"));

        assertReports("table groups_group does not declare ENGINE = InnoDB");
    }

    @Test
    void aTableWithoutUtf8mb4Fails() throws IOException {
        write("V1__groups.sql", """
                CREATE TABLE groups_group (
                    name VARCHAR(100) CHARACTER SET utf8mb4 NOT NULL
                ) ENGINE = InnoDB DEFAULT CHARSET = latin1;
                """);

        assertReports("table groups_group does not declare CHARSET = utf8mb4");
    }

    @Test
    void aGapInVersionsFails() throws IOException {
        write("V1__baseline.sql", "SELECT 1;");
        write("V3__groups.sql", GOOD_TABLE);

        assertReports("expected V2 but found V3");
    }

    @Test
    void versionsMustStartAtOne() throws IOException {
        write("V2__groups.sql", GOOD_TABLE);

        assertReports("expected V1 but found V2");
    }

    @Test
    void aVersionUsedTwiceFails() throws IOException {
        write("V1__baseline.sql", "SELECT 1;");
        write("V1__groups.sql", GOOD_TABLE);

        assertReports("version 1 is also used by");
    }

    @Test
    void badFileNamesFail() throws IOException {
        write("V1__Baseline.sql", "SELECT 1;");
        write("V2_groups.sql", GOOD_TABLE);
        write("V03__more.sql", "SELECT 1;");
        write("notes.txt", "not a migration");

        List<String> violations = violations();
        for (String name : List.of("V1__Baseline.sql", "V2_groups.sql", "V03__more.sql", "notes.txt")) {
            assertTrue(violations.contains(name + ": name is not V<n>__<lower_snake_description>.sql"), violations::toString);
        }
    }

    @Test
    void aForeignKeyToAnotherModulesTableFails() throws IOException {
        write("V1__groups.sql", """
                CREATE TABLE groups_owner (
                    account_id BIGINT NOT NULL,
                    PRIMARY KEY (account_id),
                    CONSTRAINT fk_groups_owner_account FOREIGN KEY (account_id) REFERENCES identity_account (id)
                ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
                """);

        assertReports("uses table identity_account of module identity");
    }

    @Test
    void touchingAnotherModulesTableFails() throws IOException {
        write("V1__alter.sql", "ALTER TABLE jobs_posting ADD COLUMN group_id BIGINT;");
        write("V2__drop.sql", "DROP TABLE IF EXISTS groups_old, moderation_report;");
        write("V3__backfill.sql", "INSERT INTO groups_member (account_id) SELECT id FROM quad.identity_account;");

        List<String> violations = violations();
        for (String table : List.of("jobs_posting", "moderation_report", "identity_account")) {
            assertTrue(violations.stream().anyMatch(v -> v.contains("uses table " + table + " ")), violations::toString);
        }
    }

    @Test
    void droppingTheDatabaseFails() throws IOException {
        write("V1__oops.sql", "DROP DATABASE quad;");

        assertReports("drops a database");
    }

    @Test
    void aMissingOrEmptyFolderFails() throws IOException {
        assertReports("no migrations in");
        assertEquals(List.of("no migration folder " + folder.resolve("absent")),
                MigrationConventions.violations("groups", folder.resolve("absent")));
    }

    @Test
    void checkThrowsWithEveryViolation() throws IOException {
        write("V2__groups.sql", GOOD_TABLE.replace("groups_group", "community"));

        AssertionError error = assertThrows(AssertionError.class, () -> MigrationConventions.check("groups", folder));
        assertTrue(error.getMessage().contains("expected V1 but found V2"), error.getMessage());
        assertTrue(error.getMessage().contains("table community is not prefixed groups_"), error.getMessage());
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(folder.resolve(name), sql);
    }

    private List<String> violations() {
        return MigrationConventions.violations("groups", folder);
    }

    private void assertReports(String expected) {
        List<String> violations = violations();
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                () -> "expected a violation containing '" + expected + "' but got " + violations);
    }
}
