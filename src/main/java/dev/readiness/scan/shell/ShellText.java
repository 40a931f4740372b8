package dev.readiness.scan.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light reading of shell text (scripts, CI run steps): logical lines with their first physical line,
 * and docker compose invocations with their {@code -f} files. Not a shell parser: quoting is honoured
 * only for splitting words.
 */
public final class ShellText {
  /** A logical line (continuations joined, comment-only lines dropped) and where it starts. */
  public record Line(int line, String text) {}

  private static final Pattern COMPOSE = Pattern.compile("(?<![\\w./-])(?:docker[ \\t]+compose|docker-compose|podman-compose|podman[ \\t]+compose)(?![\\w.-])");
  private static final Set<String> VALUE_OPTIONS = Set.of("-p", "--project-name", "--env-file", "--profile",
      "--project-directory", "--ansi", "--parallel", "--progress", "-c", "--context", "-H", "--host", "--log-level");
  private static final int MAX_COMMAND = 200;

  private ShellText() {}

  /** Logical lines, numbered from {@code firstLine}. */
  public static List<Line> lines(String text, int firstLine) {
    List<Line> out = new ArrayList<>();
    String[] raw = text.split("\r\n|\r|\n", -1);
    StringBuilder cur = null;
    int start = 0;
    for (int i = 0; i < raw.length; i++) {
      String l = raw[i];
      if (cur == null) {
        if (l.isBlank() || l.stripLeading().startsWith("#")) continue;
        cur = new StringBuilder();
        start = i;
      }
      String stripped = l.stripTrailing();
      if (stripped.endsWith("\\")) {
        cur.append(stripped, 0, stripped.length() - 1).append(' ');
        continue;
      }
      cur.append(l);
      out.add(new Line(firstLine + start, cur.toString()));
      cur = null;
    }
    if (cur != null) out.add(new Line(firstLine + start, cur.toString()));
    return out;
  }

  /** Every compose invocation in the text. */
  public static List<ComposeCall> composeCalls(String text, int firstLine) {
    List<ComposeCall> out = new ArrayList<>();
    for (Line l : lines(text, firstLine)) {
      Matcher m = COMPOSE.matcher(l.text());
      while (m.find()) out.add(parseCall(l.line(), segment(l.text(), m.end())));
    }
    return out;
  }

  /** The text from {@code from} to the end of the simple command (;, &&, ||, |, newline, backtick, closing paren). */
  private static String segment(String s, int from) {
    int i = from;
    char quote = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) { if (c == quote) quote = 0; continue; }
      if (c == '"' || c == '\'') { quote = c; continue; }
      if (c == ';' || c == '|' || c == '&' || c == '\n' || c == '`' || c == ')') break;
    }
    return s.substring(from, i);
  }

  private static ComposeCall parseCall(int line, String args) {
    List<String> words = words(args);
    List<String> files = new ArrayList<>();
    int i = 0;
    for (; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("-f") || w.equals("--file")) {
        if (i + 1 < words.size()) files.add(words.get(++i));
      } else if (w.startsWith("--file=")) {
        files.add(w.substring(7));
      } else if (w.startsWith("-f") && w.length() > 2 && !w.startsWith("--")) {
        files.add(w.substring(2));
      } else if (VALUE_OPTIONS.contains(w)) {
        i++;
      } else if (!w.startsWith("-")) {
        break;
      }
    }
    List<String> rest = i < words.size() ? words.subList(i, words.size()) : List.of();
    String command = String.join(" ", rest);
    if (command.length() > MAX_COMMAND) command = command.substring(0, MAX_COMMAND) + "…";
    boolean wait = !rest.isEmpty() && rest.get(0).equals("up") && rest.stream().anyMatch(w -> w.equals("--wait") || w.startsWith("--wait=true"));
    return new ComposeCall(line, command, List.copyOf(files), wait);
  }

  /** Whitespace-separated words with quotes removed. */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0; else cur.append(c);
        continue;
      }
      if (c == '"' || c == '\'') { quote = c; in = true; continue; }
      if (Character.isWhitespace(c)) {
        if (in) { out.add(cur.toString()); cur.setLength(0); in = false; }
        continue;
      }
      cur.append(c);
      in = true;
    }
    if (in) out.add(cur.toString());
    return out;
  }
}
