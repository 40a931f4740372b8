package dev.readiness.scan.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Shell-like word splitting used by Dockerfile instructions: whitespace separates words outside quotes. */
final class Words {
  private Words() {}

  /** Splits on whitespace outside single/double quotes; quotes are kept in the words (as BuildKit's AST does). */
  static List<String> split(String s, char escape) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote == 0 && Character.isWhitespace(c)) {
        if (inWord) { out.add(cur.toString()); cur.setLength(0); inWord = false; }
        continue;
      }
      inWord = true;
      if (c == escape && quote != '\'' && i + 1 < s.length()) {
        cur.append(c).append(s.charAt(++i));
        continue;
      }
      if (quote == 0 && (c == '"' || c == '\'')) quote = c;
      else if (quote == c) quote = 0;
      cur.append(c);
    }
    if (inWord) out.add(cur.toString());
    return out;
  }

  /** Removes shell quoting and escapes from one word. */
  static String unquote(String w, char escape) {
    StringBuilder out = new StringBuilder(w.length());
    char quote = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == escape && quote != '\'' && i + 1 < w.length()) { out.append(w.charAt(++i)); continue; }
      if (quote == 0 && (c == '"' || c == '\'')) { quote = c; continue; }
      if (quote == c) { quote = 0; continue; }
      out.append(c);
    }
    return out.toString();
  }
}
