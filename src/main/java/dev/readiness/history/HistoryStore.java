package dev.readiness.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The scan history in a relational database: SQLite (a file) or PostgreSQL. The schema is created and upgraded
 * by Flyway migrations ({@code db/history/V*.sql} on the class path) when the store is opened.
 */
public final class HistoryStore implements AutoCloseable {
  /** One scan in a repository's trend (checks and findings left out). */
  public record Entry(long id, String repository, String commit, String branch, String scannedAt, String toolVersion,
                      String verdict, Map<String, Double> scores) {}

  /** A repository with scans. */
  public record RepositoryRow(String repository, int scans, String lastScannedAt) {}

  private final Connection db;
  private final HistoryLocation location;

  private HistoryStore(Connection db, HistoryLocation location) {
    this.db = db;
    this.location = location;
  }

  /** Opens (and creates or migrates) the history. */
  public static HistoryStore open(HistoryLocation location) throws HistoryException {
    try {
      Flyway.configure(HistoryStore.class.getClassLoader())
          .dataSource(location.jdbcUrl(), location.properties().getProperty("user"),
              location.properties().getProperty("password"))
          .loggers("slf4j")
          .locations("classpath:db/history")
          .table("readiness_schema_history")
          .placeholders(Map.of("id_column",
              location.postgres() ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"))
          .load()
          .migrate();
      Connection c = DriverManager.getConnection(location.jdbcUrl(), location.properties());
      if (!location.postgres()) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA foreign_keys = ON");
          s.execute("PRAGMA busy_timeout = 10000");
        }
      }
      return new HistoryStore(c, location);
    } catch (FlywayException | SQLException e) {
      throw new HistoryException("cannot open the history " + location.display() + ": " + rootMessage(e), e);
    }
  }

  /** Records one scan (atomically) and returns its ID. */
  public long record(ScanRecord r) throws HistoryException {
    try {
      db.setAutoCommit(false);
      long id;
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO scan (repository, commit_sha, branch, scanned_at,"
          + " tool_version, verdict, overall, infrastructure, automation, security, monitoring, documentation)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, r.repository());
        ps.setString(2, r.commit());
        ps.setString(3, r.branch());
        ps.setString(4, r.scannedAt());
        ps.setString(5, r.toolVersion());
        ps.setString(6, r.verdict());
        int i = 7;
        for (String col : ScanRecord.SCORE_COLUMNS) {
          Double v = r.scores().get(col);
          if (v == null) {
            ps.setNull(i++, Types.DOUBLE);
          } else {
            ps.setDouble(i++, v);
          }
        }
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          if (!keys.next()) {
            throw new SQLException("no generated key for the scan row");
          }
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement ps = db.prepareStatement(
          "INSERT INTO scan_check (scan_id, check_id, severity, status) VALUES (?, ?, ?, ?)")) {
        for (ScanRecord.CheckRow c : r.checks()) {
          ps.setLong(1, id);
          ps.setString(2, c.checkId());
          ps.setString(3, c.severity());
          ps.setString(4, c.status());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = db.prepareStatement(
          "INSERT INTO scan_finding (scan_id, check_id, fingerprint, status) VALUES (?, ?, ?, ?)")) {
        for (ScanRecord.FindingRow f : r.findings()) {
          ps.setLong(1, id);
          ps.setString(2, f.checkId());
          ps.setString(3, f.fingerprint());
          ps.setString(4, f.status());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      db.commit();
      return id;
    } catch (SQLException e) {
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // the original failure is what matters
      }
      throw new HistoryException("cannot record the scan in " + location.display() + ": " + rootMessage(e), e);
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is closed with the store
      }
    }
  }

  /** A repository's scans, oldest first (the last {@code limit} of them). */
  public List<Entry> trend(String repository, int limit) throws HistoryException {
    String sql = "SELECT id, repository, commit_sha, branch, scanned_at, tool_version, verdict, "
        + String.join(", ", ScanRecord.SCORE_COLUMNS)
        + " FROM scan WHERE repository = ? ORDER BY scanned_at DESC, id DESC LIMIT ?";
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, repository);
      ps.setInt(2, limit);
      List<Entry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Map<String, Double> scores = new LinkedHashMap<>();
          for (String col : ScanRecord.SCORE_COLUMNS) {
            double v = rs.getDouble(col);
            if (!rs.wasNull()) {
              scores.put(col, v);
            }
          }
          out.add(0, new Entry(rs.getLong("id"), rs.getString("repository"), rs.getString("commit_sha"),
              rs.getString("branch"), rs.getString("scanned_at"), rs.getString("tool_version"),
              rs.getString("verdict"), scores));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new HistoryException("cannot read " + location.display() + ": " + rootMessage(e), e);
    }
  }

  /** The fingerprints of one scan's failing and partial findings. */
  public Set<String> fingerprints(long scanId) throws HistoryException {
    try (PreparedStatement ps = db.prepareStatement("SELECT fingerprint FROM scan_finding WHERE scan_id = ?")) {
      ps.setLong(1, scanId);
      Set<String> out = new HashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new HistoryException("cannot read " + location.display() + ": " + rootMessage(e), e);
    }
  }

  /** Every repository with scans, by name. */
  public List<RepositoryRow> repositories() throws HistoryException {
    try (Statement s = db.createStatement();
         ResultSet rs = s.executeQuery("SELECT repository, COUNT(*) AS n, MAX(scanned_at) AS last FROM scan"
             + " GROUP BY repository ORDER BY repository")) {
      List<RepositoryRow> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new RepositoryRow(rs.getString("repository"), rs.getInt("n"), rs.getString("last")));
      }
      return out;
    } catch (SQLException e) {
      throw new HistoryException("cannot read " + location.display() + ": " + rootMessage(e), e);
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException ignored) {
      // nothing left to do with a store being closed
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
