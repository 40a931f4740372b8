package dev.readiness.fix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every path under a directory with its type, permissions and content, to compare a tree before and after. */
final class TreeSnapshot {
  private TreeSnapshot() {}

  static Map<String, String> of(Path root) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.forEach(p -> {
        try {
          String rel = root.relativize(p).toString();
          if (Files.isSymbolicLink(p)) out.put(rel, "link:" + Files.readSymbolicLink(p));
          else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) out.put(rel, "dir:" + Files.getPosixFilePermissions(p));
          else out.put(rel, "file:" + Files.getPosixFilePermissions(p) + ":" + Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
