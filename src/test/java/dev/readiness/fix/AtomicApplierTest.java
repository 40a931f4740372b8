package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicApplierTest {
  @TempDir Path root;

  private ChangeSet threeChanges() throws IOException {
    Files.writeString(root.resolve("a.txt"), "old a\n");
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("sub/b.txt"), "old b\n");
    return new ChangeSet(List.of(
        change("a.txt", "old a\n", "new a\n"),
        change("new/dir/c.txt", null, "c\n"),
        change("sub/b.txt", "old b\n", "new b\n")));
  }

  private static FileChange change(String path, String before, String after) {
    return new FileChange(path, before == null ? ChangeKind.CREATE : ChangeKind.MODIFY, before, after, null, List.of("test"), List.of("x.y"), null);
  }

  @Test
  void writesEverythingAndSetsTheMode() throws Exception {
    ChangeSet set = new ChangeSet(List.of(
        new FileChange(".env", ChangeKind.CREATE, null, "K=v\n", 0600, List.of("r"), List.of("c"), "K=<generated secret>\n")));
    new AtomicApplier(new PathGuard(root), FileOps.SYSTEM).apply(set, null);
    assertEquals("K=v\n", Files.readString(root.resolve(".env")));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(root.resolve(".env")));
  }

  @Test
  void failureInTheMiddleOfTheRenamesLeavesTheTreeExactlyAsBefore() throws Exception {
    ChangeSet set = threeChanges();
    Map<String, String> before = TreeSnapshot.of(root);
    AtomicInteger moves = new AtomicInteger();
    FileOps failing = new FileOps() {
      @Override
      public void writeSynced(Path file, byte[] data, Set<PosixFilePermission> permissions) throws IOException {
        SYSTEM.writeSynced(file, data, permissions);
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        if (moves.incrementAndGet() == 3) throw new IOException("disk full (simulated)");
        SYSTEM.move(from, to);
      }
    };
    FixException e = assertThrows(FixException.class, () -> new AtomicApplier(new PathGuard(root), failing).apply(set, null));
    assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
    assertEquals(before, TreeSnapshot.of(root));
  }

  @Test
  void aParentThatIsAFileFailsTheApplyAndNothingRemains() throws Exception {
    ChangeSet base = threeChanges();
    Files.writeString(root.resolve("blocker"), "i am a file\n");
    ChangeSet set = new ChangeSet(List.of(base.changes().get(0), base.changes().get(1), change("blocker/d.txt", null, "d\n")));
    Map<String, String> before = TreeSnapshot.of(root);
    assertThrows(FixException.class, () -> new AtomicApplier(new PathGuard(root), FileOps.SYSTEM).apply(set, null));
    assertEquals(before, TreeSnapshot.of(root));
  }

  @Test
  void readOnlyDirectoryInTheMiddleLeavesTheTreeExactlyAsBefore() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "running as root: a read-only directory does not stop root (covered by the simulated failure tests)");
    ChangeSet set = threeChanges();
    Path sub = root.resolve("sub");
    Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Map<String, String> before = TreeSnapshot.of(root);
      assertThrows(FixException.class, () -> new AtomicApplier(new PathGuard(root), FileOps.SYSTEM).apply(set, null));
      assertEquals(before, TreeSnapshot.of(root));
    } finally {
      Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void refusesWhenTheFileChangedSinceThePlan() throws Exception {
    ChangeSet set = threeChanges();
    Files.writeString(root.resolve("sub/b.txt"), "edited meanwhile\n");
    Map<String, String> before = TreeSnapshot.of(root);
    FixException e = assertThrows(FixException.class, () -> new AtomicApplier(new PathGuard(root), FileOps.SYSTEM).apply(set, null));
    assertTrue(e.getMessage().contains("sub/b.txt changed"), e.getMessage());
    assertEquals(before, TreeSnapshot.of(root));
  }

  @Test
  void backupKeepsOriginalsOfModifiedFiles(@TempDir Path backup) throws Exception {
    ChangeSet set = threeChanges();
    AtomicApplier.Applied applied = new AtomicApplier(new PathGuard(root), FileOps.SYSTEM).apply(set, backup);
    assertEquals(List.of("a.txt", "sub/b.txt"), applied.backedUp());
    assertEquals("old b\n", Files.readString(backup.resolve("sub/b.txt")));
    assertEquals("new b\n", Files.readString(root.resolve("sub/b.txt")));
    assertEquals("c\n", Files.readString(root.resolve("new/dir/c.txt")));
    assertFalse(Files.exists(backup.resolve("new/dir/c.txt")));
  }

  @Test
  void symlinkOutsideTheRootIsRefused(@TempDir Path outside) throws Exception {
    Files.createSymbolicLink(root.resolve("escape"), outside);
    Files.writeString(outside.resolve("target.txt"), "outside\n");
    Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("target.txt"));
    PathGuard guard = new PathGuard(root);
    assertThrows(FixException.class, () -> guard.resolve("escape/x.txt"));
    assertThrows(FixException.class, () -> guard.resolve("link.txt"));
    assertThrows(FixException.class, () -> guard.resolve("../x.txt"));
    assertThrows(FixException.class, () -> guard.resolve("/etc/passwd"));
    Map<String, String> before = TreeSnapshot.of(outside);
    ChangeSet set = new ChangeSet(List.of(change("ok.txt", null, "ok\n"), change("escape/x.txt", null, "x\n")));
    assertThrows(FixException.class, () -> new AtomicApplier(guard, FileOps.SYSTEM).apply(set, null));
    assertEquals(before, TreeSnapshot.of(outside));
    assertFalse(Files.exists(root.resolve("ok.txt")));
  }
}
