package dev.readiness.fix.remediation;

import java.util.ArrayList;
import java.util.List;

/** A text as lines that keep their terminators, for inserting lines at known positions without touching the rest. */
final class TextLines {
  private final List<String> lines = new ArrayList<>();
  private final String eol;

  TextLines(String text) {
    eol = text.contains("\r\n") ? "\r\n" : "\n";
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) lines.add(text.substring(start));
  }

  int size() { return lines.size(); }

  /** Line i (0-based) without its terminator. */
  String get(int i) {
    String l = lines.get(i);
    if (l.endsWith("\r\n")) return l.substring(0, l.length() - 2);
    if (l.endsWith("\n")) return l.substring(0, l.length() - 1);
    return l;
  }

  /** All lines without terminators. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) out.add(get(i));
    return out;
  }

  /** Inserts lines (given without terminators) before 0-based index i, using the text's line ending. */
  void insert(int i, List<String> newLines) {
    if (i > 0 && i == lines.size() && !lines.get(i - 1).endsWith("\n")) lines.set(i - 1, lines.get(i - 1) + eol);
    List<String> add = new ArrayList<>();
    for (String l : newLines) add.add(l + eol);
    lines.addAll(i, add);
  }

  /** Appends lines at the end, after a final line break. */
  void append(List<String> newLines) {
    insert(lines.size(), newLines);
  }

  @Override
  public String toString() { return String.join("", lines); }
}
