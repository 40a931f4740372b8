package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** RepoFiles.lines splits exactly as {@code split("\r\n|\r|\n", -1)}, which it replaces. */
class RepoFilesLinesTest {
  @Test
  void splitsAsTheRegexDid() {
    String[] fixed = {"", "a", "\n", "\r", "\r\n", "\n\r", "a\nb", "a\r\nb\r\n", "a\r\r\nb\n\n", "\r\n\r\n", "x\ry\n"};
    for (String s : fixed) assertArrayEquals(s.split("\r\n|\r|\n", -1), RepoFiles.lines(s), s);
    Random random = new Random(13);
    char[] alphabet = {'a', 'b', ' ', '\r', '\n'};
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) sb.append(alphabet[random.nextInt(alphabet.length)]);
      String s = sb.toString();
      assertArrayEquals(s.split("\r\n|\r|\n", -1), RepoFiles.lines(s), s);
    }
  }
}
