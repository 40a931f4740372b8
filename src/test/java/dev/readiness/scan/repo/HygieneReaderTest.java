package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HygieneReaderTest {
  @TempDir Path dir;

  @Test
  void aReleaseSnapshotIsNotABackupButADatabaseSnapshotIs() {
    List<RepoFacts.Located> schedules = RepoFixture.scan(dir, Map.of(
        "ops/crontab", "0 1 * * * /opt/bin/publish-snapshot-release\n0 2 * * * aws rds create-db-snapshot --db-instance-identifier app\n")).backupSchedules();
    assertEquals(1, schedules.size(), schedules::toString);
    assertEquals(2, schedules.get(0).line());
  }
}
