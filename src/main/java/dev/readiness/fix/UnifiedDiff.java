package dev.readiness.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders unified diffs ({@code diff -u} / git style: {@code --- a/path}, {@code +++ b/path},
 * {@code /dev/null} for new files, 3 lines of context) from a line diff computed with Myers'
 * O(ND) algorithm.
 */
public final class UnifiedDiff {
  /** Lines of context around each change. */
  public static final int CONTEXT = 3;
  /** Past this edit distance the diff falls back to replacing the whole text (bounded memory). */
  private static final int MAX_EDIT_DISTANCE = 4000;

  private UnifiedDiff() {}

  /** One line-level edit. */
  enum Op { EQUAL, DELETE, INSERT }

  /** An edit of line {@code a} of the old text or {@code b} of the new one (0-based). */
  record Edit(Op op, int a, int b) {}

  /** The diff of one change, or the empty string when before and after are equal. */
  public static String render(FileChange change) {
    String oldName = change.before() == null ? "/dev/null" : "a/" + change.path();
    return render(oldName, "b/" + change.path(), change.before(), change.shown());
  }

  /** The diff between two texts (null = absent file) under the given header names. */
  public static String render(String oldName, String newName, String before, String after) {
    Lines a = Lines.of(before);
    Lines b = Lines.of(after);
    List<Edit> edits = diff(a.lines(), b.lines());
    if (edits.stream().allMatch(e -> e.op() == Op.EQUAL) && a.finalNewline() == b.finalNewline()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldName).append('\n');
    out.append("+++ ").append(newName).append('\n');
    for (List<Edit> hunk : hunks(edits, a, b)) {
      appendHunk(out, hunk, a, b);
    }
    return out.toString();
  }

  /** Myers' greedy shortest edit script between two line lists. */
  static List<Edit> diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    if (max == 0) return List.of();
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && d <= MAX_EDIT_DISTANCE; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1];
        } else {
          x = v[offset + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
      if (found >= 0) break;
    }
    if (found < 0) return replaceAll(n, m);
    return backtrack(trace, n, m, offset, found);
  }

  private static List<Edit> backtrack(List<int[]> trace, int n, int m, int offset, int dFound) {
    List<Edit> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = dFound; d > 0; d--) {
      int[] v = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1;
      int prevX = v[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        reversed.add(new Edit(Op.EQUAL, --x, --y));
      }
      if (x == prevX) {
        reversed.add(new Edit(Op.INSERT, x, --y));
      } else {
        reversed.add(new Edit(Op.DELETE, --x, y));
      }
    }
    while (x > 0 && y > 0) {
      reversed.add(new Edit(Op.EQUAL, --x, --y));
    }
    List<Edit> out = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) out.add(reversed.get(i));
    return out;
  }

  private static List<Edit> replaceAll(int n, int m) {
    List<Edit> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(new Edit(Op.DELETE, i, 0));
    for (int j = 0; j < m; j++) out.add(new Edit(Op.INSERT, n, j));
    return out;
  }

  /** Groups edits into hunks: changes with up to 2*CONTEXT equal lines between them share a hunk. */
  private static List<List<Edit>> hunks(List<Edit> edits, Lines a, Lines b) {
    List<List<Edit>> out = new ArrayList<>();
    int i = 0;
    int size = edits.size();
    while (i < size) {
      while (i < size && !changed(edits.get(i), a, b)) i++;
      if (i >= size) break;
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < size) {
        if (changed(edits.get(end), a, b)) {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      int stop = Math.min(size, lastChange + CONTEXT + 1);
      out.add(edits.subList(start, stop));
      i = stop;
    }
    return out;
  }

  /**
   * An equal line still counts as changed when it is the last line and only its final newline
   * differs (diff's "\ No newline at end of file" case).
   */
  private static boolean changed(Edit e, Lines a, Lines b) {
    if (e.op() != Op.EQUAL) return true;
    boolean lastA = e.a() == a.lines().size() - 1;
    boolean lastB = e.b() == b.lines().size() - 1;
    return (lastA || lastB) && (lastA && !a.finalNewline()) != (lastB && !b.finalNewline());
  }

  private static void appendHunk(StringBuilder out, List<Edit> hunk, Lines a, Lines b) {
    int oldCount = 0;
    int newCount = 0;
    int oldFirst = -1;
    int newFirst = -1;
    for (Edit e : hunk) {
      if (e.op() != Op.INSERT) {
        if (oldFirst < 0) oldFirst = e.a();
        oldCount++;
      }
      if (e.op() != Op.DELETE) {
        if (newFirst < 0) newFirst = e.b();
        newCount++;
      }
    }
    // diff prints the line before an empty range as its start (0 for an empty file).
    Edit first = hunk.get(0);
    int oldStart = oldCount == 0 ? first.a() : oldFirst + 1;
    int newStart = newCount == 0 ? first.b() : newFirst + 1;
    out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount)).append(" @@\n");
    for (Edit e : hunk) {
      if (changed(e, a, b) && e.op() == Op.EQUAL) {
        // Same text, different final newline: show as a delete + insert like diff does.
        appendLine(out, '-', a, e.a());
        appendLine(out, '+', b, e.b());
        continue;
      }
      if (e.op() == Op.EQUAL) appendLine(out, ' ', a, e.a());
      else if (e.op() == Op.DELETE) appendLine(out, '-', a, e.a());
      else appendLine(out, '+', b, e.b());
    }
  }

  private static String range(int start, int count) {
    return count == 1 ? Integer.toString(start) : start + "," + count;
  }

  private static void appendLine(StringBuilder out, char prefix, Lines lines, int index) {
    String text = lines.lines().get(index);
    // A CRLF file's carriage returns stay out of the terminal; the diff compares them all the same.
    if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
    out.append(prefix).append(text).append('\n');
    if (index == lines.lines().size() - 1 && !lines.finalNewline()) {
      out.append("\\ No newline at end of file\n");
    }
  }

  /** A text split into lines (without their '\n'), remembering whether the last one ended with '\n'. */
  record Lines(List<String> lines, boolean finalNewline) {
    static Lines of(String text) {
      if (text == null || text.isEmpty()) return new Lines(List.of(), true);
      List<String> out = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          out.add(text.substring(start, i));
          start = i + 1;
        }
      }
      boolean finalNewline = start == text.length();
      if (!finalNewline) out.add(text.substring(start));
      return new Lines(out, finalNewline);
    }
  }
}
