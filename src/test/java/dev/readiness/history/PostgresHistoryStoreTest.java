package dev.readiness.history;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;

/**
 * The history contract against a real PostgreSQL server: {@code READINESS_TEST_POSTGRES} (a postgresql:// URL of a
 * database the test may create schemas in; .ci/run installs Debian's PostgreSQL and starts it on loopback with
 * postgresql://readiness:readiness@127.0.0.1:5432/readiness). Skips with a message when no server answers.
 */
class PostgresHistoryStoreTest extends HistoryStoreContract {
  static final String DEFAULT = "postgresql://readiness:readiness@127.0.0.1:5432/readiness";
  private static String base;
  private int n;

  @BeforeAll
  static void server() {
    base = System.getenv().getOrDefault("READINESS_TEST_POSTGRES", DEFAULT);
    HistoryLocation loc = HistoryLocation.parse(base);
    String reason = null;
    try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.properties())) {
      c.isValid(5);
    } catch (SQLException e) {
      reason = e.getMessage();
    }
    if (reason != null) {
      System.out.println("PostgresHistoryStoreTest skipped: no PostgreSQL at " + loc.display() + " (" + reason
          + "); .ci/run starts one, or set READINESS_TEST_POSTGRES");
    }
    assumeTrue(reason == null, "no PostgreSQL at " + loc.display());
  }

  /** A fresh schema per test, as the search path of the connection (Flyway creates its tables there). */
  @Override
  HistoryLocation freshLocation() throws Exception {
    String schema = "readiness_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000 + "_" + (n++);
    HistoryLocation loc = HistoryLocation.parse(base);
    try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.properties());
         Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    String sep = loc.jdbcUrl().contains("?") ? "&" : "?";
    Properties p = new Properties();
    p.putAll(loc.properties());
    return new HistoryLocation(loc.jdbcUrl() + sep + "currentSchema=" + schema, p, loc.display() + "#" + schema, true);
  }
}
