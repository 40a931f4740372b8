package dev.readiness.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A repository of the fleet: a local directory, or a git URL cloned (shallow) into a cache.
 *
 * @param spec as written in the list
 * @param name a unique, file-name-safe name for its reports
 * @param gitUrl the URL to clone, or null for a local directory
 * @param local the local directory (for a URL: its place in the cache)
 * @param line the line of the list it came from (0 for the command line)
 */
public record FleetSource(String spec, String name, String gitUrl, Path local, int line) {
  private static final Pattern URL = Pattern.compile("^(https?://|ssh://|git://|git@[^:]+:|file://).+");
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

  /** Reads a list file: one path or git URL per line; blank lines and {@code #} comments are skipped. */
  public static List<String> readList(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String raw : Files.readAllLines(file)) {
      String s = raw.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(s);
      }
    }
    return out;
  }

  /** Resolves specs to sources with unique names; URLs are placed under {@code cache}. */
  public static List<FleetSource> resolve(List<String> specs, Path base, Path cache) {
    List<FleetSource> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int line = 0;
    for (String spec : specs) {
      line++;
      boolean url = URL.matcher(spec).matches();
      String last = spec.replaceAll("[/\\\\]+$", "").replaceFirst("\\.git$", "");
      last = last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf(':')) + 1);
      String name = UNSAFE.matcher(last).replaceAll("-").toLowerCase(Locale.ROOT);
      if (name.isEmpty() || name.equals(".") || name.equals("..")) {
        name = "repo";
      }
      String unique = name;
      for (int i = 2; !names.add(unique); i++) {
        unique = name + "-" + i;
      }
      Path local = url ? cache.resolve(unique) : base.resolve(spec).normalize();
      out.add(new FleetSource(spec, unique, url ? spec : null, local, line));
    }
    return out;
  }
}
