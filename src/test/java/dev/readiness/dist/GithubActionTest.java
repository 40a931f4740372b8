package dev.readiness.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.testing.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Action (.github/actions/readiness): valid against the action schema (check-jsonschema's vendored
 * schema, skipped without it), inputs and step wiring consistent, third-party actions SHA-pinned, scripts clean
 * under shellcheck, and its scan step run as a script on a pull-request-shaped repository.
 */
class GithubActionTest {
  static final Path ACTION = Path.of(".github/actions/readiness");

  @TempDir Path dir;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> action() throws IOException {
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
        .load(Files.readString(ACTION.resolve("action.yml")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void inputsAndOutputsAreWiredAndActionsPinned() throws Exception {
    Map<String, Object> a = action();
    Set<String> inputs = ((Map<String, Object>) a.get("inputs")).keySet();
    String text = Files.readString(ACTION.resolve("action.yml"));
    Set<String> used = new LinkedHashSet<>();
    Matcher m = Pattern.compile("inputs\\.([a-z-]+)").matcher(text);
    while (m.find()) used.add(m.group(1));
    assertEquals(inputs, used, "every input is used and every used input is declared");
    Map<String, Object> runs = (Map<String, Object>) a.get("runs");
    assertEquals("composite", runs.get("using"));
    for (Map<String, Object> step : (List<Map<String, Object>>) runs.get("steps")) {
      Object uses = step.get("uses");
      if (uses != null) {
        assertTrue(uses.toString().matches("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}"), "pinned to a commit SHA: " + uses);
      } else {
        assertEquals("bash", step.get("shell"), "composite run steps name their shell");
      }
    }
    Matcher o = Pattern.compile("steps\\.scan\\.outputs\\.([a-z-]+)").matcher(text);
    String script = Files.readString(ACTION.resolve("run.sh"));
    while (o.find()) assertTrue(script.contains("echo \"" + o.group(1) + "="), "run.sh writes " + o.group(1));
  }

  @Test
  void validAgainstTheGithubActionSchema() throws Exception {
    String tool = Tools.find("check-jsonschema");
    assumeTrue(tool != null, "skipped: check-jsonschema not installed (.ci/run installs it from PyPI)");
    Tools.Result r = Tools.run(List.of(tool, "--builtin-schema", "vendor.github-actions",
        ACTION.resolve("action.yml").toString()), Path.of("."), Map.of());
    assertEquals(0, r.code(), r.output());
  }

  @Test
  void scriptsPassShellcheck() throws Exception {
    String tool = Tools.find("shellcheck");
    assumeTrue(tool != null, "skipped: shellcheck not installed (apt-get install shellcheck)");
    Tools.Result r = Tools.run(List.of(tool, ACTION.resolve("run.sh").toString(), ACTION.resolve("comment.sh").toString()),
        Path.of("."), Map.of());
    assertEquals(0, r.code(), r.output());
  }

  @Test
  void theScanStepGatesAPullRequestOnWhatItAdds() throws Exception {
    assumeTrue(TestRepo.gitAvailable() && Tools.find("python3") != null, "git and python3 are needed");
    Path repo = dir.resolve("repo");
    new TestRepo(repo).file("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n")
        .file("README.md", "# app\n").gitInit();
    Tools.run(List.of("git", "branch", "-M", "main"), repo, Map.of());
    Tools.run(List.of("git", "update-ref", "refs/remotes/origin/main", "HEAD"), repo, Map.of());
    Files.writeString(repo.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n");
    Tools.run(List.of("git", "-c", "user.email=t@e", "-c", "user.name=t", "commit", "-qam", "change"), repo, Map.of());

    Path outputs = dir.resolve("github_output");
    Path summary = dir.resolve("step_summary");
    Files.createFile(outputs);
    Files.createFile(summary);
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_OUTPUT", outputs.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("GITHUB_ACTIONS", "true");
    env.put("READINESS_CLASSPATH", System.getProperty("java.class.path"));
    env.put("INPUT_PATH", repo.toString());
    env.put("INPUT_OUTPUT", dir.resolve("report").toString());
    env.put("INPUT_FORMATS", "md,json,sarif,github");
    env.put("INPUT_FAIL_ON", "high");
    env.put("PR_BASE_REF", "main");
    Tools.Result r = Tools.run(List.of("bash", ACTION.resolve("run.sh").toAbsolutePath().toString()), dir, env);
    assertEquals(0, r.code(), "a failed gate is an output, not the step's status: " + r.output());
    String out = Files.readString(outputs);
    assertTrue(out.contains("exit-code=1"), "privileged: true is new and high: " + out + r.output());
    assertTrue(out.contains("verdict=not-ready") && out.contains("report-dir="), out);
    assertTrue(r.output().contains("--diff-base origin/main"), r.output());
    assertTrue(Files.readString(dir.resolve("report/readiness.md")).contains("Change against `origin/main`"));
    assertTrue(Files.size(summary) > 0, "the job summary is written");
  }

  /** Finding and running the external tools the tests use. */
  static final class Tools {
    record Result(int code, String output) {}

    static String find(String name) {
      List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
      String home = System.getProperty("user.home");
      dirs.add(home + "/.cache/readiness-tools/bin");
      dirs.add(home + "/.cache/readiness-tools/venv/bin");
      for (String d : dirs) {
        Path p = Path.of(d.isEmpty() ? "." : d, name);
        if (Files.isExecutable(p)) return p.toString();
      }
      return null;
    }

    static Result run(List<String> cmd, Path cwd, Map<String, String> env) throws Exception {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Result(-1, out + "\n(timed out)");
      }
      return new Result(p.exitValue(), out);
    }
  }
}
