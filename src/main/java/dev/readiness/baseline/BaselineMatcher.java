package dev.readiness.baseline;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the current failing findings into new and baselined. Each baseline entry matches as many
 * current items with its fingerprint as its count; what it cannot match is reported as fixed, unless
 * its check was not judged this time (not run because of --only, --skip or configuration, or a policy
 * error): then nothing is known about it.
 */
public final class BaselineMatcher {
  private final Fingerprints fingerprints;

  public BaselineMatcher(Fingerprints fingerprints) { this.fingerprints = fingerprints; }

  /**
   * @param results configured check results of this scan
   * @param baseline the baseline read from {@code file}
   * @param file the baseline file as the user named it (for the reports)
   */
  public BaselineComparison compare(List<CheckResult> results, BaselineFile baseline, String file) {
    Map<String, Integer> remaining = new HashMap<>();
    for (BaselineEntry e : baseline.findings()) remaining.merge(e.fingerprint(), e.count(), Integer::sum);
    Map<String, List<Finding>> fresh = new LinkedHashMap<>();
    Map<String, List<Finding>> held = new LinkedHashMap<>();
    Map<String, Boolean> checkHeld = new HashMap<>();
    for (Fingerprints.Fingerprinted item : fingerprints.failing(results)) {
      fresh.computeIfAbsent(item.checkId(), k -> new ArrayList<>());
      held.computeIfAbsent(item.checkId(), k -> new ArrayList<>());
      boolean matched = take(remaining, item.fingerprint());
      if (item.finding() == null) checkHeld.put(item.checkId(), matched);
      else (matched ? held : fresh).get(item.checkId()).add(item.finding());
    }
    Map<String, BaselineComparison.Split> checks = new LinkedHashMap<>();
    for (String id : fresh.keySet()) {
      List<Finding> f = fresh.get(id);
      List<Finding> h = held.get(id);
      boolean all = checkHeld.containsKey(id) ? checkHeld.get(id) : f.isEmpty() && !h.isEmpty();
      checks.put(id, new BaselineComparison.Split(f, h, all));
    }
    Set<String> judged = new HashSet<>();
    for (CheckResult r : results) {
      if (r.status() != Status.ERROR) judged.add(r.metadata().id());
    }
    List<BaselineEntry> fixed = new ArrayList<>();
    for (BaselineEntry e : baseline.findings()) {
      int left = remaining.getOrDefault(e.fingerprint(), 0);
      if (left <= 0 || !judged.contains(e.checkId())) continue;
      int unmatched = Math.min(left, e.count());
      fixed.add(e.withCount(unmatched));
      remaining.put(e.fingerprint(), left - unmatched);
    }
    fixed.sort(BaselineEntry.ORDER);
    return new BaselineComparison(file, baseline.size(), checks, fixed);
  }

  private static boolean take(Map<String, Integer> remaining, String fingerprint) {
    Integer n = remaining.get(fingerprint);
    if (n == null || n <= 0) return false;
    remaining.put(fingerprint, n - 1);
    return true;
  }
}
