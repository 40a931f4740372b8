package dev.readiness.baseline;

import dev.readiness.check.CheckResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records the current failing findings as a baseline: one entry per fingerprint, sorted. */
public final class BaselineRecorder {
  private final Fingerprints fingerprints;

  public BaselineRecorder(Fingerprints fingerprints) { this.fingerprints = fingerprints; }

  /**
   * @param results configured check results of this scan
   * @param toolVersion the version of readiness writing it
   * @param createdAt when (kept to the second), or null to leave it out
   */
  public BaselineFile record(List<CheckResult> results, String toolVersion, Instant createdAt) {
    Map<String, BaselineEntry> byFingerprint = new LinkedHashMap<>();
    for (Fingerprints.Fingerprinted item : fingerprints.failing(results)) {
      BaselineEntry e = byFingerprint.get(item.fingerprint());
      if (e != null) {
        byFingerprint.put(item.fingerprint(), e.withCount(e.count() + 1));
      } else {
        String file = item.finding() == null ? null : item.finding().file();
        String resource = item.finding() == null ? null : item.finding().resource();
        byFingerprint.put(item.fingerprint(), new BaselineEntry(item.checkId(), file, resource, item.fingerprint(), 1));
      }
    }
    List<BaselineEntry> entries = new ArrayList<>(byFingerprint.values());
    entries.sort(BaselineEntry.ORDER);
    return new BaselineFile(BaselineFile.VERSION, new BaselineFile.Tool("readiness", toolVersion),
        createdAt == null ? null : createdAt.truncatedTo(ChronoUnit.SECONDS).toString(), entries);
  }
}
