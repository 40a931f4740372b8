package dev.readiness.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every history store must do; run against SQLite and a real PostgreSQL. */
abstract class HistoryStoreContract {
  /** A fresh, empty history for one test. */
  abstract HistoryLocation freshLocation() throws Exception;

  static ScanRecord scan(String repo, String at, Double overall, String... fingerprints) {
    List<ScanRecord.FindingRow> findings = java.util.Arrays.stream(fingerprints)
        .map(f -> new ScanRecord.FindingRow("security.secrets.committed", f, "fail")).toList();
    java.util.Map<String, Double> scores = new java.util.LinkedHashMap<>();
    if (overall != null) {
      scores.put("overall", overall);
      scores.put("security", overall - 1);
    }
    return new ScanRecord(repo, "abc123", "main", at, "0.1.0", "not-ready", scores,
        List.of(new ScanRecord.CheckRow("security.secrets.committed", "critical", "fail"),
            new ScanRecord.CheckRow("docs.readme", "low", "pass")), findings);
  }

  @Test
  void recordsScansAndReadsTheTrendOldestFirst() throws Exception {
    HistoryLocation loc = freshLocation();
    try (HistoryStore store = HistoryStore.open(loc)) {
      store.record(scan("github.com/acme/shop", "2026-12-02T00:00:00Z", 5.0, "f1", "f2"));
      store.record(scan("github.com/acme/shop", "2026-12-01T00:00:00Z", 4.0, "f1"));
      store.record(scan("github.com/acme/other", "2026-12-03T00:00:00Z", null));
    }
    // Re-opening runs the migrations again: nothing to do, nothing lost.
    try (HistoryStore store = HistoryStore.open(loc)) {
      List<HistoryStore.Entry> trend = store.trend("github.com/acme/shop", 10);
      assertEquals(List.of("2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"),
          trend.stream().map(HistoryStore.Entry::scannedAt).toList());
      assertEquals(Map.of("overall", 4.0, "security", 3.0), trend.get(0).scores());
      assertEquals("main", trend.get(1).branch());
      assertEquals(Set.of("f1", "f2"), store.fingerprints(trend.get(1).id()));
      assertEquals(1, store.trend("github.com/acme/shop", 1).size(), "limit keeps the latest");
      assertEquals("2026-12-02T00:00:00Z", store.trend("github.com/acme/shop", 1).get(0).scannedAt());
      assertTrue(store.trend("github.com/acme/other", 5).get(0).scores().isEmpty(), "unscored stays unscored");
      assertEquals(List.of("github.com/acme/other", "github.com/acme/shop"),
          store.repositories().stream().map(HistoryStore.RepositoryRow::repository).toList());
      assertEquals(2, store.repositories().get(1).scans());
      assertNull(store.trend("github.com/acme/other", 5).get(0).scores().get("overall"));
    }
  }
}
