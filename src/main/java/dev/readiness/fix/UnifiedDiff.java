package dev.readiness.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders unified diffs ({@code diff -u} / git style: {@code --- a/path}, {@code +++ b/path},
 * {@code /dev/null} for new files, 3 lines of context). java-diff-utils computes the line diff
 * (Myers) and the hunks; this class adds what diff and git print and the library does
 * not: "\ No newline at end of file", the empty-range and one-line hunk ranges, and CRLF lines
 * compared with their carriage return but printed without it.
 */
public final class UnifiedDiff {
  /** Lines of context around each change. */
  public static final int CONTEXT = 3;
  /** Marks the last line of a text without a final newline, so that difference is a change too. */
  private static final char NO_NEWLINE = '\u0000';
  private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@(.*)$");

  private UnifiedDiff() {}

  /** The diff of one change, or the empty string when before and after are equal. */
  public static String render(FileChange change) {
    String oldName = change.before() == null ? "/dev/null" : "a/" + change.path();
    return render(oldName, "b/" + change.path(), change.before(), change.shown());
  }

  /** The diff between two texts (null = absent file) under the given header names. */
  public static String render(String oldName, String newName, String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    if (a.equals(b)) return "";
    Patch<String> patch = DiffUtils.diff(a, b);
    List<String> raw = UnifiedDiffUtils.generateUnifiedDiff(oldName, newName, a, patch, CONTEXT);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (i < 2) {
        out.append(line).append('\n'); // the --- and +++ headers
        continue;
      }
      Matcher hunk = HUNK.matcher(line);
      if (hunk.matches()) {
        out.append("@@ -").append(range(hunk.group(1), hunk.group(2))).append(" +")
            .append(range(hunk.group(3), hunk.group(4))).append(" @@").append(hunk.group(5)).append('\n');
        continue;
      }
      boolean last = !line.isEmpty() && line.charAt(line.length() - 1) == NO_NEWLINE;
      String text = last ? line.substring(0, line.length() - 1) : line;
      // A CRLF file's carriage returns stay out of the terminal; the diff compares them all the same.
      if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
      out.append(text).append('\n');
      if (last) out.append("\\ No newline at end of file\n");
    }
    return out.toString();
  }

  /** diff's range: "start" for one line, "start,count" otherwise, the line before an empty range as its start. */
  private static String range(String start, String count) {
    int s = Integer.parseInt(start);
    int n = count == null ? 1 : Integer.parseInt(count);
    if (n == 0) return Math.max(0, s - 1) + ",0";
    return n == 1 ? Integer.toString(s) : s + "," + n;
  }

  /** The lines of a text without their '\n'; a last line without one carries {@link #NO_NEWLINE}. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) out.add(text.substring(start) + NO_NEWLINE);
    return out;
  }
}
