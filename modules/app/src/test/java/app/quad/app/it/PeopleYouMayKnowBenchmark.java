package app.quad.app.it;

import app.quad.networking.Suggestions;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;

/**
 * How long people-you-may-know takes for one member on a campus-sized graph: 20,000 members and
 * 400,000 connections, in 160 program cohorts of 125, with 20 hubs (staff-like members with about
 * 2,000 connections each). Not part of the suite (its name does not end in IT); run it with
 * <pre>mvn -o verify -pl modules/app -Dit.test=PeopleYouMayKnowBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * It prints p50/p95/p99 of {@link Suggestions#forMember} over 500 random members after 100
 * warm-up calls, measured inside the server against the real database. The graph is generated
 * first (seeded, so always the same graph); the test database is fresh for every run.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleYouMayKnowBenchmark {

    private static final long BASE = 900_000_000L;
    private static final int MEMBERS = 20_000;
    private static final int CONNECTIONS = 400_000;
    private static final int COHORT = 125;
    private static final int HUBS = 20;
    private static final int HUB_DEGREE = 2_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Suggestions suggestions;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Test
    void suggestionsForOneMember() throws SQLException {
        long started = System.nanoTime();
        boolean generated = generateOnce();
        if (generated) {
            System.out.printf("PeopleYouMayKnowBenchmark: generated %,d members and %,d connections in %d s%n",
                    MEMBERS, CONNECTIONS, (System.nanoTime() - started) / 1_000_000_000L);
        }
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            suggestions.forMember(BASE + random.nextInt(MEMBERS), 10);
        }
        long[] took = new long[500];
        int found = 0;
        for (int i = 0; i < took.length; i++) {
            long member = BASE + random.nextInt(MEMBERS);
            long start = System.nanoTime();
            found += suggestions.forMember(member, 10).size();
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        System.out.printf("PeopleYouMayKnowBenchmark: %,d members, %,d connections; forMember(10) over %d members:"
                        + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f suggestions each%n",
                MEMBERS, CONNECTIONS, took.length, ms(took, 0.50), ms(took, 0.95), ms(took, 0.99),
                took[took.length - 1] / 1e6, found / (double) took.length);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private boolean generateOnce() throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet present = statement.executeQuery("SELECT COUNT(*) FROM networking_member WHERE account_id >= " + BASE)) {
                present.next();
                if (present.getLong(1) == MEMBERS) {
                    return false;
                }
            }
            connection.setAutoCommit(false);
            List<String> accounts = new ArrayList<>();
            List<String> roles = new ArrayList<>();
            List<String> profiles = new ArrayList<>();
            List<String> education = new ArrayList<>();
            for (int n = 0; n < MEMBERS; n++) {
                long id = BASE + n;
                int cohort = n / COHORT;
                accounts.add("(" + id + ", 'bench-" + n + "@bench.example.edu', 'Bench Member " + n
                        + "', 'none', 'ACTIVE', NOW(6), NOW(6))");
                roles.add("(" + id + ", 'STUDENT')");
                profiles.add("(" + id + ", NOW(6))");
                education.add("(" + id + ", 'Bench State University', 'BSc', 'Major " + (cohort % 40) + "', 2024, "
                        + (2026 + cohort / 40) + ", 0)");
            }
            insert(statement, "INSERT INTO identity_account (id, email, display_name, password_hash, status, verified_at, created_at) VALUES ", accounts);
            insert(statement, "INSERT INTO identity_account_role (account_id, role) VALUES ", roles);
            insert(statement, "INSERT INTO identity_profile (account_id, updated_at) VALUES ", profiles);
            insert(statement, "INSERT INTO identity_education (account_id, school, degree, major, start_year, end_year, position) VALUES ", education);

            int[] degree = new int[MEMBERS];
            Set<Long> pairs = new HashSet<>();
            Random random = new Random(42);
            for (int hub = 0; hub < HUBS; hub++) {
                while (degree[hub * 1000] < HUB_DEGREE) {
                    pair(pairs, degree, hub * 1000, random.nextInt(MEMBERS));
                }
            }
            while (pairs.size() < CONNECTIONS) {
                int a = random.nextInt(MEMBERS);
                // Most people know people of their own program and year; some know anyone on campus.
                int b = random.nextDouble() < 0.6 ? (a / COHORT) * COHORT + random.nextInt(COHORT) : random.nextInt(MEMBERS);
                pair(pairs, degree, a, b);
            }
            List<String> members = new ArrayList<>();
            for (int n = 0; n < MEMBERS; n++) {
                members.add("(" + (BASE + n) + ", NOW(6), " + degree[n] + ")");
            }
            insert(statement, "INSERT INTO networking_member (account_id, created_at, degree) VALUES ", members);
            List<String> connections = new ArrayList<>();
            List<String> edges = new ArrayList<>();
            long connectionId = BASE;
            for (long pair : pairs) {
                long low = BASE + (pair >>> 32);
                long high = BASE + (pair & 0xFFFFFFFFL);
                connectionId++;
                connections.add("(" + connectionId + ", " + low + ", " + high + ", NOW(6))");
                edges.add("(" + low + ", " + high + ", " + connectionId + ", NOW(6))");
                edges.add("(" + high + ", " + low + ", " + connectionId + ", NOW(6))");
                if (edges.size() >= 50_000) {
                    flushGraph(statement, connections, edges);
                }
            }
            flushGraph(statement, connections, edges);
            connection.commit();
            return true;
        }
    }

    private static void pair(Set<Long> pairs, int[] degree, int a, int b) {
        if (a == b) {
            return;
        }
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        if (pairs.add(key)) {
            degree[a]++;
            degree[b]++;
        }
    }

    private static void flushGraph(Statement statement, List<String> connections, List<String> edges) throws SQLException {
        insert(statement, "INSERT INTO networking_connection (id, low_id, high_id, created_at) VALUES ", connections);
        insert(statement, "INSERT INTO networking_edge (account_id, other_id, connection_id, created_at) VALUES ", edges);
        connections.clear();
        edges.clear();
    }

    private static void insert(Statement statement, String head, List<String> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += 2_000) {
            StringJoiner values = new StringJoiner(", ", head, "");
            rows.subList(from, Math.min(rows.size(), from + 2_000)).forEach(values::add);
            statement.executeUpdate(values.toString());
        }
    }
}
