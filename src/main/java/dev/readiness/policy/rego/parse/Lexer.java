package dev.readiness.policy.rego.parse;

import dev.readiness.policy.rego.ast.Location;
import java.util.ArrayList;
import java.util.List;

/** Splits Rego source into tokens and collects comments (for METADATA blocks). */
final class Lexer {
  /** A comment line: its text after '#', line and column of the '#'. */
  record Comment(String text, int line, int column) {}

  private final String src;
  private final String file;
  private final int lineBase;
  private final int colBase;
  private int pos;
  private int line = 1;
  private int col = 1;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();

  Lexer(String file, String src) { this(file, src, 0, 0); }

  /** A lexer for an embedded fragment (template expressions) whose first character is at lineBase+1:colBase+1. */
  Lexer(String file, String src, int lineBase, int colBase) {
    this.file = file;
    this.src = src;
    this.lineBase = lineBase;
    this.colBase = colBase;
  }

  List<Token> tokens() { return tokens; }

  List<Comment> comments() { return comments; }

  Lexer run() throws ParseError {
    boolean newline = false;
    boolean space = false;
    while (true) {
      // whitespace and comments
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '\n') {
          newline = true;
          space = true;
          advance();
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
          space = true;
          advance();
        } else if (c == '#') {
          int l = line;
          int cl = col;
          int start = pos + 1;
          while (pos < src.length() && src.charAt(pos) != '\n') advance();
          comments.add(new Comment(src.substring(start, pos).replace("\r", ""), l + lineBase, cl));
          space = true;
        } else {
          break;
        }
      }
      if (pos >= src.length()) {
        tokens.add(new Token(Token.Type.EOF, "", line + lineBase, col + colOffset(), pos, pos, true, true));
        return this;
      }
      scanToken(newline, space);
      newline = false;
      space = false;
    }
  }

  private int colOffset() { return line == 1 ? colBase : 0; }

  private void advance() {
    if (src.charAt(pos) == '\n') {
      line++;
      col = 1;
    } else {
      col++;
    }
    pos++;
  }

  private ParseError error(String msg) {
    return new ParseError(msg, new Location(file, line + lineBase, col + colOffset()));
  }

  private void scanToken(boolean nl, boolean sp) throws ParseError {
    int startPos = pos;
    int l = line + lineBase;
    int c = col + colOffset();
    char ch = src.charAt(pos);
    Token.Type type;
    String text;
    if (Character.isLetter(ch) || ch == '_') {
      while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) advance();
      type = Token.Type.IDENT;
      text = src.substring(startPos, pos);
    } else if (Character.isDigit(ch) || (ch == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))
        && !(previousAllowsRef()))) {
      scanNumber();
      type = Token.Type.NUMBER;
      text = src.substring(startPos, pos);
    } else if (ch == '"') {
      advance();
      text = scanQuoted(false);
      type = Token.Type.STRING;
    } else if (ch == '`') {
      advance();
      int s = pos;
      while (pos < src.length() && src.charAt(pos) != '`') advance();
      if (pos >= src.length()) throw new ParseError("unterminated raw string", new Location(file, l, c));
      text = src.substring(s, pos);
      advance();
      type = Token.Type.RAW_STRING;
    } else if (ch == '$' && pos + 1 < src.length() && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '`')) {
      advance();
      char q = src.charAt(pos);
      advance();
      int s = pos;
      skipTemplate(q, l, c, 1);
      text = q + src.substring(s, pos - 1);
      type = Token.Type.TEMPLATE;
    } else {
      type = punct(ch);
      if (type == null) throw error("illegal character " + describe(ch));
      text = src.substring(startPos, pos);
    }
    tokens.add(new Token(type, text, l, c, startPos, pos, nl, sp));
  }

  private boolean previousAllowsRef() {
    if (tokens.isEmpty()) return false;
    Token t = tokens.get(tokens.size() - 1);
    return t.end() == pos && (t.is(Token.Type.IDENT) || t.is(Token.Type.RBRACK) || t.is(Token.Type.RPAREN)
        || t.is(Token.Type.RBRACE));
  }

  private static String describe(char ch) {
    return ch < 32 || ch > 126 ? String.format("U+%04X", (int) ch) : "'" + ch + "'";
  }

  private void scanNumber() throws ParseError {
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) advance();
    if (pos < src.length() && src.charAt(pos) == '.' && pos + 1 < src.length()
        && Character.isDigit(src.charAt(pos + 1))) {
      advance();
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) advance();
    }
    if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      int save = pos;
      advance();
      if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) advance();
      if (pos >= src.length() || !Character.isDigit(src.charAt(pos))) {
        pos = save;
        throw error("invalid number exponent");
      }
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) advance();
    }
    if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
      throw error("invalid number: identifier directly after number");
    }
  }

  /** Scans a double-quoted string body (opening quote consumed) and returns the decoded value. */
  private String scanQuoted(boolean template) throws ParseError {
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= src.length() || src.charAt(pos) == '\n') throw error("unterminated string");
      char ch = src.charAt(pos);
      if (ch == '"') {
        advance();
        return sb.toString();
      }
      if (ch == '\\') {
        advance();
        if (pos >= src.length()) throw error("unterminated string");
        char e = src.charAt(pos);
        advance();
        switch (e) {
          case '"': sb.append('"'); break;
          case '\\': sb.append('\\'); break;
          case '/': sb.append('/'); break;
          case 'b': sb.append('\b'); break;
          case 'f': sb.append('\f'); break;
          case 'n': sb.append('\n'); break;
          case 'r': sb.append('\r'); break;
          case 't': sb.append('\t'); break;
          case 'u': {
            if (pos + 4 > src.length()) throw error("invalid unicode escape in string");
            String hex = src.substring(pos, pos + 4);
            try {
              sb.append((char) Integer.parseInt(hex, 16));
            } catch (NumberFormatException ex) {
              throw error("invalid unicode escape \\u" + hex + " in string");
            }
            for (int i = 0; i < 4; i++) advance();
            break;
          }
          default:
            throw error("invalid escape sequence \\" + e + " in string");
        }
      } else {
        sb.append(ch);
        advance();
      }
    }
  }

  /** Skips a template string body up to and including the closing quote, honouring nested {expr}. */
  private void skipTemplate(char quote, int l, int c, int nesting) throws ParseError {
    if (nesting > Parser.MAX_NESTING) throw error("template strings nested deeper than " + Parser.MAX_NESTING + " levels");
    while (true) {
      if (pos >= src.length()) throw new ParseError("unterminated template string", new Location(file, l, c));
      char ch = src.charAt(pos);
      if (ch == quote) {
        advance();
        return;
      }
      if (ch == '\\' && (quote == '"' || (pos + 1 < src.length() && src.charAt(pos + 1) == '{'))) {
        advance();
        if (pos < src.length()) advance();
      } else if (ch == '{') {
        advance();
        skipBraces(nesting);
      } else {
        if (ch == '\n' && quote == '"') throw error("unterminated template string");
        advance();
      }
    }
  }

  private void skipBraces(int nesting) throws ParseError {
    int depth = 1;
    while (pos < src.length()) {
      char ch = src.charAt(pos);
      if (ch == '$' && pos + 1 < src.length() && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '`')) {
        advance();
        char q = src.charAt(pos);
        advance();
        skipTemplate(q, line, col, nesting + 1);
        continue;
      }
      if (ch == '"') {
        advance();
        scanQuoted(false);
        continue;
      }
      if (ch == '`') {
        advance();
        while (pos < src.length() && src.charAt(pos) != '`') advance();
        if (pos < src.length()) advance();
        continue;
      }
      if (ch == '{') depth++;
      if (ch == '}' && --depth == 0) {
        advance();
        return;
      }
      advance();
    }
    throw error("unterminated template expression");
  }

  private Token.Type punct(char ch) {
    char next = pos + 1 < src.length() ? src.charAt(pos + 1) : 0;
    Token.Type t;
    int len = 1;
    switch (ch) {
      case '{': t = Token.Type.LBRACE; break;
      case '}': t = Token.Type.RBRACE; break;
      case '[': t = Token.Type.LBRACK; break;
      case ']': t = Token.Type.RBRACK; break;
      case '(': t = Token.Type.LPAREN; break;
      case ')': t = Token.Type.RPAREN; break;
      case '.': t = Token.Type.DOT; break;
      case ',': t = Token.Type.COMMA; break;
      case ';': t = Token.Type.SEMI; break;
      case ':':
        if (next == '=') { t = Token.Type.ASSIGN; len = 2; } else { t = Token.Type.COLON; }
        break;
      case '=':
        if (next == '=') { t = Token.Type.EQ; len = 2; } else { t = Token.Type.UNIFY; }
        break;
      case '!':
        if (next == '=') { t = Token.Type.NEQ; len = 2; } else { return null; }
        break;
      case '<':
        if (next == '=') { t = Token.Type.LTE; len = 2; } else { t = Token.Type.LT; }
        break;
      case '>':
        if (next == '=') { t = Token.Type.GTE; len = 2; } else { t = Token.Type.GT; }
        break;
      case '+': t = Token.Type.PLUS; break;
      case '-': t = Token.Type.MINUS; break;
      case '*': t = Token.Type.STAR; break;
      case '/': t = Token.Type.SLASH; break;
      case '%': t = Token.Type.PERCENT; break;
      case '&': t = Token.Type.AMP; break;
      case '|': t = Token.Type.BAR; break;
      default: return null;
    }
    for (int i = 0; i < len; i++) advance();
    return t;
  }
}
