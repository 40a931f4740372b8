package dev.readiness.scan.env;

import dev.readiness.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dotenv syntax the way docker compose and common dotenv libraries read it: optional
 * {@code export}, {@code KEY=value}, single/double/backtick quotes (double quotes with escapes, both
 * may span lines), inline {@code #} comments after whitespace, and bare {@code KEY} lines (no value).
 * Values stay in memory only for interpolation; facts never carry them.
 */
public final class DotEnv {
  /** One assignment; {@code value} null for a bare {@code KEY}. */
  public record Entry(String key, String value, int line) {}

  private static final Pattern ASSIGNMENT =
      Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*(=|$)");

  private DotEnv() {}

  /** Parses the text; malformed lines become diagnostics (source {@code source}) and are skipped. */
  public static List<Entry> parse(String text, String file, String source, Consumer<Diagnostic> diagnostics) {
    List<Entry> out = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      int lineNo = i + 1;
      i++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
      Matcher m = ASSIGNMENT.matcher(line);
      if (!m.find()) {
        diagnostics.accept(Diagnostic.warning(source, file, lineNo, "not a KEY=value line; skipped"));
        continue;
      }
      String key = m.group(1);
      if (m.group(2).isEmpty()) {
        out.add(new Entry(key, null, lineNo));
        continue;
      }
      String rest = line.substring(m.end()).stripLeading();
      if (rest.isEmpty()) {
        out.add(new Entry(key, "", lineNo));
        continue;
      }
      char q = rest.charAt(0);
      if (q == '"' || q == '\'' || q == '`') {
        StringBuilder value = new StringBuilder();
        String current = rest.substring(1);
        boolean closed = false;
        while (true) {
          int close = closingQuote(current, q);
          if (close >= 0) {
            value.append(q == '"' ? unescape(current.substring(0, close)) : current.substring(0, close));
            String after = current.substring(close + 1).strip();
            if (!after.isEmpty() && !after.startsWith("#")) {
              diagnostics.accept(Diagnostic.warning(source, file, lineNo, "text after the closing quote of " + key + " ignored"));
            }
            closed = true;
            break;
          }
          value.append(q == '"' ? unescape(current) : current);
          if (i >= lines.length) break;
          value.append('\n');
          current = lines[i++];
        }
        if (!closed) {
          diagnostics.accept(Diagnostic.warning(source, file, lineNo, "unterminated quoted value of " + key));
        }
        out.add(new Entry(key, value.toString(), lineNo));
      } else {
        out.add(new Entry(key, stripInlineComment(rest).strip(), lineNo));
      }
    }
    return out;
  }

  private static int closingQuote(String s, char q) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (q == '"' && c == '\\') {
        k++;
      } else if (c == q) {
        return k;
      }
    }
    return -1;
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\\' && k + 1 < s.length()) {
        char n = s.charAt(++k);
        switch (n) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          default -> b.append(n);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String stripInlineComment(String s) {
    for (int k = 1; k < s.length(); k++) {
      if (s.charAt(k) == '#' && Character.isWhitespace(s.charAt(k - 1))) return s.substring(0, k);
    }
    return s;
  }
}
