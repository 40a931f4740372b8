package dev.readiness.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script (src/main/dist/readiness, copied next to the jar by mvn package), run with a
 * stand-in {@code java} that prints the arguments it got: which JVM options it adds, when it uses the
 * AppCDS archive, and that the user's arguments pass through unchanged.
 */
class LauncherScriptTest {
  private static final Path SCRIPT = Path.of("src/main/dist/readiness");

  @TempDir Path dir;

  @Test
  void runsTheJarNextToItWithStartupOptionsAndTheArgumentsUnchanged() throws Exception {
    List<String> args = launch(false, "", "scan", "my repo", "--format", "md,json");
    int jar = args.indexOf("-jar");
    assertTrue(jar > 0, args.toString());
    assertEquals(dir.resolve("bin/readiness.jar").toString(), args.get(jar + 1));
    assertEquals(List.of("scan", "my repo", "--format", "md,json"), args.subList(jar + 2, args.size()));
    assertTrue(args.contains("-XX:+UseSerialGC"), args.toString());
    assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args.toString());
    assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), "no archive, no CDS option: " + args);
  }

  @Test
  void usesTheArchiveWhenItSitsNextToTheJarAndAddsUserOptionsLast() throws Exception {
    List<String> args = launch(true, "-Xmx2g -Dreadiness.timings=true", "scan");
    assertTrue(args.contains("-XX:SharedArchiveFile=" + dir.resolve("bin/readiness.jsa")), args.toString());
    assertTrue(args.contains("-Xlog:cds=off"), "a mismatched archive must not print warnings: " + args);
    int jar = args.indexOf("-jar");
    assertTrue(args.indexOf("-Xmx2g") > args.indexOf("-XX:+UseSerialGC") && args.indexOf("-Xmx2g") < jar, args.toString());
    assertTrue(args.contains("-Dreadiness.timings=true"), args.toString());
  }

  @Test
  void onJava25TheAotCacheIsUsedInsteadOfTheArchive() throws Exception {
    install(true);
    Files.writeString(dir.resolve("bin/readiness.aot"), "aot cache");
    Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
    List<String> args = run(dir.resolve("bin/readiness"), "", "scan");
    assertTrue(args.contains("-XX:AOTCache=" + dir.resolve("bin/readiness.aot")), args.toString());
    assertTrue(args.contains("-Xlog:aot=off"), "a mismatched cache must not print warnings: " + args);
    assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), args.toString());
  }

  @Test
  void beforeJava25TheArchiveIsUsedEvenBesideAnAotCache() throws Exception {
    install(true);
    Files.writeString(dir.resolve("bin/readiness.aot"), "aot cache");
    Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");
    List<String> args = run(dir.resolve("bin/readiness"), "", "scan");
    assertTrue(args.contains("-XX:SharedArchiveFile=" + dir.resolve("bin/readiness.jsa")), args.toString());
    assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:AOTCache")), "Java 17 refuses the option: " + args);
  }

  @Test
  void versionAndHelpMapNoCache() throws Exception {
    install(true);
    Files.writeString(dir.resolve("bin/readiness.aot"), "aot cache");
    Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"25\"\n");
    for (String quick : List.of("--version", "-V", "help", "--help", "-h")) {
      List<String> args = run(dir.resolve("bin/readiness"), "", quick);
      assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:AOTCache") || a.startsWith("-XX:SharedArchiveFile")), args.toString());
      assertEquals(quick, args.get(args.size() - 1));
    }
    // help for a subcommand loads the program: the cache helps there
    assertTrue(run(dir.resolve("bin/readiness"), "", "help", "scan").contains("-XX:AOTCache=" + dir.resolve("bin/readiness.aot")));
  }

  @Test
  void worksThroughASymlinkOnThePath() throws Exception {
    install(false);
    Path link = dir.resolve("elsewhere/readiness");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, dir.resolve("bin/readiness"));
    List<String> args = run(link, "");
    assertEquals(dir.resolve("bin/readiness.jar").toString(), args.get(args.indexOf("-jar") + 1));
  }

  private List<String> launch(boolean archive, String javaOpts, String... userArgs) throws Exception {
    install(archive);
    return run(dir.resolve("bin/readiness"), javaOpts, userArgs);
  }

  private void install(boolean archive) throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: the launcher is a POSIX shell script");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.copy(SCRIPT, bin.resolve("readiness"));
    executable(bin.resolve("readiness"));
    Files.writeString(bin.resolve("readiness.jar"), "not read by the stand-in java");
    if (archive) Files.writeString(bin.resolve("readiness.jsa"), "archive");
    Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n", StandardCharsets.UTF_8);
    executable(java);
  }

  private List<String> run(Path launcher, String javaOpts, String... userArgs) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
    cmd.addAll(List.of(userArgs));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
    pb.environment().put("READINESS_JAVA_OPTS", javaOpts);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "launcher did not finish");
    assertEquals(0, p.exitValue(), out);
    return out.isEmpty() ? List.of() : List.of(out.split("\n"));
  }

  private static void executable(Path p) throws IOException {
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
