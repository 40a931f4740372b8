package dev.readiness.policy.rego.builtins;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code regex.globs_match}: whether two restricted regular expressions ("globs": literals, {@code .}, character
 * classes, escapes, each optionally followed by {@code *}, {@code +} or {@code ?}) can match a common string. Decided
 * exactly by a breadth-first search over the product of the two patterns' automata.
 */
final class GlobIntersection {
  private static final int MAX_CP = 0x10FFFF;

  private GlobIntersection() {}

  /** A syntax error, reported in the same shape as OPA's glob-intersection library. */
  static final class SyntaxError extends Exception {
    SyntaxError(String input, int pos, String what) {
      super("input:" + input + ", pos:" + pos + ", " + what + ": the input provided is invalid");
    }
  }

  /** A set of code points as sorted, disjoint inclusive ranges. */
  private record CharSet(List<int[]> ranges) {
    static CharSet of(int lo, int hi) {
      List<int[]> r = new ArrayList<>();
      r.add(new int[] {lo, hi});
      return new CharSet(r);
    }

    CharSet negate() {
      List<int[]> out = new ArrayList<>();
      int next = 0;
      for (int[] r : normalized()) {
        if (r[0] > next) out.add(new int[] {next, r[0] - 1});
        next = r[1] + 1;
      }
      if (next <= MAX_CP) out.add(new int[] {next, MAX_CP});
      return new CharSet(out);
    }

    List<int[]> normalized() {
      List<int[]> sorted = new ArrayList<>(ranges);
      sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
      List<int[]> out = new ArrayList<>();
      for (int[] r : sorted) {
        if (!out.isEmpty() && r[0] <= out.get(out.size() - 1)[1] + 1) {
          out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], r[1]);
        } else {
          out.add(new int[] {r[0], r[1]});
        }
      }
      return out;
    }

    boolean intersects(CharSet o) {
      for (int[] a : ranges) {
        for (int[] b : o.ranges) {
          if (a[0] <= b[1] && b[0] <= a[1]) return true;
        }
      }
      return false;
    }
  }

  /** One element with its repetition: '1' exactly once, '*' any number, '?' optional. */
  private record Token(CharSet chars, char repeat) {}

  static boolean intersects(String a, String b) throws SyntaxError {
    List<Token> ta = parse(a);
    List<Token> tb = parse(b);
    Deque<int[]> queue = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    push(queue, seen, ta, tb, 0, 0);
    while (!queue.isEmpty()) {
      int[] s = queue.poll();
      int i = s[0];
      int j = s[1];
      if (i == ta.size() && j == tb.size()) return true;
      if (i == ta.size() || j == tb.size()) continue;
      Token x = ta.get(i);
      Token y = tb.get(j);
      if (!x.chars().intersects(y.chars())) continue;
      int ni = x.repeat() == '*' ? i : i + 1;
      int nj = y.repeat() == '*' ? j : j + 1;
      push(queue, seen, ta, tb, ni, nj);
    }
    return false;
  }

  /** Adds (i, j) and every state reachable from it by skipping optional tokens. */
  private static void push(Deque<int[]> queue, Set<Long> seen, List<Token> ta, List<Token> tb, int i, int j) {
    for (int ii = i; ; ii++) {
      for (int jj = j; ; jj++) {
        if (seen.add(((long) ii << 32) | jj)) queue.add(new int[] {ii, jj});
        if (jj >= tb.size() || tb.get(jj).repeat() == '1') break;
      }
      if (ii >= ta.size() || ta.get(ii).repeat() == '1') break;
    }
  }

  private static List<Token> parse(String s) throws SyntaxError {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int start = i;
      i += Character.charCount(cp);
      CharSet set;
      switch (cp) {
        case '.' -> set = CharSet.of(0, MAX_CP);
        case '\\' -> {
          if (i >= s.length()) throw new SyntaxError(s, i, "escape at end of input");
          int e = s.codePointAt(i);
          i += Character.charCount(e);
          set = CharSet.of(e, e);
        }
        case '[' -> {
          int[] end = new int[1];
          set = parseClass(s, i, end);
          i = end[0];
        }
        case ']' -> throw new SyntaxError(s, start + 1, "set-close ']' with no preceding '['");
        case '*', '+', '?' -> throw new SyntaxError(s, start + 1, "quantifier '" + (char) cp + "' with nothing to repeat");
        case '(', ')', '|', '{', '}', '^', '$' -> throw new SyntaxError(s, start + 1, "unsupported character '" + (char) cp + "'");
        default -> set = CharSet.of(cp, cp);
      }
      char repeat = '1';
      if (i < s.length() && "*+?".indexOf(s.charAt(i)) >= 0) {
        repeat = s.charAt(i);
        i++;
      }
      if (repeat == '+') {
        out.add(new Token(set, '1'));
        out.add(new Token(set, '*'));
      } else {
        out.add(new Token(set, repeat));
      }
    }
    return out;
  }

  private static CharSet parseClass(String s, int from, int[] end) throws SyntaxError {
    int i = from;
    boolean negate = i < s.length() && s.charAt(i) == '^';
    if (negate) i++;
    List<int[]> ranges = new ArrayList<>();
    while (true) {
      if (i >= s.length()) throw new SyntaxError(s, i, "set-open '[' with no closing ']'");
      int cp = s.codePointAt(i);
      if (cp == ']') {
        i++;
        break;
      }
      i += Character.charCount(cp);
      if (cp == '\\') {
        if (i >= s.length()) throw new SyntaxError(s, i, "escape at end of input");
        cp = s.codePointAt(i);
        i += Character.charCount(cp);
      }
      int hi = cp;
      if (i + 1 < s.length() && s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
        hi = s.codePointAt(i + 1);
        i += 1 + Character.charCount(hi);
        if (hi < cp) throw new SyntaxError(s, i, "invalid range");
      }
      ranges.add(new int[] {cp, hi});
    }
    end[0] = i;
    CharSet set = new CharSet(ranges);
    return negate ? set.negate() : set;
  }
}
