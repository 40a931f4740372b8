package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void newFileDiffsAgainstDevNull() {
    String d = UnifiedDiff.render("/dev/null", "b/x.txt", null, "a\nb\n");
    assertEquals("--- /dev/null\n+++ b/x.txt\n@@ -0,0 +1,2 @@\n+a\n+b\n", d);
  }

  @Test
  void equalTextsGiveNoDiff() {
    assertEquals("", UnifiedDiff.render("a/x", "b/x", "same\n", "same\n"));
  }

  @Test
  void singleChangeHasThreeLinesOfContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    String d = UnifiedDiff.render("a/f", "b/f", before, after);
    assertEquals("--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", d);
  }

  @Test
  void distantChangesMakeTwoHunksAndCloseOnesMerge() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 20; i++) b.append(i).append('\n');
    String before = b.toString();
    String far = before.replaceFirst("^2\n", "x").replace("\n2\n", "\ntwo\n").replace("\n18\n", "\neighteen\n");
    String d = UnifiedDiff.render("a/f", "b/f", before, far);
    assertEquals(2, d.lines().filter(l -> l.startsWith("@@")).count(), d);
    assertTrue(d.contains("@@ -1,5 +1,5 @@"), d);
    assertTrue(d.contains("@@ -15,6 +15,6 @@"), d);
    String close = before.replace("\n3\n", "\nthree\n").replace("\n10\n", "\nten\n");
    assertEquals(1, UnifiedDiff.render("a/f", "b/f", before, close).lines().filter(l -> l.startsWith("@@")).count());
  }

  @Test
  void insertionAtEndAndMissingFinalNewline() {
    String d = UnifiedDiff.render("a/f", "b/f", "a\nb", "a\nb\nc\n");
    assertEquals("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n", d);
  }

  @Test
  void crlfLinesCompareWithTheirCarriageReturns() {
    String d = UnifiedDiff.render("a/f", "b/f", "a\r\nb\r\n", "a\r\nb\r\nc\r\n");
    assertEquals("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n b\n+c\n", d);
  }

  /** Property: applying the rendered hunks to the old text yields the new text, and headers count right. */
  @Test
  void randomDiffsApplyBack() {
    Random r = new Random(42);
    for (int round = 0; round < 300; round++) {
      List<String> a = randomLines(r);
      List<String> b = mutate(r, a);
      String before = String.join("\n", a) + (a.isEmpty() ? "" : "\n");
      String after = String.join("\n", b) + (b.isEmpty() ? "" : "\n");
      String d = UnifiedDiff.render("a/f", "b/f", before, after);
      assertEquals(after, applyPatch(before, d), "round " + round + "\n" + d);
    }
  }

  private static List<String> randomLines(Random r) {
    List<String> out = new ArrayList<>();
    int n = r.nextInt(30);
    for (int i = 0; i < n; i++) out.add(Character.toString('a' + r.nextInt(5)));
    return out;
  }

  private static List<String> mutate(Random r, List<String> a) {
    List<String> b = new ArrayList<>(a);
    int edits = r.nextInt(6);
    for (int i = 0; i < edits; i++) {
      int op = r.nextInt(3);
      if (op == 0 || b.isEmpty()) b.add(b.isEmpty() ? 0 : r.nextInt(b.size() + 1), "x" + r.nextInt(3));
      else if (op == 1) b.remove(r.nextInt(b.size()));
      else b.set(r.nextInt(b.size()), "y" + r.nextInt(3));
    }
    return b;
  }

  /** A strict patch applier: context and deletions must match, counts must equal the header. */
  static String applyPatch(String before, String diff) {
    if (diff.isEmpty()) return before;
    List<String> old = before.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(before.split("\n", -1)));
    if (!old.isEmpty()) old.remove(old.size() - 1);
    List<String> out = new ArrayList<>();
    String[] lines = diff.split("\n");
    int pos = 0;
    int i = 2;
    while (i < lines.length) {
      String h = lines[i++];
      assertTrue(h.startsWith("@@ -"), h);
      String[] parts = h.substring(4, h.indexOf(" @@")).split(" \\+");
      int[] o = parse(parts[0]);
      int[] n = parse(parts[1]);
      int start = o[1] == 0 ? o[0] : o[0] - 1;
      while (pos < start) out.add(old.get(pos++));
      int seenOld = 0;
      int seenNew = 0;
      while (i < lines.length && !lines[i].startsWith("@@")) {
        String l = lines[i++];
        char c = l.charAt(0);
        String text = l.substring(1);
        if (c == ' ') {
          assertEquals(old.get(pos++), text);
          out.add(text);
          seenOld++;
          seenNew++;
        } else if (c == '-') {
          assertEquals(old.get(pos++), text);
          seenOld++;
        } else if (c == '+') {
          out.add(text);
          seenNew++;
        }
      }
      assertEquals(o[1], seenOld, h);
      assertEquals(n[1], seenNew, h);
    }
    while (pos < old.size()) out.add(old.get(pos++));
    return out.isEmpty() ? "" : String.join("\n", out) + "\n";
  }

  private static int[] parse(String range) {
    String[] p = range.split(",");
    return new int[] {Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 1};
  }
}
