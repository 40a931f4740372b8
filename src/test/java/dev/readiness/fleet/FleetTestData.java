package dev.readiness.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Small readiness JSON reports written to disk, shaped like real ones, for the fleet tests. */
final class FleetTestData {
  private FleetTestData() {}

  /** Writes {@code dir/readiness.json} for a repository with the given overall score and check statuses. */
  static Path report(Path dir, String name, String scannedAt, double overall, String secretsStatus,
                     String ciStatus, String... blockers) throws IOException {
    Files.createDirectories(dir);
    String json = String.format(Locale.ROOT, """
        {"schemaVersion":1,"tool":{"name":"readiness","version":"0.1.0"},
         "target":{"path":"/x/%1$s","name":"%1$s","gitCommit":"0123456789abcdef0123","pathInRepo":null},
         "scannedAt":"%2$s","durationMs":10,
         "checks":[
          {"id":"security.secrets.committed","title":"No secrets committed","category":"security","severity":"critical","status":"%3$s","findings":[]},
          {"id":"automation.ci.tests","title":"CI runs the tests","category":"automation","severity":"high","status":"%4$s","findings":[]},
          {"id":"docs.readme","title":"README","category":"documentation","severity":"low","status":"n/a","findings":[]}],
         "scores":{"infrastructure":%5$.1f,"automation":%5$.1f,"security":%5$.1f,"monitoring":null,"documentation":%5$.1f,"overall":%5$.1f},
         "verdict":{"level":"%6$s","label":"L","blockers":[%7$s]}}
        """, name, scannedAt, secretsStatus, ciStatus, overall, blockers.length == 0 ? "ready" : "not-ready",
        blockers.length == 0 ? "" : "\"" + String.join("\",\"", blockers) + "\"");
    Path file = dir.resolve("readiness.json");
    Files.writeString(file, json);
    return file;
  }
}
