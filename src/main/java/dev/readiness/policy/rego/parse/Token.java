package dev.readiness.policy.rego.parse;

/**
 * A lexical token.
 *
 * @param text the source text (for strings: the decoded value)
 * @param newlineBefore a line break separates this token from the previous one
 * @param spaceBefore whitespace or a comment separates this token from the previous one
 */
record Token(Type type, String text, int line, int column, int offset, int end, boolean newlineBefore,
             boolean spaceBefore) {

  enum Type {
    IDENT, STRING, RAW_STRING, TEMPLATE, NUMBER, LBRACE, RBRACE, LBRACK, RBRACK, LPAREN, RPAREN, DOT, COMMA, SEMI,
    COLON, ASSIGN, UNIFY, EQ, NEQ, LT, LTE, GT, GTE, PLUS, MINUS, STAR, SLASH, PERCENT, AMP, BAR, EOF
  }

  boolean is(Type t) { return type == t; }

  boolean isIdent(String s) { return type == Type.IDENT && text.equals(s); }
}
