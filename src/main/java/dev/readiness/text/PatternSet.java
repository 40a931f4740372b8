package dev.readiness.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of regular expressions searched together: one Aho-Corasick pass over the text finds the
 * literals the patterns require ({@link RegexLiterals}), and only the patterns whose literals occur are
 * run. Literals are compared case-insensitively (ASCII), which is a superset of what any pattern needs.
 * Patterns without a usable literal are always candidates. Immutable and thread-safe.
 */
public final class PatternSet {
  private final List<Pattern> patterns;
  /** Patterns that have no literal gate: candidates everywhere. */
  private final BitSet ungated = new BitSet();
  /** Character class of each ASCII char (0: a char no literal contains). */
  private final byte[] classOf = new byte[128];
  private final int classes;
  /** The automaton: next state = delta[state * classes + class]. */
  private final int[] delta;
  /** Patterns whose literal ends at each state (including by suffix), or null. */
  private final int[][] out;

  private PatternSet(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    List<List<String>> literals = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      List<String> l = RegexLiterals.of(patterns.get(i));
      if (l == null) ungated.set(i);
      literals.add(l == null ? List.of() : l);
    }
    // alphabet: the distinct chars of all literals
    int next = 1;
    for (List<String> ls : literals) {
      for (String l : ls) {
        for (int k = 0; k < l.length(); k++) {
          char c = l.charAt(k);
          if (classOf[c] == 0) classOf[c] = (byte) next++;
          if (next > 127) throw new IllegalStateException("too many distinct literal characters");
        }
      }
    }
    for (char c = 'A'; c <= 'Z'; c++) classOf[c] = classOf[Character.toLowerCase(c)];
    classes = next;
    // trie
    List<int[]> gotoRows = new ArrayList<>();
    List<List<Integer>> outs = new ArrayList<>();
    gotoRows.add(filled(classes));
    outs.add(new ArrayList<>());
    for (int i = 0; i < literals.size(); i++) {
      for (String l : literals.get(i)) {
        int s = 0;
        for (int k = 0; k < l.length(); k++) {
          int c = classOf[l.charAt(k)];
          if (gotoRows.get(s)[c] < 0) {
            gotoRows.get(s)[c] = gotoRows.size();
            gotoRows.add(filled(classes));
            outs.add(new ArrayList<>());
          }
          s = gotoRows.get(s)[c];
        }
        if (!outs.get(s).contains(i)) outs.get(s).add(i);
      }
    }
    // failure links, breadth first, folded into a full transition table
    int n = gotoRows.size();
    delta = new int[n * classes];
    int[] fail = new int[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < classes; c++) {
      int t = gotoRows.get(0)[c];
      if (t < 0 || c == 0) {
        delta[c] = 0;
      } else {
        delta[c] = t;
        fail[t] = 0;
        queue.add(t);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (Integer p : outs.get(fail[s])) if (!outs.get(s).contains(p)) outs.get(s).add(p);
      for (int c = 0; c < classes; c++) {
        int t = gotoRows.get(s)[c];
        if (t < 0 || c == 0) {
          delta[s * classes + c] = c == 0 ? 0 : delta[fail[s] * classes + c];
        } else {
          delta[s * classes + c] = t;
          fail[t] = delta[fail[s] * classes + c];
          queue.add(t);
        }
      }
    }
    out = new int[n][];
    for (int s = 0; s < n; s++) {
      if (!outs.get(s).isEmpty()) out[s] = outs.get(s).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, -1);
    return a;
  }

  /** A set searching each pattern as given. */
  public static PatternSet of(List<Pattern> patterns) {
    return new PatternSet(patterns);
  }

  public int size() {
    return patterns.size();
  }

  public Pattern pattern(int i) {
    return patterns.get(i);
  }

  /** Whether pattern i has no literal gate (it is a candidate for every text). */
  public boolean ungated(int i) {
    return ungated.get(i);
  }

  /** The patterns that may match somewhere in the text: those whose literals occur, and the ungated ones. */
  public BitSet candidates(CharSequence text) {
    BitSet found = (BitSet) ungated.clone();
    int s = 0;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      s = delta[s * classes + (c < 128 ? classOf[c] : 0)];
      int[] o = out[s];
      if (o != null) for (int p : o) found.set(p);
    }
    return found;
  }

  /** The patterns that have a match ({@link java.util.regex.Matcher#find()}) in the text. */
  public BitSet matching(CharSequence text) {
    BitSet c = candidates(text);
    BitSet found = new BitSet();
    for (int i = c.nextSetBit(0); i >= 0; i = c.nextSetBit(i + 1)) if (patterns.get(i).matcher(text).find()) found.set(i);
    return found;
  }

  /** Receives, per line (0-based) in order, the candidate patterns of that line. */
  public interface LineCandidates {
    void line(int line, BitSet candidates);
  }

  /**
   * For line-by-line matching: the lines (split at \n, \r\n or \r, as {@code split("\r\n|\r|\n")} does)
   * on which some pattern's literal occurs, with those patterns, in line order. Ungated patterns are
   * not reported here; callers run them on every line (see {@link #ungated(int)}).
   */
  public void lineCandidates(CharSequence text, LineCandidates sink) {
    int line = 0;
    int s = 0;
    int current = -1;
    BitSet bits = null;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') i++;
        line++;
        s = 0;
        continue;
      }
      s = delta[s * classes + (c < 128 ? classOf[c] : 0)];
      int[] o = out[s];
      if (o == null) continue;
      if (current != line) {
        if (bits != null) sink.line(current, bits);
        bits = new BitSet();
        current = line;
      }
      for (int p : o) bits.set(p);
    }
    if (bits != null) sink.line(current, bits);
  }
}
