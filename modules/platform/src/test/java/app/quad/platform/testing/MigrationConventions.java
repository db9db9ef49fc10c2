package app.quad.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks one module's Flyway migrations against the conventions that keep module schemas apart:
 * <ul>
 *   <li>file names are {@code V<n>__<lower_snake_description>.sql};</li>
 *   <li>versions run 1, 2, 3, ... with no gap and no version used twice;</li>
 *   <li>every {@code CREATE TABLE} creates a {@code <module>_} table with {@code ENGINE = InnoDB}
 *       and a {@code utf8mb4} character set;</li>
 *   <li>no statement creates, alters, drops, references (foreign keys) or otherwise names a table
 *       with another module's prefix: modules share a database, not tables;</li>
 *   <li>no {@code DROP DATABASE} or {@code DROP SCHEMA}.</li>
 * </ul>
 * The SQL is read with regular expressions, not parsed: enough for the plain DDL migrations are
 * written in. Statements are split at semicolons, so a semicolon inside a string literal would
 * confuse it; migrations here have none.
 */
public final class MigrationConventions {

    /** The modules that own tables; a table prefixed with one of these names belongs to that module. */
    public static final List<String> MODULES = List.of("platform", "identity", "networking", "groups", "jobs", "moderation");

    private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?:--|#)[^\\n]*");

    /** A table name, optionally quoted and schema-qualified. */
    private static final String NAME = "`?\\w+`?(?:\\.`?\\w+`?)?";
    private static final String NAMES = NAME + "(?:\\s*,\\s*" + NAME + ")*";

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^CREATE\\s+(?:TEMPORARY\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + NAME + ")", Pattern.CASE_INSENSITIVE);

    /**
     * Places where SQL names a table: after TABLE (create, alter, drop, truncate, rename), REFERENCES,
     * INTO, FROM, JOIN, a leading UPDATE, CREATE INDEX ... ON, and the new name after RENAME ... TO.
     */
    private static final Pattern TABLE_MENTION = Pattern.compile(
            "(?:\\bTABLE(?:\\s+IF(?:\\s+NOT)?\\s+EXISTS)?|\\bREFERENCES|\\bINTO|\\bFROM|\\bJOIN|^UPDATE|\\bINDEX\\s+" + NAME
                    + "\\s+ON|\\bTO)\\s+(" + NAMES + ")",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern INNODB = Pattern.compile("\\bENGINE\\s*=?\\s*InnoDB\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UTF8MB4 = Pattern.compile(
            "\\b(?:CHARSET|CHARACTER\\s+SET)\\s*=?\\s*utf8mb4\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_DATABASE = Pattern.compile("\\bDROP\\s+(?:DATABASE|SCHEMA)\\b", Pattern.CASE_INSENSITIVE);

    private MigrationConventions() {
    }

    /**
     * Checks the module's migrations as found on the test classpath at {@code db/migration/<module>},
     * which in a module's own build is its {@code target/classes}.
     *
     * @throws AssertionError listing every broken convention
     */
    public static void check(String module) {
        check(module, migrationFolder(module));
    }

    /** @throws AssertionError listing every broken convention in the folder */
    public static void check(String module, Path folder) {
        List<String> violations = violations(module, folder);
        if (!violations.isEmpty()) {
            throw new AssertionError("Migrations of module " + module + " in " + folder + " break conventions:\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** Every broken convention in the folder, one line each; empty when all is well. */
    public static List<String> violations(String module, Path folder) {
        if (!MODULES.contains(module)) {
            throw new IllegalArgumentException("Unknown module " + module + "; known: " + MODULES);
        }
        List<String> violations = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            // A missing folder would otherwise pass every check without looking at anything.
            violations.add("no migration folder " + folder);
            return violations;
        }
        Map<Integer, String> byVersion = new TreeMap<>();
        for (Path file : files(folder)) {
            String name = folder.relativize(file).toString();
            Matcher fileName = FILE_NAME.matcher(name);
            if (!fileName.matches()) {
                violations.add(name + ": name is not V<n>__<lower_snake_description>.sql");
                continue;
            }
            int version = Integer.parseInt(fileName.group(1));
            String earlier = byVersion.putIfAbsent(version, name);
            if (earlier != null) {
                violations.add(name + ": version " + version + " is also used by " + earlier);
            }
            checkStatements(module, name, read(file), violations);
        }
        if (byVersion.isEmpty()) {
            violations.add("no migrations in " + folder);
        }
        int expected = 1;
        for (int version : byVersion.keySet()) {
            if (version != expected) {
                violations.add("versions must run 1, 2, 3, ... without gaps: expected V" + expected + " but found V" + version);
                break;
            }
            expected++;
        }
        return violations;
    }

    private static void checkStatements(String module, String file, String sql, List<String> violations) {
        String withoutComments = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(sql).replaceAll(" ")).replaceAll(" ");
        for (String part : withoutComments.split(";")) {
            String statement = part.strip().replaceAll("\\s+", " ");
            if (statement.isEmpty()) {
                continue;
            }
            String shortStatement = statement.length() > 60 ? statement.substring(0, 60) + "..." : statement;
            if (DROP_DATABASE.matcher(statement).find()) {
                violations.add(file + ": drops a database: " + shortStatement);
            }
            Matcher create = CREATE_TABLE.matcher(statement);
            if (create.find()) {
                String table = tableName(create.group(1));
                if (!table.startsWith(module + "_") || table.length() == module.length() + 1) {
                    violations.add(file + ": table " + table + " is not prefixed " + module + "_");
                }
                // Table options follow the column list; a CHARSET on a single column does not count.
                String options = statement.substring(statement.lastIndexOf(')') + 1);
                if (!INNODB.matcher(options).find()) {
                    violations.add(file + ": table " + table + " does not declare ENGINE = InnoDB");
                }
                if (!UTF8MB4.matcher(options).find()) {
                    violations.add(file + ": table " + table + " does not declare CHARSET = utf8mb4");
                }
            }
            Matcher mention = TABLE_MENTION.matcher(statement);
            while (mention.find()) {
                for (String each : mention.group(1).split(",")) {
                    String table = tableName(each);
                    for (String other : MODULES) {
                        if (!other.equals(module) && table.startsWith(other + "_")) {
                            violations.add(file + ": uses table " + table + " of module " + other + ": " + shortStatement);
                        }
                    }
                }
            }
        }
    }

    /** The bare table name: without quotes or schema, in lower case as prefixes are written. */
    private static String tableName(String name) {
        String bare = name.strip().replace("`", "");
        return bare.substring(bare.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path migrationFolder(String module) {
        String location = "db/migration/" + module;
        URL url = MigrationConventions.class.getClassLoader().getResource(location);
        if (url == null) {
            throw new AssertionError("No " + location + " on the classpath");
        }
        if (!"file".equals(url.getProtocol())) {
            // Run from the module's own build, where its resources are a folder, not a jar.
            throw new AssertionError(location + " is not a folder but " + url);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
