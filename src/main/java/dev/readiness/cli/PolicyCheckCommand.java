package dev.readiness.cli;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.conftest.ConfigParser;
import dev.readiness.policy.conftest.ConftestOutput;
import dev.readiness.policy.conftest.ConftestRunner;
import dev.readiness.policy.rego.DataLoader;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import dev.readiness.usage.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness policy check}: tests configuration files against Rego policies like {@code conftest test}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Test configuration files against Rego policies, like conftest test: deny/violation rules are failures,",
        "warn rules warnings (deny_*/warn_* too), exception rules suppress them. Input formats by extension:",
        "JSON, YAML (each document its own input), TOML, INI, Java properties, XML, Dockerfile, .env.",
        "Exit codes: 0 no failures, 1 failures (or warnings with --fail-on-warn; failures are 2 then),",
        "1 also for a policy or input that cannot be loaded (as conftest); 2 usage error."})
public final class PolicyCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Configuration files or directories to test.")
  List<Path> files = new ArrayList<>();

  @Option(names = {"-p", "--policy"}, paramLabel = "DIR", description = "Policy directory or .rego file (repeatable; default: policy).")
  List<Path> policies = new ArrayList<>();

  @Option(names = {"-d", "--data"}, paramLabel = "FILE|DIR", description = "JSON or YAML data documents under data (repeatable).")
  List<Path> dataPaths = new ArrayList<>();

  @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "Package to evaluate (repeatable; default: main).")
  List<String> namespaces = new ArrayList<>();

  @Option(names = "--all-namespaces", description = "Evaluate every package of the policies.")
  boolean allNamespaces;

  @Option(names = "--combine", description = "Evaluate all inputs together as one array of {path, contents}.")
  boolean combine;

  @Option(names = "--fail-on-warn", description = "Exit 1 on warnings (and 2 on failures).")
  boolean failOnWarn;

  @Option(names = "--parser", paramLabel = "FORMAT",
      description = "Parse every input as FORMAT: json, yaml, toml, ini, properties, xml, dockerfile, dotenv.")
  String parser;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "stdout",
      description = "Output: stdout, json, table, tap, junit (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--v0-compatible", description = "Parse the policies as Rego v0 (deny[msg] { ... }), as OPA 1.x's flag.")
  boolean v0Compatible;

  @Option(names = "--rego-version", paramLabel = "v0|v1", description = "conftest's spelling of --v0-compatible (v0).")
  String regoVersion;

  @Option(names = "--suppress-exceptions", description = "Leave exceptions out of the stdout output (still counted).")
  boolean suppressExceptions;

  @Option(names = "--no-color", description = "Accepted for conftest compatibility (output is never colored).")
  boolean noColor;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!ConftestOutput.FORMATS.contains(output)) {
      throw new UsageException("policy check: unknown output " + output + " (stdout, json, table, tap, junit)");
    }
    if (parser != null && !ConfigParser.FORMATS.contains(parser)) {
      throw new UsageException("policy check: unknown parser " + parser + " (one of " + String.join(", ",
          new java.util.TreeSet<>(ConfigParser.FORMATS)) + ")");
    }
    boolean v0 = v0Compatible;
    if (regoVersion != null) {
      if (!regoVersion.equals("v0") && !regoVersion.equals("v1")) {
        throw new UsageException("policy check: --rego-version must be v0 or v1");
      }
      v0 |= regoVersion.equals("v0");
    }
    List<Path> policyPaths = policies.isEmpty() ? List.of(Path.of("policy")) : policies;
    try {
      Map<String, String> sources = loadPolicies(policyPaths);
      if (sources.isEmpty()) {
        err.println("policy check: no policies found in " + policyPaths);
        return ERROR;
      }
      Value data = DataLoader.load(dataPaths);
      ConftestRunner runner = new ConftestRunner(sources, data, v0, dev.readiness.policy.conftest.ConftestBuiltins.registry());
      Map<String, Value> configs = new LinkedHashMap<>();
      Map<String, Path> paths = new LinkedHashMap<>();
      for (Path f : inputFiles()) {
        if (f.toString().equals("-")) {
          String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
          configs.put("-", ConfigParser.parse(parser != null ? parser : "yaml", text, "-"));
          paths.put("-", Path.of("-"));
          continue;
        }
        String format = parser != null ? parser : ConfigParser.formatOf(f);
        if (format == null) {
          err.println("policy check: " + f + ": unknown file type; use --parser to choose one");
          return ERROR;
        }
        String text = Files.readString(f, StandardCharsets.UTF_8);
        configs.put(f.toString(), ConfigParser.parse(format, text, f.toString()));
        paths.put(f.toString(), f);
      }
      List<String> nsList = allNamespaces ? runner.namespaces() : namespaces.isEmpty() ? List.of("main") : namespaces;
      if (!allNamespaces && nsList.stream().anyMatch(n -> n.contains("*") || n.contains("?") || n.contains("["))) {
        nsList = runner.namespaces().stream().filter(n -> namespaces.stream().anyMatch(p -> glob(p, n))).toList();
      }
      List<ConftestRunner.CheckResult> results = new ArrayList<>();
      for (String ns : nsList) {
        if (combine) {
          List<Value> all = new ArrayList<>();
          configs.forEach((path, config) -> {
            List<Value> parts = config instanceof ArrayValue a ? a.elements() : List.of(config);
            for (Value c : parts) {
              all.add(ObjectValue.builder().put("path", StringValue.of(path)).put("contents", c).build());
            }
          });
          results.add(runner.check("Combined", Path.of("Combined"), new ArrayValue(all), ns, false));
        } else {
          for (Map.Entry<String, Value> c : configs.entrySet()) {
            results.add(runner.check(c.getKey(), paths.get(c.getKey()), c.getValue(), ns));
          }
        }
      }
      ConftestOutput.write(output, results, out, suppressExceptions);
      boolean failures = results.stream().anyMatch(r -> !r.failures().isEmpty());
      boolean warnings = results.stream().anyMatch(r -> !r.warnings().isEmpty());
      if (failOnWarn) return failures ? 2 : warnings ? 1 : 0;
      return failures ? 1 : 0;
    } catch (ConfigParser.ConfigException e) {
      err.println("policy check: " + e.getMessage());
      err.flush();
      return ERROR;
    } catch (PolicyException e) {
      err.println(e.getMessage());
      err.flush();
      return ERROR;
    } catch (IOException e) {
      throw new UsageException("policy check: cannot read: " + dev.readiness.text.IoReasons.of(e), e);
    }
  }

  /** conftest exits 1 for any error (an input or policy that cannot be loaded), like a failure. */
  private static final int ERROR = 1;

  /** Go's path.Match for namespace patterns: * and ? within a name, [...] classes. */
  static boolean glob(String pattern, String name) {
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> re.append("[^/]*");
        case '?' -> re.append("[^/]");
        case '[', ']' -> re.append(c);
        default -> re.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return name.matches(re.toString());
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new UsageException("policy check: bad namespace pattern " + pattern);
    }
  }

  private List<Path> inputFiles() throws IOException, ConfigParser.ConfigException {
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      if (f.toString().isEmpty()) continue; // conftest skips blank names
      if (f.toString().equals("-")) {
        out.add(f);
        continue;
      }
      if (!Files.exists(f)) throw new ConfigParser.ConfigException("no such file or directory: " + f);
      if (Files.isDirectory(f)) {
        // a symbolic link to a directory is walked at its target, named by the real path, as conftest does
        try (Stream<Path> s = Files.walk(Files.isSymbolicLink(f) ? f.toRealPath() : f)) {
          s.filter(Files::isRegularFile).filter(p -> ConfigParser.formatOf(p) != null).sorted().forEach(out::add);
        }
      } else {
        out.add(f);
      }
    }
    return out;
  }

  private static Map<String, String> loadPolicies(List<Path> paths) throws IOException, ConfigParser.ConfigException {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Path p : paths) {
      if (!Files.exists(p)) throw new ConfigParser.ConfigException("no such policy directory or file: " + p);
      List<Path> regos;
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          regos = s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".rego"))
              .sorted().toList();
        }
      } else {
        regos = List.of(p);
      }
      // named as conftest names them (print locations, errors): the path as given, cleaned (./policy/a.rego is policy/a.rego)
      for (Path f : regos) sources.put(f.normalize().toString(), Files.readString(f, StandardCharsets.UTF_8));
    }
    return sources;
  }
}
