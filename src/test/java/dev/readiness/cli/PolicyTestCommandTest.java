package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PolicyTestCommandTest {
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
    all[1] = "test";
    System.arraycopy(args, 0, all, 2, args.length);
    int code = cl.execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  private void write(String name, String src) throws Exception {
    Files.createDirectories(dir.resolve(name).getParent());
    Files.writeString(dir.resolve(name), src);
  }

  @Test
  void passingTestsExitZeroAndVerboseListsThem() throws Exception {
    write("lib/check.rego", "package c\nallow if input.ok\n");
    write("lib/check_test.rego", "package c\ntest_ok if allow with input.ok as true\n");
    Run r = run(dir.toString(), "-v");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("data.c.test_ok: PASS"), r.out());
    assertTrue(r.out().contains("PASS: 1/1"), r.out());
  }

  @Test
  void failingTestExitsOneAndShowsRuleAndLocation() throws Exception {
    write("check.rego", "package c\nallow if input.ok\n");
    write("check_test.rego", "package c\ntest_ok if allow with input.ok as true\n\ntest_bad if allow with input.ok as false\n");
    Run r = run(dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("data.c.test_bad: FAIL"), r.out());
    // as opa test: the failing test under its file:line, the path as given
    assertTrue(r.out().contains(dir.resolve("check_test.rego") + ":4:\ndata.c.test_bad: FAIL ("), r.out());
    assertTrue(r.out().contains("FAIL: 1/2"), r.out());
    assertEquals(0, run(dir.toString(), "--run", "test_ok").code(), "--run selects only the passing test");
  }

  @Test
  void parseErrorExitsTwoWithLocation() throws Exception {
    write("bad_test.rego", "package c\ntest_x {\n  true\n}\n");
    Run r = run(dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad_test.rego:2:8"), r.err());
  }

  @Test
  void missingDirectoryIsAUsageError() {
    assertEquals(2, run(dir.resolve("nope").toString()).code());
  }
  @Test
  void dataFilesBesideThePoliciesAndDashDLoadUnderData() throws Exception {
    write("p/check.rego", "package c\nallowed if input.user in data.users\nlimit := data.limits.cpu\n");
    write("p/check_test.rego", "package c\ntest_alice if allowed with input.user as \"alice\"\n"
        + "test_limit if limit == 2\ntest_nested if data.conf.sub.level == 3\n");
    write("p/data.json", "{\"users\": [\"alice\"]}");
    write("p/conf/sub/data.yaml", "level: 3\n");
    write("extra/limits.yaml", "limits:\n  cpu: 2\n");
    Run r = run("-p", dir.resolve("p").toString(), "-d", dir.resolve("extra/limits.yaml").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("PASS: 3/3"), r.out());
    Run without = run(dir.resolve("p").toString());
    assertEquals(1, without.code(), "without -d the limit is undefined: " + without.out());
    write("extra/clash.json", "{\"users\": [\"bob\"]}");
    Run clash = run(dir.resolve("p").toString(), "-d", dir.resolve("extra/clash.json").toString());
    assertEquals(2, clash.code(), clash.out() + clash.err());
    assertTrue(clash.err().contains("merge error"), clash.err());
  }

  @Test
  void v0CompatibleParsesRegoV0AndCountsEachDefinitionOfATest() throws Exception {
    write("v0/check.rego", "package c\ndeny[msg] {\n  input.user == \"root\"\n  msg := \"no root\"\n}\n");
    write("v0/check_test.rego", "package c\ntest_root { deny[\"no root\"] with input.user as \"root\" }\n"
        + "test_root { count(deny) == 1 with input.user as \"root\" }\ntest_app { count(deny) == 0 with input.user as \"app\" }\n");
    assertEquals(2, run(dir.resolve("v0").toString()).code(), "v0 syntax is a parse error without the flag");
    Run r = run("--v0-compatible", "-v", dir.resolve("v0").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("data.c.test_root#01: PASS"), r.out());
    assertTrue(r.out().contains("PASS: 3/3"), r.out());
  }

  @Test
  void printOutputIsIndentedUnderTheTestAsOpaTestShowsIt() throws Exception {
    write("t/p_test.rego", "package c\n\ntest_p if {\n  print(\"hello\", 1)\n  false\n}\n");
    Run r = run(dir.resolve("t").toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains(dir.resolve("t/p_test.rego") + ":3:\ndata.c.test_p: FAIL ("), r.out());
    assertTrue(r.out().contains(")\n\n  hello 1\n\n"), r.out());
    assertEquals("597.067µs", PolicyTestCommand.goDuration(597_067));
    assertEquals("4.411991ms", PolicyTestCommand.goDuration(4_411_991));
    assertEquals("260µs", PolicyTestCommand.goDuration(260_000));
    assertEquals("1m2.5s", PolicyTestCommand.goDuration(62_500_000_000L));
  }
}
