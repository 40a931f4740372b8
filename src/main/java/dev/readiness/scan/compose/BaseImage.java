package dev.readiness.scan.compose;

import dev.readiness.model.ImageReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The base image of the stage a compose build produces: the stage named by {@code build.target}, else
 * the last one, followed through {@code FROM <earlier stage>} and simple {@code ARG} defaults. A
 * service built {@code FROM postgres:16} is a Postgres database, whatever its service is called.
 */
final class BaseImage {
  private static final Pattern FROM = Pattern.compile("(?i)^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");
  private static final Pattern ARG = Pattern.compile("(?i)^\\s*ARG\\s+([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|\\S+)\\s*$");
  private static final Pattern VAR = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\\}?");
  private static final long MAX_BYTES = 256 * 1024;

  private BaseImage() {}

  /** The image the target stage (or the final one) is built from, or null when it cannot be read or resolved. */
  static ImageReference of(Path dockerfile, String target) {
    List<String> lines;
    try {
      if (!Files.isRegularFile(dockerfile) || Files.size(dockerfile) > MAX_BYTES) return null;
      lines = Files.readAllLines(dockerfile);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    Map<String, String> args = new HashMap<>();
    Map<String, String> stages = new HashMap<>();
    String chosen = null;
    boolean beforeFirstFrom = true;
    for (String line : lines) {
      Matcher a = ARG.matcher(line);
      if (beforeFirstFrom && a.matches()) {
        String v = a.group(2);
        if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'"))) v = v.substring(1, v.length() - 1);
        args.put(a.group(1), v);
        continue;
      }
      Matcher m = FROM.matcher(line);
      if (!m.matches()) continue;
      beforeFirstFrom = false;
      String image = substitute(m.group(1), args);
      String from = stages.getOrDefault(image.toLowerCase(Locale.ROOT), image);
      if (m.group(2) != null) stages.put(m.group(2).toLowerCase(Locale.ROOT), from);
      if (target == null || (m.group(2) != null && m.group(2).equalsIgnoreCase(target))) chosen = from;
      if (target != null && m.group(2) != null && m.group(2).equalsIgnoreCase(target)) break;
    }
    if (chosen == null || chosen.contains("$") || chosen.equalsIgnoreCase("scratch")) return null;
    return ImageReference.parse(chosen);
  }

  private static String substitute(String text, Map<String, String> args) {
    Matcher v = VAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (v.find()) {
      String value = args.get(v.group(1));
      if (value == null) value = v.group(2);
      v.appendReplacement(out, Matcher.quoteReplacement(value == null ? v.group() : value));
    }
    v.appendTail(out);
    return out.toString();
  }
}
