package dev.readiness.scan.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of shell command text in the project: scripts, Makefile recipes, CI {@code run:} steps,
 * and the shell-form words of Dockerfile instructions. It follows the POSIX quoting rules and nothing
 * more (no expansion, no execution):
 *
 * <ul>
 *   <li>blanks separate words outside quotes; {@code '...'} keeps everything literally; {@code "..."}
 *       keeps everything but the escape character before {@code $ ` " \} and a newline;
 *   <li>the escape character (backslash, or the Dockerfile {@code # escape=`} directive's backtick)
 *       outside quotes makes the next character literal; before a line end it continues the line;
 *   <li>{@code $(...)} and {@code ${...}} stay inside their word, blanks and operators included;
 *   <li>in {@link Mode#SHELL}: the control operators {@code && || ;; ; | |& & ( )} and a backtick, and
 *       the redirections {@code < > >> >& <& &> <<<} (with a leading file descriptor, {@code 2>&1}), are
 *       tokens of their own; {@code #} at the start of a word comments out the rest of the line;
 *       {@code <<WORD}, {@code <<-WORD}, {@code <<'WORD'} open a here-document ({@link Kind#HEREDOC});
 *   <li>in {@link Mode#WORDS} (Dockerfile instruction arguments): only blanks separate, as BuildKit
 *       splits ENV/ARG/EXPOSE/COPY words; no operators, no comments.
 * </ul>
 *
 * Each {@link Token} keeps its text as written ({@code raw}, quotes kept, as BuildKit's AST shows it),
 * its value with quoting removed, and its offsets. {@link #lines} joins continued lines first and
 * numbers them, for readers that work a command line at a time.
 */
public final class ShellTokenizer {
  /** What the tokenizer treats as an operator. */
  public enum Mode { SHELL, WORDS }

  /** A word, an operator (control or redirection) or a here-document opener. */
  public enum Kind { WORD, OPERATOR, HEREDOC }

  /**
   * One token.
   *
   * @param raw the text as written (quotes and escapes kept)
   * @param value words: quoting removed; operators: the operator; here-documents: the delimiter
   * @param start offset of the first character in the tokenized text
   * @param end offset after the last character
   * @param quoted here-documents: whether the delimiter was quoted (the body is then not expanded)
   * @param stripTabs here-documents: {@code <<-} (leading tabs of the body are removed)
   */
  public record Token(Kind kind, String raw, String value, int start, int end, boolean quoted, boolean stripTabs) {
    public boolean isWord() { return kind == Kind.WORD; }

    public boolean isOperator() { return kind == Kind.OPERATOR; }

    /** Whether the token ends a simple command (a control operator or a backtick, not a redirection). */
    public boolean endsCommand() {
      return kind == Kind.OPERATOR && CONTROL.contains(value);
    }
  }

  /** A logical line (continuations joined, blank and comment-only lines dropped) and its first physical line. */
  public record Line(int line, String text) {}

  private static final List<String> CONTROL = List.of("&&", "||", ";;", ";", "|", "|&", "&", "(", ")", "`");
  /** Longest first, so {@code &&} wins over {@code &}. */
  private static final List<String> OPERATORS = List.of("<<<", "&&", "||", ";;", "|&", ">>", ">&", "<&", "&>", ">|",
      ";", "|", "&", "(", ")", "`", "<", ">");

  private ShellTokenizer() {}

  /** Tokens of shell text with backslash escapes ({@link Mode#SHELL}). */
  public static List<Token> tokens(String text) {
    return tokens(text, '\\', Mode.SHELL);
  }

  /** Tokens of {@code text}; {@code escape} is the escape character. */
  public static List<Token> tokens(String text, char escape, Mode mode) {
    return new Lexer(text, escape, mode).run();
  }

  /** The values (quoting removed) of the words of a shell command line, up to a comment; operators are left out. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens(text)) if (t.isWord()) out.add(t.value());
    return out;
  }

  /** Blank-separated words as written, quotes kept ({@link Mode#WORDS}): how BuildKit splits instruction arguments. */
  public static List<String> rawWords(String text, char escape) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens(text, escape, Mode.WORDS)) out.add(t.raw());
    return out;
  }

  /** {@code text} with quoting and escapes removed; blanks are kept as they stand. */
  public static String unquote(String text, char escape) {
    StringBuilder out = new StringBuilder(text.length());
    new Lexer(text, escape, Mode.WORDS).word(0, out, false);
    return out.toString();
  }

  /**
   * Logical lines of shell text numbered from {@code firstLine}: a line ending in a backslash continues
   * on the next; blank lines and lines that are only a comment are dropped. Here-document bodies stay
   * lines of their own ({@code ssh host <<EOF} runs them as commands).
   */
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
      if (stripped.endsWith("\\") && !stripped.endsWith("\\\\")) {
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

  private static final class Lexer {
    private final String s;
    private final char escape;
    private final Mode mode;
    private int i;

    Lexer(String s, char escape, Mode mode) {
      this.s = s;
      this.escape = escape;
      this.mode = mode;
    }

    List<Token> run() {
      List<Token> out = new ArrayList<>();
      int n = s.length();
      while (i < n) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) { i++; continue; }
        if (mode == Mode.SHELL) {
          if (c == '#') break;
          if (s.startsWith("<<", i) && !s.startsWith("<<<", i) && heredoc(out)) continue;
          String op = operator(i);
          if (op != null) {
            out.add(new Token(Kind.OPERATOR, op, op, i, i + op.length(), false, false));
            i += op.length();
            continue;
          }
        }
        int start = i;
        StringBuilder value = new StringBuilder();
        i = word(i, value, true);
        // A file descriptor number right before a redirection belongs to it (2>&1, 3<file).
        if (mode == Mode.SHELL && i < n && (s.charAt(i) == '<' || s.charAt(i) == '>') && isDigits(s, start, i)) {
          String op = operator(i);
          out.add(new Token(Kind.OPERATOR, s.substring(start, i) + op, s.substring(start, i) + op, start, i + op.length(), false, false));
          i += op.length();
          continue;
        }
        out.add(new Token(Kind.WORD, s.substring(start, i), value.toString(), start, i, false, false));
      }
      return out;
    }

    /** Reads one word from {@code from}, appending its value; returns the offset after it. */
    int word(int from, StringBuilder value, boolean split) {
      int n = s.length();
      int k = from;
      char quote = 0;
      int depth = 0; // inside $( ) or ${ }
      while (k < n) {
        char c = s.charAt(k);
        if (quote == '\'') {
          if (c == '\'') quote = 0; else value.append(c);
          k++;
          continue;
        }
        if (c == escape && k + 1 < n) {
          char next = s.charAt(k + 1);
          if (next == '\n') { k += 2; continue; }
          if (quote == '"' && next != '$' && next != '`' && next != '"' && next != escape) value.append(c);
          value.append(next);
          k += 2;
          continue;
        }
        if (quote == '"') {
          if (c == '"') quote = 0; else value.append(c);
          k++;
          continue;
        }
        if (c == '$' && k + 1 < n && (s.charAt(k + 1) == '(' || s.charAt(k + 1) == '{')) {
          depth++;
          value.append(c).append(s.charAt(k + 1));
          k += 2;
          continue;
        }
        if (depth > 0) {
          if (c == '(' || c == '{') depth++;
          else if (c == ')' || c == '}') depth--;
          value.append(c);
          k++;
          continue;
        }
        if (split && Character.isWhitespace(c)) break;
        if (split && mode == Mode.SHELL && operator(k) != null) break;
        if (c == '"' || c == '\'') { quote = c; k++; continue; }
        value.append(c);
        k++;
      }
      return k;
    }

    private boolean heredoc(List<Token> out) {
      int k = i + 2;
      boolean dash = k < s.length() && s.charAt(k) == '-';
      if (dash) k++;
      while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k++;
      if (k >= s.length() || Character.isWhitespace(s.charAt(k)) || operator(k) != null) return false;
      StringBuilder delimiter = new StringBuilder();
      int end = word(k, delimiter, true);
      if (delimiter.length() == 0) return false;
      boolean quoted = s.substring(k, end).chars().anyMatch(ch -> ch == '\'' || ch == '"' || ch == escape);
      out.add(new Token(Kind.HEREDOC, s.substring(i, end), delimiter.toString(), i, end, quoted, dash));
      i = end;
      return true;
    }

    private String operator(int at) {
      for (String op : OPERATORS) if (s.startsWith(op, at)) return op;
      return null;
    }

    private static boolean isDigits(String s, int from, int to) {
      if (to <= from) return false;
      for (int k = from; k < to; k++) if (!Character.isDigit(s.charAt(k))) return false;
      return true;
    }
  }
}
