package dev.readiness.fix;

import dev.readiness.text.IoReasons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Writes a change set all-or-nothing: every new content goes to a temp file beside its target
 * (fsynced); then every target is checked again (still what the plan was made from, its directory
 * still resolving to the same place) and all temps are renamed over their targets. If anything fails,
 * every file already renamed is restored from its in-memory original, created files and directories
 * are removed, and temps are deleted, so the tree is exactly as before (apart from what someone else
 * changed meanwhile, which is left alone).
 */
public final class AtomicApplier {
  private final PathGuard guard;
  private final FileOps ops;
  private final SecureRandom random = new SecureRandom();

  public AtomicApplier(PathGuard guard, FileOps ops) {
    this.guard = guard;
    this.ops = ops;
  }

  /**
   * What was written, and how to take it back.
   *
   * @param written repo-relative paths written
   * @param backedUp paths whose originals were copied to the backup dir
   * @param undo restores the tree as it was before this apply (used when verification fails)
   */
  public record Applied(List<String> written, List<String> backedUp, Undo undo) {}

  /** Restores the pre-apply tree. */
  public interface Undo {
    /** @throws FixException naming the paths that could not be restored */
    void run() throws FixException;
  }

  /** A target prepared for commit. */
  private record Staged(FileChange change, Path target, byte[] original, Set<PosixFilePermission> originalPerms, Path temp) {}

  /**
   * Applies the changes.
   *
   * @param backupDir where originals of modified files are copied first (their repo-relative layout kept), or null
   * @throws FixException when a change is refused or a write fails; the tree is then unchanged
   */
  public Applied apply(ChangeSet set, Path backupDir) throws FixException {
    List<Staged> staged = new ArrayList<>();
    List<Path> createdDirs = new ArrayList<>();
    List<Staged> committed = new ArrayList<>();
    List<String> backedUp = new ArrayList<>();
    String current = null;
    try {
      List<Staged> checked = check(set);
      current = "the backup in " + backupDir;
      if (backupDir != null) backedUp.addAll(backup(checked, backupDir));
      for (Staged s : checked) {
        current = s.change().path();
        createParents(s.target().getParent(), createdDirs);
        Path temp = s.target().resolveSibling("." + s.target().getFileName() + ".readiness-" + HexFormat.of().formatHex(randomBytes()) + ".tmp");
        Set<PosixFilePermission> perms = s.change().mode() != null ? permissions(s.change().mode()) : s.originalPerms();
        Staged withTemp = new Staged(s.change(), s.target(), s.original(), s.originalPerms(), temp);
        staged.add(withTemp);
        ops.writeSynced(temp, s.change().after().getBytes(StandardCharsets.UTF_8), perms);
      }
      current = null;
      recheck(staged);
      for (Staged s : staged) {
        current = s.change().path();
        ops.move(s.temp(), s.target());
        committed.add(s);
      }
      List<Staged> done = List.copyOf(committed);
      List<Path> dirs = List.copyOf(createdDirs);
      Undo undo = () -> {
        List<String> problems = rollback(List.of(), done, dirs);
        if (!problems.isEmpty()) throw new FixException("could not restore: " + String.join(", ", problems));
      };
      return new Applied(staged.stream().map(s -> s.change().path()).toList(), backedUp, undo);
    } catch (FixException e) {
      throw new FixException(outcome(e.getMessage(), rollback(staged, committed, createdDirs)), e);
    } catch (IOException | RuntimeException e) {
      String what = current == null ? "could not apply the changes" : "could not write " + current;
      throw new FixException(outcome(what + ": " + reason(e), rollback(staged, committed, createdDirs)), e);
    }
  }

  /** What failed and what the tree is like now. */
  private static String outcome(String failure, List<String> notRestored) {
    return failure + (notRestored.isEmpty() ? "; nothing was changed" : "; restoring failed for: " + String.join(", ", notRestored));
  }

  /** Why an operation failed, in words, without the temp file's absolute path. */
  private static String reason(Exception e) {
    return IoReasons.of(e);
  }

