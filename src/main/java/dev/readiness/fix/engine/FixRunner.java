package dev.readiness.fix.engine;

import dev.readiness.check.CheckSelection;
import dev.readiness.check.Status;
import dev.readiness.fix.Assessment;
import dev.readiness.fix.AtomicApplier;
import dev.readiness.fix.ChangeSet;
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
  public record Options(Path root, boolean apply, CheckSelection selection, boolean unsafe, boolean force, Path backup, List<String> exclude, boolean diffs) {}

  /** The outcome (also the exit code's source). */
  public record Outcome(int exitCode, Plan plan, Scorecard before, Scorecard after) {}

  public Outcome run(Options o, PrintWriter out, PrintWriter err) throws IOException {
    PathGuard guard = new PathGuard(o.root());
    Assessment before = assessor.assess(guard.root(), o.exclude());
    Workspace ws = new Workspace(guard, o.force());
    Plan plan = planner.plan(before.stack(), before.failing(), o.selection(), o.unsafe(), ws);
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
    // Rounds: files written by one round can make further checks applicable (a generated Dockerfile makes the image
    // workflow check apply); they are planned on the re-scan, so one run converges and a second run changes nothing.
    List<AtomicApplier.Applied> rounds = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    Plan current = plan;
    Assessment scanned = before;
    Assessment after = null;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Optional<ProcessRunner.Result> baseline = verifier.composeBaseline(guard.root(), scanned.stack());
      AtomicApplier.Applied applied;
      try {
        applied = new AtomicApplier(guard, fileOps).apply(current.changes(), round == 0 ? o.backup() : null);
      } catch (FixException e) {
        err.println("readiness fix: " + e.getMessage());
        undoAll(rounds, err);
        return new Outcome(3, plan, before.scorecard(), null);
      }
      rounds.add(applied);
      plans.add(current);
      out.println();
      out.println("Wrote " + applied.written().size() + " file(s)" + (applied.backedUp().isEmpty() ? "" : "; originals of " + applied.backedUp().size() + " saved under " + o.backup()) + ".");
      Verifier.Outcome v = verifier.verify(guard.root(), current.changes(), scanned.stack(), baseline);
      printVerification(v, out);
      List<String> rescanProblems = new ArrayList<>();
      List<String> worse = List.of();
      if (v.ok()) {
        after = assessor.assess(guard.root(), o.exclude());
        for (var d : after.diagnostics()) {
          if (d.file() != null && "error".equals(d.level()) && current.changes().changes().stream().anyMatch(c -> c.path().equals(d.file()))) {
            rescanProblems.add(d.file() + (d.line() != null ? ":" + d.line() : "") + ": " + d.message());
          }
        }
        worse = regressions(before, after);
      }
      if (!v.ok() || !rescanProblems.isEmpty() || !worse.isEmpty()) {
        for (String f : v.failures()) err.println("readiness fix: verification failed: " + f);
        for (String f : rescanProblems) err.println("readiness fix: the re-scan cannot parse a written file: " + f);
        for (String f : worse) err.println("readiness fix: the re-scan found a check worse than before: " + f);
        if (undoAll(rounds, err)) {
          err.println("readiness fix: all changes were rolled back; the repository is as before. Re-run with --skip for the"
              + " remediation named above, and please report it: a remediation must never make things worse.");
        }
        return new Outcome(3, plan, before.scorecard(), null);
      }
      // What a second run would do, done now: every check still failing or warning on the re-scan is planned again
      // on the new facts (checks the written files made applicable, and generated files that describe what this run
      // added, such as DEPLOYMENT.md listing a generated service). The run stops when that plan changes nothing.
      Plan next = planner.plan(after.stack(), after.failing(), o.selection(), o.unsafe(), new Workspace(guard, o.force()));
      if (next.isEmpty() || !next.refusals().isEmpty()) break;
      List<String> changing = next.steps().stream().filter(st -> next.changes().changes().stream().anyMatch(c -> c.checkIds().contains(st.checkId())))
          .map(Plan.Step::checkId).toList();
      out.println();
      out.println("Follow-up: the written files changed what " + String.join(", ", changing) + " need:");
      // Only what changes is shown again; notes and held-back items are printed once, at the end.
      printPlan(new Plan(next.steps().stream().filter(st -> changing.contains(st.checkId())).toList(), next.changes(), List.of(), List.of(),
          List.of(), List.of()), after, out);
      scanned = after;
      current = next;
    }
    Plan all = merge(plans);
    printScores(before, after, all, out);
    return new Outcome(0, all, before.scorecard(), after.scorecard());
  }

  private static final int MAX_ROUNDS = 3;

  /** Undoes the rounds written so far, newest first; false when something could not be restored. */
  private static boolean undoAll(List<AtomicApplier.Applied> rounds, PrintWriter err) {
    boolean ok = true;
    for (int i = rounds.size() - 1; i >= 0; i--) {
      try {
        rounds.get(i).undo().run();
      } catch (FixException e) {
        err.println("readiness fix: rolling back failed: " + e.getMessage());
        ok = false;
      }
    }
    return ok;
  }

  /** The plans of all rounds as one (steps, changes, notes and held-back items of each, in order). */
  private static Plan merge(List<Plan> plans) {
    if (plans.size() == 1) return plans.get(0);
    List<Plan.Step> steps = new ArrayList<>();
    List<FileChange> changes = new ArrayList<>();
    List<FixContext.Note> notes = new ArrayList<>();
    List<String> unfixable = new ArrayList<>();
    List<Plan.Held> held = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan p = plans.get(i);
      for (Plan.Step st : p.steps()) if (steps.stream().noneMatch(x -> x.checkId().equals(st.checkId()))) steps.add(st);
      changes.addAll(p.changes().changes());
      // A check planned again in a later round: that round's notes (on the newer facts) replace these.
      java.util.Set<String> replanned = new java.util.HashSet<>();
      for (Plan later : plans.subList(i + 1, plans.size())) later.steps().forEach(st -> replanned.add(st.checkId()));
      for (FixContext.Note n : p.notes()) if (!replanned.contains(n.checkId()) && !notes.contains(n)) notes.add(n);
      for (String u : p.unfixable()) if (!unfixable.contains(u)) unfixable.add(u);
      for (Plan.Held h : p.heldBack()) if (!held.contains(h)) held.add(h);
    }
    return new Plan(steps, new ChangeSet(changes), List.of(), notes, unfixable, held);
  }

  /** Rank of a status for "worse" comparisons: pass < warn < fail/error; n/a and suppressed are not ranked. */
  private static int rank(Status s) {
    if (s == null) return -1;
    return switch (s) {
      case PASS -> 0;
      case WARN -> 1;
      case FAIL, ERROR -> 2;
      default -> -1;
    };
  }

  /** Checks whose status got worse between two scans (a pass that now warns or fails, a warn that now fails). */
  public static List<String> regressions(Assessment before, Assessment after) {
    List<String> out = new ArrayList<>();
    for (var r : before.results()) {
      int b = rank(r.status());
      if (b < 0) continue;
      Status now = after.status(r.metadata().id());
      int a = rank(now);
      if (a > b) out.add(r.metadata().id() + " (" + r.status().id() + " -> " + now.id() + ")");
    }
    return out;
  }

  private static void printPlan(Plan plan, Assessment before, PrintWriter out) {
    out.println("readiness fix: " + plan.steps().size() + " remediation(s) for " + before.failing().size() + " failing check(s), "
        + plan.changes().changes().size() + " file(s) to change");
    dev.readiness.fix.remediation.ComposeTarget.of(before.stack()).ifPresent(t ->
        out.println("Production compose chain: " + String.join(" + ", t.chain(before.stack()))));
    for (Plan.Step s : plan.steps()) {
      out.println();
      out.println("  " + s.checkId() + ": " + s.summary() + (s.unsafe() != null ? "  [unsafe, opted in: " + s.unsafe() + "]" : ""));
      if (s.files().isEmpty()) out.println("      (covered by the changes above, or nothing left to change)");
      for (FileChange c : plan.changes().changes()) {
        if (!c.checkIds().contains(s.checkId())) continue;
        List<String> why = c.reasonsOf(s.checkId());
        String shown = why.size() <= 3 ? String.join("; ", why) : String.join("; ", why.subList(0, 3)) + "; and " + (why.size() - 3) + " more";
        out.println("      " + c.kind().id() + " " + c.path() + (c.mode() != null ? " (mode " + Integer.toOctalString(c.mode()) + ")" : "")
            + (shown.isEmpty() ? "" : " - " + shown));
      }
    }
    if (!plan.heldBack().isEmpty()) {
      out.println();
      out.println("Unsafe remediations not applied (opt in with --unsafe):");
      for (Plan.Held h : plan.heldBack()) out.println("  - [" + h.checkId() + "] " + h.summary() + ": unsafe because " + h.why());
    }
    if (!plan.needsInput().isEmpty()) {
      out.println();
      out.println("Needs input (nothing was written in place of these; supply them and run fix again):");
      for (FixContext.Note n : plan.needsInput()) out.println("  - [" + n.checkId() + "] " + n.message());
    }
    if (!plan.manual().isEmpty()) {
      out.println();
      out.println("Manual steps:");
      for (FixContext.Note n : plan.manual()) out.println("  - [" + n.checkId() + "] " + n.message());
    }
    if (!plan.unfixable().isEmpty()) {
      out.println();
      out.println("Failing checks readiness fix has no remediation for: " + String.join(", ", plan.unfixable()));
    }
    out.println();
  }

  private static void printVerification(Verifier.Outcome v, PrintWriter out) {
    out.println("Verification: " + v.passed().size() + " passed, " + v.failures().size() + " failed, "
        + (v.skipped().size() + v.warnings().size()) + " could not be verified");
    for (String s : v.passed()) out.println("  passed: " + s);
    for (String s : v.skipped()) out.println("  could not verify: " + s);
    for (String s : v.warnings()) out.println("  could not verify: " + s);
  }

  private static void printScores(Assessment before, Assessment after, Plan plan, PrintWriter out) {
    out.println();
    out.println("Score before -> after (no check got worse)");
    for (Map.Entry<String, Double> e : before.scorecard().categories().entrySet()) {
      Double a = after.scorecard().categories().get(e.getKey());
      out.printf("  %-15s %5s -> %s%n", e.getKey(), fmt(e.getValue()), fmt(a));
    }
    out.printf("  %-15s %5s -> %s%n", "overall", fmt(before.scorecard().overall()), fmt(after.scorecard().overall()));
    List<String> todo = new ArrayList<>();
    for (FixContext.Note n : plan.needsInput()) todo.add("supply: [" + n.checkId() + "] " + n.message());
    for (FixContext.Note n : plan.manual()) todo.add("do: [" + n.checkId() + "] " + n.message());
    for (Plan.Step s : plan.steps()) {
      Status st = after.status(s.checkId());
      if (st == Status.FAIL || st == Status.WARN) todo.add("still " + st.id() + " after the fix: " + s.checkId());
    }
    for (Plan.Held h : plan.heldBack()) todo.add("decide: [" + h.checkId() + "] unsafe remediation not applied (--unsafe): " + h.why());
    if (!todo.isEmpty()) {
      out.println();
      out.println("What a person must still do (" + todo.size() + "):");
      for (String t : todo) out.println("  - " + t);
    }
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
