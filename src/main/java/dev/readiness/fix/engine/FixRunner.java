package dev.readiness.fix.engine;

import dev.readiness.check.CheckSelection;
import dev.readiness.check.Status;
import dev.readiness.fix.Assessment;
import dev.readiness.fix.AtomicApplier;
import dev.readiness.fix.FileChange;
import dev.readiness.fix.FileOps;
import dev.readiness.fix.FixContext;
import dev.readiness.fix.FixException;
import dev.readiness.fix.PathGuard;
import dev.readiness.fix.Plan;
import dev.readiness.fix.ProcessRunner;
import dev.readiness.fix.Templates;
import dev.readiness.fix.UnifiedDiff;
import dev.readiness.fix.Workspace;
import dev.readiness.score.Scorecard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code readiness fix} flow: scan → failing checks → plan → print plan and diffs; with apply:
 * write atomically, verify (rolling back on failure), re-scan and print the score before and after.
 */
public final class FixRunner {
  private final Assessment.Assessor assessor;
  private final Planner planner;
  private final Verifier verifier;
  private final FileOps fileOps;

  public FixRunner(Assessment.Assessor assessor, Planner planner, Verifier verifier, FileOps fileOps) {
    this.assessor = assessor;
    this.planner = planner;
    this.verifier = verifier;
    this.fileOps = fileOps;
  }

  /** The default wiring: built-in catalog and templates, real processes and file system. */
  public static FixRunner standard(Assessment.Assessor assessor) {
    RemediationRegistry registry = new RemediationRegistry();
    Planner planner = new Planner(registry, Catalog.builtin(registry), new Templates(), new SecureRandom());
    return new FixRunner(assessor, planner, new Verifier(new ProcessRunner(120)), FileOps.SYSTEM);
  }

  /**
   * Options of one run.
   *
   * @param root repository root
   * @param apply write the changes (otherwise only print them)
   * @param selection --only / --skip
   * @param force overwrite files the fix did not generate
   * @param backup directory for originals of modified files, or null
   * @param exclude path globs left out of the scan
   * @param diffs print unified diffs
   */
  public record Options(Path root, boolean apply, CheckSelection selection, boolean force, Path backup, List<String> exclude, boolean diffs) {}

  /** The outcome (also the exit code's source). */
  public record Outcome(int exitCode, Plan plan, Scorecard before, Scorecard after) {}

  public Outcome run(Options o, PrintWriter out, PrintWriter err) throws IOException {
    PathGuard guard = new PathGuard(o.root());
    Assessment before = assessor.assess(guard.root(), o.exclude());
    Workspace ws = new Workspace(guard, o.force());
    Plan plan = planner.plan(before.stack(), before.failing(), o.selection(), ws);
    printPlan(plan, before, out);
    if (o.diffs()) {
      for (FileChange c : plan.changes().changes()) out.print(UnifiedDiff.render(c));
    }
    out.flush();
    if (!plan.refusals().isEmpty()) {
      for (Workspace.Refusal r : plan.refusals()) err.println("readiness fix: refused [" + r.checkId() + "]: " + r.message());
      err.println("readiness fix: nothing was written; use --force to overwrite, or --skip the check(s) above");
      return new Outcome(2, plan, before.scorecard(), null);
    }
    if (plan.isEmpty()) {
      out.println("Nothing to change.");
      return new Outcome(0, plan, before.scorecard(), null);
    }
    if (!o.apply()) {
      out.println();
      out.println("Run again with --apply to write these " + plan.changes().changes().size() + " file(s).");
      return new Outcome(0, plan, before.scorecard(), null);
    }
    warnIfDirty(guard.root(), err);
    Optional<ProcessRunner.Result> baseline = verifier.composeBaseline(guard.root(), before.stack());
    AtomicApplier.Applied applied;
    try {
      applied = new AtomicApplier(guard, fileOps).apply(plan.changes(), o.backup());
    } catch (FixException e) {
      err.println("readiness fix: " + e.getMessage());
      return new Outcome(3, plan, before.scorecard(), null);
    }
    out.println();
    out.println("Wrote " + applied.written().size() + " file(s)" + (applied.backedUp().isEmpty() ? "" : "; originals of " + applied.backedUp().size() + " saved under " + o.backup()) + ".");
    Verifier.Outcome v = verifier.verify(guard.root(), plan.changes(), before.stack(), baseline);
    printVerification(v, out);
    Assessment after = null;
    List<String> rescanProblems = new ArrayList<>();
    if (v.ok()) {
      after = assessor.assess(guard.root(), o.exclude());
      for (var d : after.diagnostics()) {
        if (d.file() != null && "error".equals(d.level()) && plan.changes().changes().stream().anyMatch(c -> c.path().equals(d.file()))) {
          rescanProblems.add(d.file() + (d.line() != null ? ":" + d.line() : "") + ": " + d.message());
        }
      }
    }
    if (!v.ok() || !rescanProblems.isEmpty()) {
      for (String f : v.failures()) err.println("readiness fix: verification failed: " + f);
      for (String f : rescanProblems) err.println("readiness fix: the re-scan cannot parse a written file: " + f);
      try {
        applied.undo().run();
        err.println("readiness fix: the changes were rolled back; the repository is as before. This is a bug in readiness fix; please report it.");
      } catch (FixException e) {
        err.println("readiness fix: rolling back failed: " + e.getMessage());
      }
      return new Outcome(3, plan, before.scorecard(), null);
    }
    printScores(before, after, plan, out);
    return new Outcome(0, plan, before.scorecard(), after.scorecard());
  }

