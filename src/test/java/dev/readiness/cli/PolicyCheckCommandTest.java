package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PolicyCheckCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    CommandLine cl = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 2];
    all[0] = "policy";
    all[1] = "check";
    System.arraycopy(args, 0, all, 2, args.length);
    int code = cl.execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String src) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, src);
    return p;
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  @BeforeEach
  void policies() throws Exception {
    write("policy/main.rego", """
        package main

        deny contains msg if {
          input.kind == "Deployment"
          not input.spec.runAsNonRoot
          msg := sprintf("%s must not run as root", [input.metadata.name])
        }

        deny_latest contains {"msg": "image uses latest", "severity": "high"} if endswith(input.image, ":latest")

        warn contains "no owner label" if not input.metadata.labels.owner

        violation_ports contains "too many ports" if count(object.get(input, "ports", [])) > 2

        exception contains rules if {
          input.metadata.name == "legacy"
          rules := ["latest"]
        }
        """);
    write("policy/other.rego", """
        package other.team

        deny contains "other says no" if input.kind
        """);
  }

  @Test
  void failuresWarningsAndSuccessesAreCountedLikeConftest() throws Exception {
    write("in/app.yaml", "kind: Deployment\nmetadata:\n  name: web\nimage: nginx:latest\n");
    Run r = run("-p", p("policy"), p("in/app.yaml"));
    String f = p("in/app.yaml");
    assertEquals(1, r.code(), r.err());
    assertEquals("WARN - " + f + " - main - no owner label\n"
        + "FAIL - " + f + " - main - web must not run as root\n"
        + "FAIL - " + f + " - main - image uses latest\n\n"
        + "4 tests, 1 passed, 1 warning, 2 failures, 0 exceptions\n", r.out());
  }

  @Test
  void exceptionsSuppressTheNamedRule() throws Exception {
    write("in/legacy.json", "{\"kind\": \"Service\", \"metadata\": {\"name\": \"legacy\", \"labels\": {\"owner\": \"a\"}},"
        + " \"image\": \"x:latest\"}");
    Run r = run("-p", p("policy"), p("in/legacy.json"));
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("EXCP - " + p("in/legacy.json") + " - main - data.main.exception[_][_] == \"latest\""),
        r.out());
    assertTrue(r.out().endsWith("4 tests, 3 passed, 0 warnings, 0 failures, 1 exception\n"), r.out());
    assertTrue(!run("-p", p("policy"), "--suppress-exceptions", p("in/legacy.json")).out().contains("EXCP"));
  }

  @Test
  void eachYamlDocumentIsItsOwnInput() throws Exception {
    write("in/multi.yaml", "kind: Deployment\nmetadata: {name: a, labels: {owner: x}}\n---\n"
        + "kind: Deployment\nmetadata: {name: b, labels: {owner: x}}\nspec: {runAsNonRoot: true}\n");
    Run r = run("-p", p("policy"), p("in/multi.yaml"));
    assertEquals(1, r.code());
    assertTrue(r.out().contains("a must not run as root"), r.out());
    assertTrue(!r.out().contains("b must not run as root"), r.out());
    assertTrue(r.out().endsWith("8 tests, 7 passed, 0 warnings, 1 failure, 0 exceptions\n"), r.out());
  }

  @Test
  void failOnWarnNamespacesAndCombine() throws Exception {
    write("in/svc.toml", "kind = \"Service\"\n[metadata]\nname = \"s\"\n");
    assertEquals(0, run("-p", p("policy"), p("in/svc.toml")).code());
    assertEquals(1, run("-p", p("policy"), "--fail-on-warn", p("in/svc.toml")).code());
    Run ns = run("-p", p("policy"), "--namespace", "other.*", p("in/svc.toml"));
    assertEquals(1, ns.code());
    assertTrue(ns.out().contains("- other.team - other says no"), ns.out());
    Run all = run("-p", p("policy"), "--all-namespaces", p("in/svc.toml"));
    assertTrue(all.out().contains("- main - no owner label") && all.out().contains("other says no"), all.out());
    write("combine/c.rego", """
        package main
        deny contains msg if {
          paths := {c.path | some c in input}
          count(paths) < 3
          msg := sprintf("only %d files", [count(paths)])
        }
        """);
    Run c = run("-p", p("combine"), "--combine", p("in/svc.toml"), p("policy/../in/svc.toml"));
    assertEquals(1, c.code());
    assertTrue(c.out().contains("FAIL - Combined - main - only 2 files"), c.out());
  }

  @Test
  void outputFormatsFollowConftest() throws Exception {
    write("in/app.json", "{\"kind\": \"Deployment\", \"metadata\": {\"name\": \"w\", \"labels\": {\"owner\": \"o\"}}}");
    String f = p("in/app.json");
    Run json = run("-p", p("policy"), "-o", "json", f);
    assertEquals("[\n\t{\n\t\t\"filename\": \"" + f + "\",\n\t\t\"namespace\": \"main\",\n\t\t\"successes\": 3,\n"
        + "\t\t\"failures\": [\n\t\t\t{\n\t\t\t\t\"msg\": \"w must not run as root\",\n\t\t\t\t\"metadata\": {\n"
        + "\t\t\t\t\t\"query\": \"data.main.deny\"\n\t\t\t\t}\n\t\t\t}\n\t\t]\n\t}\n]\n", json.out());
    Run tap = run("-p", p("policy"), "-o", "tap", f);
    assertTrue(tap.out().startsWith("1..4\nnot ok 1 - " + f + " - main - w must not run as root\n# successes\nok 2 - "),
        tap.out());
    Run table = run("-p", p("policy"), "-o", "table", f);
    assertTrue(table.out().contains("│ RESULT  │") && table.out().contains("│ failure │ " + f), table.out());
    Run junit = run("-p", p("policy"), "-o", "junit", f);
    assertTrue(junit.out().contains("<testsuite tests=\"4\" failures=\"1\" time=\"0.000\" name=\"conftest.main\">"),
        junit.out());
  }

  @Test
  void parserFlagHcl2AndBadInputs() throws Exception {
    write("in/conf.txt", "[server]\nport = 8080\n");
    assertEquals(1, run("-p", p("policy"), p("in/conf.txt")).code()); // unknown type without --parser
    assertEquals(0, run("-p", p("policy"), "--parser", "ini", p("in/conf.txt")).code());
    // HCL2 by extension or --parser; a broken file is a diagnostic naming file and line
    write("in/main.tf", "resource \"x\" \"y\" {}\n");
    assertEquals(0, run("-p", p("policy"), p("in/main.tf")).code());
    write("in/main.conf", "resource \"x\" \"y\" {}\n");
    assertEquals(0, run("-p", p("policy"), "--parser", "hcl2", p("in/main.conf")).code());
    write("in/broken.tf", "resource \"x\" \"y\" {\n  a = [1,\n}\n");
    Run hcl = run("-p", p("policy"), p("in/broken.tf"));
    assertEquals(1, hcl.code());
    assertTrue(hcl.err().contains("broken.tf:3:"), hcl.err());
    write("in/bad.yaml", "a: [1, 2\n");
    Run bad = run("-p", p("policy"), p("in/bad.yaml"));
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("bad.yaml") && bad.err().contains("line"), bad.err());
    assertEquals(2, run("-p", p("policy"), "-o", "html", p("in/conf.txt")).code());
  }

  @Test
  void parseConfigBuiltins() throws Exception {
    write("in/extra.toml", "port = 8080\n");
    write("pc/p.rego", "package main\n\n"
        + "deny contains \"toml port\" if parse_config_file(\"" + p("in/extra.toml").replace("\\", "/") + "\").port == 8080\n"
        + "deny contains \"ini port\" if parse_config(\"ini\", \"[s]\\nport = 1\\n\").s.port == 1\n");
    write("in/x.json", "{}");
    Run r = run("-p", p("pc"), p("in/x.json"));
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("toml port") && r.out().contains("ini port"), r.out());
  }

  @Test
  void printLinesCarryTheCallsFileAndLineAsConftest() throws Exception {
    write("pr/p.rego", "package main\n\ndeny contains \"x\" if {\n  print(\"saw\", input.a)\n  input.a == 1\n}\n");
    Path in = write("in.json", "{\"a\": 1}");
    Run r = run("-p", dir.resolve("pr").toString(), in.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith("PRNT   " + dir.resolve("pr/p.rego") + ":4: saw 1\n\nFAIL - "), r.out());
  }
}
