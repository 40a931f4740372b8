package dev.readiness.scan.workflow;

import dev.readiness.model.Diagnostic;
import dev.readiness.scan.workflow.WorkflowFacts.Job;
import dev.readiness.scan.workflow.WorkflowFacts.Step;
import dev.readiness.scan.workflow.WorkflowFacts.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jenkinsfile by text patterns (not a Groovy parser): each {@code stage('Name')} is a job whose body runs
 * to the next stage; {@code sh}/{@code bat}/{@code powershell} strings are its steps; {@code when { branch }}
 * is its condition; {@code triggers { cron(...) }} is a schedule.
 */
final class JenkinsfileReader implements CiReader {
  private static final Pattern STAGE = Pattern.compile("\\bstage\\s*\\(\\s*(?:name\\s*:\\s*)?['\"]([^'\"]+)['\"]");
  private static final Pattern STEP = Pattern.compile(
      "\\b(sh|bat|powershell|pwsh)\\s*(?:\\(\\s*(?:script\\s*:\\s*)?)?(?:'''([\\s\\S]*?)'''|\"\"\"([\\s\\S]*?)\"\"\"|'((?:[^'\\\\\\n]|\\\\.)*)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\")");
  private static final Pattern BRANCH = Pattern.compile("\\bbranch\\s*\\(?\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern CRON = Pattern.compile("\\bcron\\s*\\(\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern AGENT = Pattern.compile("\\bimage\\s+['\"]([^'\"]+)['\"]|\\blabel\\s+['\"]([^'\"]+)['\"]|\\bagent\\s+(any|none)\\b");

  @Override
  public WorkflowFacts read(String file, String text, Consumer<Diagnostic> diagnostics) {
    int[] lineStarts = lineStarts(text);
    List<int[]> stages = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Matcher sm = STAGE.matcher(text);
    while (sm.find()) {
      stages.add(new int[] {sm.start(), sm.end()});
      names.add(sm.group(1));
    }
    List<Job> jobs = new ArrayList<>();
    List<String> branches = new ArrayList<>();
    Matcher agent = AGENT.matcher(text);
    String runsOn = agent.find() ? firstNonNull(agent.group(1), agent.group(2), agent.group(3)) : null;
    if (stages.isEmpty()) {
      List<Step> steps = steps(text, 0, text.length(), lineStarts);
      if (!steps.isEmpty()) jobs.add(Steps.job("build", null, 1, runsOn, null, null, List.of(), List.of(), null, steps, null, null, Set.of()));
      else diagnostics.accept(Diagnostic.info("workflow", file, null, "Jenkinsfile: no stage or sh step recognised"));
    }
    for (int i = 0; i < stages.size(); i++) {
      int from = stages.get(i)[1];
      int to = i + 1 < stages.size() ? stages.get(i + 1)[0] : text.length();
      String body = text.substring(from, to);
      Matcher b = BRANCH.matcher(body);
      String condition = null;
      if (b.find()) {
        condition = "branch " + b.group(1);
        branches.add(b.group(1));
      }
      jobs.add(Steps.job(slug(names.get(i)), names.get(i), lineOf(lineStarts, stages.get(i)[0]), runsOn, null, null, List.of(),
          List.of(), condition, steps(text, from, to, lineStarts), names.get(i), null, Set.of()));
    }
    List<Trigger> triggers = new ArrayList<>();
    triggers.add(new Trigger("push", List.copyOf(branches), List.of(), List.of(), 1));
    Matcher cron = CRON.matcher(text);
    List<String> crons = new ArrayList<>();
    while (cron.find()) crons.add(cron.group(1));
    if (!crons.isEmpty()) triggers.add(new Trigger("schedule", List.of(), List.of(), crons, 1));
    return Steps.workflow(file, "jenkins", null, text, triggers, null, jobs, false, false);
  }

  private static List<Step> steps(String text, int from, int to, int[] lineStarts) {
    List<Step> out = new ArrayList<>();
    Matcher m = STEP.matcher(text);
    m.region(from, to);
    while (m.find()) {
      String cmd = firstNonNull(m.group(2), m.group(3), m.group(4), m.group(5));
      int start = m.group(2) != null ? m.start(2) : m.group(3) != null ? m.start(3) : m.start();
      out.add(Steps.step(null, lineOf(lineStarts, start), null, cmd.strip(), Set.of()));
    }
    return out;
  }

  private static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static String firstNonNull(String... s) {
    for (String x : s) if (x != null) return x;
    return null;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] starts, int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }
}
