package dev.readiness.config;

import dev.readiness.check.CheckMetadata;
import dev.readiness.check.CheckResult;
import dev.readiness.check.CheckSelection;
import dev.readiness.check.Finding;
import dev.readiness.check.Status;
import dev.readiness.check.Suppression;
import dev.readiness.discover.Glob;
import dev.readiness.model.Diagnostic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the configuration to raw check results: drops disabled and unselected checks, overrides
 * severities and applies suppressions (from .readiness.yml and inline {@code readiness:ignore}
 * comments). A suppression covers the findings it matches; a check whose every finding is covered
 * becomes {@code suppressed}. Expired and reason-less suppressions are reported and not applied, so
 * a forgotten waiver cannot hide a regression forever.
 */
public final class ConfigApplier {
  private final ReadinessConfig config;
  private final CheckSelection selection;
  private final LocalDate today;

  public ConfigApplier(ReadinessConfig config, CheckSelection selection, LocalDate today) {
    this.config = config;
    this.selection = selection;
    this.today = today;
  }

  /**
   * @param raw results as the check runner produced them
   * @param inline inline suppressions reported by the repo scanner
   * @param knownIds every check ID of the catalog (to report inline suppressions naming none)
   */
  public AppliedResults apply(List<CheckResult> raw, List<InlineSuppression> inline, Collection<String> knownIds) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Waiver> waivers = new ArrayList<>();
    for (ConfiguredSuppression s : config.suppressions()) {
      Waiver w = Waiver.of(s);
      if (usable(w, diagnostics)) waivers.add(w);
    }
    for (InlineSuppression s : inline) {
      Waiver w = Waiver.of(s);
      if (!knownIds.contains(s.checkId())) {
        diagnostics.add(Diagnostic.warning("config", s.file(), s.line(),
            "readiness:ignore names unknown check ID '" + s.checkId() + "'; ignored"));
      } else if (usable(w, diagnostics)) {
        waivers.add(w);
      }
    }
    List<CheckResult> out = new ArrayList<>();
    for (CheckResult r : raw) {
      String id = r.metadata().id();
      CheckOverride o = config.checks().get(id);
      if (!selection.includes(id) || (o != null && Boolean.FALSE.equals(o.enabled()))) continue;
      CheckResult adjusted = o != null && o.severity() != null ? withSeverity(r, o) : r;
      out.add(suppress(adjusted, waivers));
    }
    Set<String> reported = new HashSet<>();
    for (CheckResult r : out) reported.add(r.metadata().id());
    for (Waiver w : waivers) {
      if (!w.used && reported.contains(w.checkId)) {
        diagnostics.add(Diagnostic.info("config", w.file, w.line,
            "suppression of " + w.checkId + " matched no finding; it can be removed"));
      }
    }
    return new AppliedResults(List.copyOf(out), List.copyOf(diagnostics));
  }

  private boolean usable(Waiver w, List<Diagnostic> diagnostics) {
    if (w.reason == null || w.reason.isBlank()) {
      diagnostics.add(Diagnostic.warning("config", w.file, w.line,
          "suppression of " + w.checkId + " has no reason; not applied"));
      return false;
    }
    if (w.expires != null && w.expires.isBefore(today)) {
      diagnostics.add(Diagnostic.warning("config", w.file, w.line,
          "suppression of " + w.checkId + " expired on " + w.expires + "; not applied"));
      return false;
    }
    return true;
  }

  private static CheckResult withSeverity(CheckResult r, CheckOverride o) {
    CheckMetadata m = r.metadata();
    CheckMetadata changed = new CheckMetadata(m.id(), m.title(), m.category(), o.severity(), m.description(),
        m.evidence(), m.remediation(), m.fixable(), m.seed(), m.source());
    return new CheckResult(changed, r.status(), r.score(), r.findings(), r.passing(), r.total(), r.suppression(), r.error());
  }

  private static CheckResult suppress(CheckResult r, List<Waiver> waivers) {
    Status s = r.status();
    if (s == Status.PASS || s == Status.NOT_APPLICABLE || s == Status.SUPPRESSED) return r;
    String id = r.metadata().id();
    for (Waiver w : waivers) {
      if (w.checkId.equals(id) && w.wholeCheck()) {
        w.used = true;
        return suppressed(r, w, r.findings());
      }
    }
    if (s == Status.ERROR || r.findings().isEmpty()) return r;
    List<Finding> kept = new ArrayList<>();
    Waiver first = null;
    for (Finding f : r.findings()) {
      Waiver match = null;
      for (Waiver w : waivers) {
        if (w.checkId.equals(id) && w.covers(f)) {
          match = w;
          w.used = true;
          break;
        }
      }
      if (match == null) kept.add(f);
      else if (first == null) first = match;
    }
    if (first == null) return r;
    if (kept.isEmpty()) return suppressed(r, first, r.findings());
    int removed = r.findings().size() - kept.size();
    if (r.total() != null && r.passing() != null && r.total() > 0) {
      int passing = Math.min(r.total(), r.passing() + removed);
      double score = BigDecimal.valueOf(10L * passing).divide(BigDecimal.valueOf(r.total()), 1, RoundingMode.HALF_UP)
          .doubleValue();
      Status status = passing >= r.total() ? Status.PASS : passing == 0 ? Status.FAIL : Status.WARN;
      return new CheckResult(r.metadata(), status, score, List.copyOf(kept), passing, r.total(), null, r.error());
    }
    return new CheckResult(r.metadata(), r.status(), r.score(), List.copyOf(kept), r.passing(), r.total(), null, r.error());
  }

  private static CheckResult suppressed(CheckResult r, Waiver w, List<Finding> findings) {
    return new CheckResult(r.metadata(), Status.SUPPRESSED, null, findings, r.passing(), r.total(),
        new Suppression(w.reason, w.expires, w.file + ":" + w.line), r.error());
  }

  /** A suppression from either source, in the one shape matching needs. */
  private static final class Waiver {
    final String checkId;
    final String reason;
    final LocalDate expires;
    final String file;
    final int line;
    final Glob glob;
    final Integer appliesToLine;
    final boolean inline;
    /** Set once the waiver covered something, to report stale ones (mutable on purpose: one run's bookkeeping). */
    boolean used;

    private Waiver(String checkId, String reason, LocalDate expires, String file, int line, Glob glob,
                   Integer appliesToLine, boolean inline) {
      this.checkId = checkId;
      this.reason = reason;
      this.expires = expires;
      this.file = file;
      this.line = line;
      this.glob = glob;
      this.appliesToLine = appliesToLine;
      this.inline = inline;
    }

    static Waiver of(ConfiguredSuppression s) {
      Glob glob = s.path() == null ? null : Glob.checked(s.path());
      return new Waiver(s.id(), s.reason(), s.expires(), s.file(), s.line(), glob, null, false);
    }

    static Waiver of(InlineSuppression s) {
      return new Waiver(s.checkId(), s.reason(), null, s.file(), s.line(), null, s.appliesToLine(), true);
    }

    boolean wholeCheck() { return !inline && glob == null; }

    boolean covers(Finding f) {
      if (f.file() == null) return false;
      if (inline) {
        return f.file().equals(file) && (f.line() == null || f.line() == line || f.line().equals(appliesToLine));
      }
      return glob.matchesFile(f.file().replace('\\', '/'));
    }
  }
}
