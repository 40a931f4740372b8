package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults in the middle of an apply, injected through the {@link FileOps} seam (the real file system with a
 * hook before each temp write and each rename): every test ends with the tree byte for byte as before
 * (or as someone else left it meanwhile) and a message naming the file and the reason.
 * The three targets are applied in order: a.txt (modified), new/dir/c.txt (created), sub/b.txt (modified).
 */
class AtomicApplierFaultsTest {
  /** One temp dir holding the repository root, a directory outside it and a parking place for a moved-away directory. */
  @TempDir Path tmp;
  private Path root;
  private Path outside;
  private Path parked;
  private ChangeSet set;

  @BeforeEach
  void threeTargets() throws IOException {
    root = Files.createDirectories(tmp.resolve("root"));
    outside = Files.createDirectories(tmp.resolve("outside"));
    parked = Files.createDirectories(tmp.resolve("parked"));
    Files.writeString(root.resolve("a.txt"), "old a\n");
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("sub/b.txt"), "old b\n");
    set = new ChangeSet(List.of(change("a.txt", "old a\n", "new a\n"), change("new/dir/c.txt", null, "c\n"), change("sub/b.txt", "old b\n", "new b\n")));
  }

  @Test
  void permissionDeniedWritingTheSecondTarget() throws Exception {
    Map<String, String> before = TreeSnapshot.of(root);
    FixException e = applyFailing(new Faults() {
      @Override
      void beforeWrite(Path temp, byte[] data) throws IOException {
        if (isTempOf(temp, "c.txt")) throw new AccessDeniedException(temp.toString());
      }
    });
    assertEquals("could not write new/dir/c.txt: permission denied; nothing was changed", e.getMessage());
    assertEquals(before, TreeSnapshot.of(root));
  }

  @Test
  void permissionDeniedReplacingTheSecondTargetAfterTheFirstWasReplaced() throws Exception {
    Map<String, String> before = TreeSnapshot.of(root);
    FixException e = applyFailing(new Faults() {
      @Override
      void beforeMove(Path from, Path to) throws IOException {
        if (to.getFileName().toString().equals("c.txt")) {
          assertEquals("new a\n", Files.readString(root.resolve("a.txt")), "the first target is already replaced");
          throw new AccessDeniedException(to.toString());
        }
      }
    });
    assertEquals("could not write new/dir/c.txt: permission denied; nothing was changed", e.getMessage());
    assertEquals(before, TreeSnapshot.of(root));
  }

  @Test
  void diskFullHalfwayThroughATarget() throws Exception {
    Map<String, String> before = TreeSnapshot.of(root);
    FixException e = applyFailing(new Faults() {
      @Override
      void beforeWrite(Path temp, byte[] data) throws IOException {
        if (isTempOf(temp, "b.txt")) {
          Files.write(temp, Arrays.copyOf(data, data.length / 2));
          throw new FileSystemException(temp.toString(), null, "No space left on device");
        }
      }
    });
    assertEquals("could not write sub/b.txt: No space left on device; nothing was changed", e.getMessage());
    assertEquals(before, TreeSnapshot.of(root));
  }

  @Test
  void aTargetEditedDuringTheApplyIsNeitherOverwrittenNorRolledBack() throws Exception {
    Map<String, String> before = TreeSnapshot.of(root);
    FixException e = applyFailing(new Faults() {
      @Override
      void beforeWrite(Path temp, byte[] data) throws IOException {
        if (isTempOf(temp, "b.txt")) Files.writeString(root.resolve("a.txt"), "edited by someone else\n");
      }
    });
    assertEquals("a.txt changed while the changes were being written; run fix again; nothing was changed", e.getMessage());
    assertEquals("edited by someone else\n", Files.readString(root.resolve("a.txt")), "the other edit is kept");
    Files.writeString(root.resolve("a.txt"), "old a\n");
    assertEquals(before, TreeSnapshot.of(root), "and nothing else differs");
  }

  @Test
  void aFileCreatedAtATargetDuringTheApplyIsKept() throws Exception {
    Map<String, String> before = TreeSnapshot.of(root);
    FixException e = applyFailing(new Faults() {
      @Override
      void beforeWrite(Path temp, byte[] data) throws IOException {
        if (isTempOf(temp, "b.txt")) Files.writeString(root.resolve("new/dir/c.txt"), "someone else's\n");
      }
    });
    assertEquals("new/dir/c.txt appeared while the changes were being written; run fix again; nothing was changed", e.getMessage());
    assertEquals("someone else's\n", Files.readString(root.resolve("new/dir/c.txt")));
    Files.delete(root.resolve("new/dir/c.txt"));
    Files.delete(root.resolve("new/dir"));
    Files.delete(root.resolve("new"));
    assertEquals(before, TreeSnapshot.of(root), "and nothing else differs");
  }

  @Test
  void aTargetDirectoryReplacedByASymlinkBeforeTheApply() throws Exception {
    swapSubForALinkOutside();
    Map<String, String> before = TreeSnapshot.of(root);
    Map<String, String> outsideBefore = TreeSnapshot.of(outside);
    FixException e = assertThrows(FixException.class, () -> new AtomicApplier(new PathGuard(root), FileOps.SYSTEM).apply(set, null));
    assertEquals("refusing sub/b.txt: sub resolves outside the repository (symlink); nothing was changed", e.getMessage());
    assertEquals(before, TreeSnapshot.of(root));
    assertEquals(outsideBefore, TreeSnapshot.of(outside), "nothing written through the link");
  }

  @Test
  void aTargetDirectoryReplacedByASymlinkDuringTheApply() throws Exception {
    Files.writeString(outside.resolve("b.txt"), "old b\n");
    Map<String, String> outsideBefore = TreeSnapshot.of(outside);
    Map<String, String> afterSwap = relinked(TreeSnapshot.of(root), outside);
    FixException e = applyFailing(new Faults() {
      @Override
      void beforeWrite(Path temp, byte[] data) throws IOException {
        // The temp for sub/b.txt is about to be written: swap sub for a link, so it lands outside.
        if (isTempOf(temp, "b.txt")) relinkSub(outside);
      }
    });
    assertEquals("refusing sub/b.txt: sub resolves outside the repository (symlink); nothing was changed", e.getMessage());
    assertEquals(afterSwap, TreeSnapshot.of(root), "a.txt restored, c.txt and every temp gone");
    assertEquals(outsideBefore, TreeSnapshot.of(outside), "the temp written through the link is gone and b.txt is untouched");
    assertEquals("old b\n", Files.readString(parked.resolve("sub/b.txt")));
  }

  @Test
  void aTargetDirectoryRelinkedInsideTheRootDuringTheApply() throws Exception {
    Files.createDirectories(root.resolve("other"));
    Files.writeString(root.resolve("other/b.txt"), "old b\n");
    Map<String, String> afterSwap = relinked(TreeSnapshot.of(root), root.resolve("other"));
    FixException e = applyFailing(new Faults() {
      @Override
      void beforeWrite(Path temp, byte[] data) throws IOException {
        if (isTempOf(temp, "b.txt")) relinkSub(root.resolve("other"));
      }
    });
    assertEquals("sub/b.txt now resolves to other/b.txt (a directory was replaced or linked elsewhere while the changes were being "
        + "written); run fix again; nothing was changed", e.getMessage());
    assertEquals(afterSwap, TreeSnapshot.of(root), "other/b.txt untouched, the temp written through the link gone");
  }

  /** The last window: the link appears after the final check, between two renames. The temp is then not where the rename looks. */
  @Test
  void aTargetDirectoryRelinkedBetweenTheRenames() throws Exception {
    Files.createDirectories(root.resolve("other"));
    Files.writeString(root.resolve("other/b.txt"), "old b\n");
    Map<String, String> afterSwap = relinked(TreeSnapshot.of(root), root.resolve("other"));
    FixException e = applyFailing(new Faults() {
      @Override
      void beforeMove(Path from, Path to) throws IOException {
        if (to.getFileName().toString().equals("b.txt")) relinkSub(root.resolve("other"));
      }
    });
    assertEquals("could not write sub/b.txt: no such file or directory; nothing was changed", e.getMessage());
    assertEquals(afterSwap, TreeSnapshot.of(root), "a.txt restored, c.txt gone, other/b.txt untouched");
  }

  // ------------------------------------------------------------------------------------------ helpers

  private FixException applyFailing(Faults faults) {
    return assertThrows(FixException.class, () -> new AtomicApplier(new PathGuard(root), faults).apply(set, null));
  }

  private void swapSubForALinkOutside() throws IOException {
    Files.writeString(outside.resolve("b.txt"), "old b\n");
    relinkSub(outside);
  }

  /** Moves the directory sub out of the tree (to a parking place) and puts a symbolic link to {@code target} in its place. */
  private void relinkSub(Path target) throws IOException {
    Files.move(root.resolve("sub"), parked.resolve("sub"));
    Files.createSymbolicLink(root.resolve("sub"), target);
  }

  /** What a snapshot becomes once {@link #relinkSub} ran: no sub directory, a link named sub instead. */
  private static Map<String, String> relinked(Map<String, String> snapshot, Path target) {
    Map<String, String> out = new TreeMap<>(snapshot);
    out.keySet().removeIf(k -> k.equals("sub") || k.startsWith("sub/"));
    out.put("sub", "link:" + target);
    return out;
  }

  /** Whether a temp file is the one staged for a target of that name (".NAME.readiness-HEX.tmp"). */
  private static boolean isTempOf(Path temp, String targetName) {
    return temp.getFileName().toString().startsWith("." + targetName + ".readiness-");
  }

  private static FileChange change(String path, String before, String after) {
    return new FileChange(path, before == null ? ChangeKind.CREATE : ChangeKind.MODIFY, before, after, null, List.of("test"), List.of("x.y"), null);
  }

  /** The real file system with a hook before each temp write and each rename, to fail it or disturb the tree. */
  private abstract static class Faults implements FileOps {
    void beforeWrite(Path temp, byte[] data) throws IOException {}

    void beforeMove(Path from, Path to) throws IOException {}

    @Override
    public final void writeSynced(Path file, byte[] data, Set<PosixFilePermission> permissions) throws IOException {
      beforeWrite(file, data);
      SYSTEM.writeSynced(file, data, permissions);
    }

    @Override
    public final void move(Path from, Path to) throws IOException {
      beforeMove(from, to);
      SYSTEM.move(from, to);
    }
  }
}