  private static void printPlan(Plan plan, Assessment before, PrintWriter out) {
    out.println("readiness fix: " + plan.steps().size() + " remediation(s) for " + before.failing().size() + " failing check(s), "
        + plan.changes().changes().size() + " file(s) to change");
    for (Plan.Step s : plan.steps()) {
      out.println();
      out.println("  " + s.checkId() + ": " + s.summary());
      if (s.files().isEmpty()) out.println("      (covered by the changes above, or nothing left to change)");
      for (FileChange c : plan.changes().changes()) {
        if (!c.checkIds().contains(s.checkId())) continue;
        List<String> why = c.reasonsOf(s.checkId());
        String shown = why.size() <= 3 ? String.join("; ", why) : String.join("; ", why.subList(0, 3)) + "; and " + (why.size() - 3) + " more";
        out.println("      " + c.kind().id() + " " + c.path() + (c.mode() != null ? " (mode " + Integer.toOctalString(c.mode()) + ")" : "")
            + (shown.isEmpty() ? "" : " - " + shown));
      }
    }
    if (!plan.notes().isEmpty()) {
      out.println();
      out.println("Needs a human:");
      for (FixContext.Note n : plan.notes()) out.println("  - [" + n.checkId() + "] " + n.message());
    }
    if (!plan.unfixable().isEmpty()) {
      out.println();
      out.println("Failing checks readiness fix has no remediation for: " + String.join(", ", plan.unfixable()));
    }
    out.println();
  }

  private static void printVerification(Verifier.Outcome v, PrintWriter out) {
    out.println("Verification: " + v.passed().size() + " passed, " + v.failures().size() + " failed, " + v.skipped().size() + " skipped");
    for (String s : v.skipped()) out.println("  skipped: " + s);
    for (String s : v.warnings()) out.println("  warning: " + s);
  }

  private static void printScores(Assessment before, Assessment after, Plan plan, PrintWriter out) {
    out.println();
    out.println("Score before -> after");
    for (Map.Entry<String, Double> e : before.scorecard().categories().entrySet()) {
      Double a = after.scorecard().categories().get(e.getKey());
      out.printf("  %-15s %5s -> %s%n", e.getKey(), fmt(e.getValue()), fmt(a));
    }
    out.printf("  %-15s %5s -> %s%n", "overall", fmt(before.scorecard().overall()), fmt(after.scorecard().overall()));
    List<String> still = new ArrayList<>();
    for (Plan.Step s : plan.steps()) {
      Status st = after.status(s.checkId());
      if (st == Status.FAIL || st == Status.WARN) still.add(s.checkId() + " (" + st.id() + ")");
    }
    if (!still.isEmpty()) out.println("Remediated checks that still need a human: " + String.join(", ", still));
  }

  private static String fmt(Double d) {
    return d == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", d);
  }

  private static void warnIfDirty(Path root, PrintWriter err) {
    try {
      ProcessRunner.Result r = new ProcessRunner(20).run(root, List.of("git", "status", "--porcelain"));
      if (r.ok() && !r.output().isBlank()) {
        err.println("readiness fix: warning: the git working tree has uncommitted changes; commit or stash them to review the fix as its own diff");
      }
    } catch (IOException e) {
      // Not a git repository or no git: nothing to warn about.
    }
  }
}
