package dev.readiness.baseline;

import dev.readiness.check.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The current failing findings held against a baseline.
 *
 * @param file the baseline file as the user named it
 * @param entries number of findings the baseline records
 * @param checks per failing or partial check ID, its findings split into new and baselined
 * @param fixed baseline entries nothing matched any more (count = the unmatched occurrences), sorted
 */
public record BaselineComparison(String file, int entries, Map<String, Split> checks, List<BaselineEntry> fixed) {
  public BaselineComparison {
    checks = Map.copyOf(checks);
    fixed = List.copyOf(fixed);
  }

  /**
   * One check's findings.
   *
   * @param fresh findings not in the baseline: they count for the gate
   * @param baselined findings the baseline holds
   * @param checkBaselined true when nothing about the check is new: every finding is baselined, or the check
   *     has no findings and the baseline holds the check itself
   */
  public record Split(List<Finding> fresh, List<Finding> baselined, boolean checkBaselined) {
    public Split {
      fresh = List.copyOf(fresh);
      baselined = List.copyOf(baselined);
    }

    /** Items that are new: the fresh findings, or 1 for a new failing check without findings. */
    int newItems() { return checkBaselined ? 0 : Math.max(1, fresh.size()); }

    /** Items the baseline matched: the baselined findings, or 1 for a baselined check without findings. */
    int baselinedItems() { return baselined.isEmpty() && checkBaselined ? 1 : baselined.size(); }
  }

  /** The split of a check, or null when the check is neither failing nor partial. */
  public Split split(String checkId) { return checks.get(checkId); }

  /** IDs of the failing or partial checks with nothing new, sorted. */
  public Set<String> baselinedChecks() {
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, Split> e : checks.entrySet()) {
      if (e.getValue().checkBaselined()) out.add(e.getKey());
    }
    return out;
  }

  /** Number of new items (findings, or failing checks without findings). */
  public int newCount() {
    int n = 0;
    for (Split s : checks.values()) n += s.newItems();
    return n;
  }

  /** Number of items the baseline matched. */
  public int baselinedCount() {
    int n = 0;
    for (Split s : checks.values()) n += s.baselinedItems();
    return n;
  }

  /** Number of recorded findings nothing matched any more (fixed since the baseline, or changed). */
  public int fixedCount() {
    int n = 0;
    for (BaselineEntry e : fixed) n += e.count();
    return n;
  }
}