  /** Resolves every target and checks the disk still holds what the plan was made from. */
  private List<Staged> check(ChangeSet set) throws FixException, IOException {
    List<Staged> out = new ArrayList<>();
    for (FileChange c : set.changes()) {
      Path target = guard.resolve(c.path());
      boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      if (c.before() == null && exists) {
        throw new FixException(c.path() + " appeared after the plan was made; run fix again");
      }
      byte[] original = null;
      Set<PosixFilePermission> perms = null;
      if (c.before() != null) {
        if (!exists || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new FixException(c.path() + " disappeared after the plan was made; run fix again");
        }
        original = Files.readAllBytes(target);
        if (!Arrays.equals(original, c.before().getBytes(StandardCharsets.UTF_8))) {
          throw new FixException(c.path() + " changed after the plan was made; run fix again");
        }
        perms = posixPermissions(target);
      }
      out.add(new Staged(c, target, original, perms, null));
    }
    return out;
  }

  /**
   * Just before the renames: every target still holds what the plan was made from (a file that was to be
   * created is still absent) and still resolves to the same place, so neither an edit made during the
   * apply nor a directory swapped for a symlink is written over or through.
   */
  private void recheck(List<Staged> staged) throws FixException, IOException {
    for (Staged s : staged) {
      String path = s.change().path();
      Path now = guard.resolve(path);
      if (!now.equals(s.target())) {
        throw new FixException(path + " now resolves to " + guard.root().relativize(now) + " (a directory was replaced or linked elsewhere while the changes were being written); run fix again");
      }
      boolean exists = Files.exists(now, LinkOption.NOFOLLOW_LINKS);
      if (s.original() == null) {
        if (exists) throw new FixException(path + " appeared while the changes were being written; run fix again");
      } else if (!exists || !Files.isRegularFile(now, LinkOption.NOFOLLOW_LINKS) || !Arrays.equals(Files.readAllBytes(now), s.original())) {
        throw new FixException(path + " changed while the changes were being written; run fix again");
      }
    }
  }

  private List<String> backup(List<Staged> staged, Path backupDir) throws IOException {
    List<String> out = new ArrayList<>();
    for (Staged s : staged) {
      if (s.original() == null) continue;
      Path dest = backupDir.resolve(s.change().path()).normalize();
      if (!dest.startsWith(backupDir.normalize())) continue;
      Files.createDirectories(dest.getParent());
      Files.write(dest, s.original());
      out.add(s.change().path());
    }
    return out;
  }

  private static void createParents(Path dir, List<Path> created) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = dir; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      created.add(p);
    }
  }

  /** Undoes a partial apply; returns the paths that could not be restored (normally none). */
  private List<String> rollback(List<Staged> staged, List<Staged> committed, List<Path> createdDirs) {
    List<String> problems = new ArrayList<>();
    for (Staged s : staged) {
      try {
        Files.deleteIfExists(s.temp());
      } catch (IOException e) {
        problems.add(s.temp().toString());
      }
    }
    for (int i = committed.size() - 1; i >= 0; i--) {
      Staged s = committed.get(i);
      try {
        if (s.original() == null) {
          Files.deleteIfExists(s.target());
        } else {
          Path restore = s.target().resolveSibling("." + s.target().getFileName() + ".readiness-restore.tmp");
          Files.deleteIfExists(restore);
          Files.write(restore, s.original());
          if (s.originalPerms() != null) Files.setPosixFilePermissions(restore, s.originalPerms());
          Files.move(restore, s.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
      } catch (IOException | RuntimeException e) {
        problems.add(s.change().path());
      }
    }
    for (int i = createdDirs.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(createdDirs.get(i));
      } catch (DirectoryNotEmptyException e) {
        // Someone else put a file in it meanwhile: it is theirs now, and so is the directory.
      } catch (IOException e) {
        problems.add(createdDirs.get(i).toString());
      }
    }
    return problems;
  }

  private byte[] randomBytes() {
    byte[] b = new byte[6];
    random.nextBytes(b);
    return b;
  }

  private static Set<PosixFilePermission> posixPermissions(Path p) {
    try {
      return Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** POSIX permissions from octal mode bits such as 0600. */
  static Set<PosixFilePermission> permissions(int mode) {
    StringBuilder s = new StringBuilder();
    String rwx = "rwx";
    for (int shift = 6; shift >= 0; shift -= 3) {
      int bits = (mode >> shift) & 7;
      for (int i = 0; i < 3; i++) s.append((bits & (4 >> i)) != 0 ? rwx.charAt(i) : '-');
    }
    return PosixFilePermissions.fromString(s.toString());
  }
}
