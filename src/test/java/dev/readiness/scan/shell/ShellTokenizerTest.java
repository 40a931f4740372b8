package dev.readiness.scan.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.scan.shell.ShellTokenizer.Kind;
import dev.readiness.scan.shell.ShellTokenizer.Mode;
import dev.readiness.scan.shell.ShellTokenizer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per form the tokenizer documents. */
class ShellTokenizerTest {

  private static List<String> shown(List<Token> tokens) {
    return tokens.stream().map(t -> (t.kind() == Kind.WORD ? "" : t.kind() + ":") + t.value()).toList();
  }

  @Test
  void blanksSeparateWords() {
    assertEquals(List.of("a", "b", "c"), ShellTokenizer.words("  a\tb   c "));
    assertEquals(List.of(), ShellTokenizer.words("   "));
  }

  @Test
  void singleQuotesKeepEverythingLiterally() {
    assertEquals(List.of("a b", "x\\ny", "$HOME", "it;s&&"), ShellTokenizer.words("'a b' 'x\\ny' '$HOME' 'it;s&&'"));
  }

  @Test
  void doubleQuotesEscapeOnlyDollarBacktickQuoteAndBackslash() {
    assertEquals(List.of("a b", "say \"hi\"", "\\n", "$x", "a\\b"), ShellTokenizer.words("\"a b\" \"say \\\"hi\\\"\" \"\\n\" \"\\$x\" \"a\\\\b\""));
  }

  @Test
  void adjacentQuotedPartsMakeOneWord() {
    assertEquals(List.of("--file=my compose.yml"), ShellTokenizer.words("--file=\"my compose\".yml"));
    assertEquals(List.of("abc"), ShellTokenizer.words("a'b'\"c\""));
  }

  @Test
  void backslashOutsideQuotesEscapesTheNextCharacter() {
    assertEquals(List.of("a b", "x;y", "c"), ShellTokenizer.words("a\\ b x\\;y c"));
  }

  @Test
  void backslashNewlineContinuesTheWord() {
    assertEquals(List.of("ab", "c"), ShellTokenizer.words("a\\\nb c"));
  }

  @Test
  void controlOperatorsAreTokensOfTheirOwn() {
    assertEquals(List.of("a", "OPERATOR:&&", "b", "OPERATOR:||", "c", "OPERATOR:;", "d", "OPERATOR:|", "e", "OPERATOR:&",
        "OPERATOR:(", "f", "OPERATOR:)", "OPERATOR:;;"), shown(ShellTokenizer.tokens("a&&b || c;d|e & (f);;")));
    assertTrue(ShellTokenizer.tokens("a && b").get(1).endsCommand());
  }

  @Test
  void operatorsInsideQuotesAreText() {
    assertEquals(List.of("a && b", "c;d"), ShellTokenizer.words("\"a && b\" 'c;d'"));
  }

  @Test
  void redirectionsWithFileDescriptors() {
    List<Token> t = ShellTokenizer.tokens("cmd > out.log 2>&1 < in >> all");
    assertEquals(List.of("cmd", "OPERATOR:>", "out.log", "OPERATOR:2>&", "1", "OPERATOR:<", "in", "OPERATOR:>>", "all"), shown(t));
    assertFalse(t.get(1).endsCommand(), "a redirection is not the end of the command");
  }

  @Test
  void commandSubstitutionAndParameterExpansionStayInTheWord() {
    assertEquals(List.of("x=$(git rev-parse --short HEAD)", "${A:-a b}", "done"),
        ShellTokenizer.words("x=$(git rev-parse --short HEAD) ${A:-a b} done"));
    assertEquals(List.of("$(a | b; c)"), ShellTokenizer.words("$(a | b; c)"));
  }

  @Test
  void hashStartsACommentOnlyAtAWordStart() {
    assertEquals(List.of("echo", "a#b"), ShellTokenizer.words("echo a#b # the rest is a comment && x"));
    assertEquals(List.of("echo", "#not"), ShellTokenizer.words("echo '#not'"));
  }

  @Test
  void hereDocumentOpeners() {
    List<Token> t = ShellTokenizer.tokens("cat <<EOF > a; cat <<-'END' | sh; cat <<< here; cat << \"X\"");
    List<Token> docs = t.stream().filter(x -> x.kind() == Kind.HEREDOC).toList();
    assertEquals(3, docs.size(), t.toString());
    assertEquals("EOF", docs.get(0).value());
    assertFalse(docs.get(0).quoted());
    assertFalse(docs.get(0).stripTabs());
    assertEquals("END", docs.get(1).value());
    assertTrue(docs.get(1).quoted());
    assertTrue(docs.get(1).stripTabs());
    assertEquals("X", docs.get(2).value());
    assertTrue(t.stream().anyMatch(x -> x.value().equals("<<<")), "a here-string is an operator, not a here-document");
  }

  @Test
  void tokensKeepRawTextAndOffsets() {
    String s = "run \"a b\" c";
    Token t = ShellTokenizer.tokens(s).get(1);
    assertEquals("\"a b\"", t.raw());
    assertEquals("a b", t.value());
    assertEquals("\"a b\"", s.substring(t.start(), t.end()));
  }

  @Test
  void wordsModeSplitsOnlyOnBlanksAndKeepsQuotes() {
    assertEquals(List.of("A=\"x y\"", "B=a&&b", "C=#1"), ShellTokenizer.rawWords("A=\"x y\" B=a&&b C=#1", '\\'));
    assertEquals(List.of("a`", "b", "c"), ShellTokenizer.rawWords("a`  b c", '\\'));
    assertEquals(List.of("C:\\a` b"), ShellTokenizer.rawWords("C:\\a` b", '`'), "the Dockerfile escape directive's backtick");
  }

  @Test
  void unquoteKeepsBlanks() {
    assertEquals("hello big world", ShellTokenizer.unquote("\"hello big\" world", '\\'));
    assertEquals("a\"b", ShellTokenizer.unquote("a\\\"b", '\\'));
    assertEquals("a\\\"b", ShellTokenizer.unquote("'a\\\"b'", '\\'));
    assertEquals("x`y", ShellTokenizer.unquote("x``y", '`'));
  }

  @Test
  void logicalLinesJoinContinuationsAndDropComments() {
    List<ShellTokenizer.Line> lines = ShellTokenizer.lines("#!/bin/sh\n\n# comment\ndocker build \\\n  -t x \\\n  .\necho done\\\\\nlast", 1);
    assertEquals(3, lines.size(), lines.toString());
    assertEquals(4, lines.get(0).line());
    assertEquals(List.of("docker", "build", "-t", "x", "."), ShellTokenizer.words(lines.get(0).text()));
    assertEquals(7, lines.get(1).line());
    assertEquals(8, lines.get(2).line());
    assertEquals(List.of(new ShellTokenizer.Line(11, "a")), ShellTokenizer.lines("a", 11));
  }

  @Test
  void hereDocumentBodiesStayLines() {
    List<ShellTokenizer.Line> lines = ShellTokenizer.lines("ssh host <<'EOF'\ndocker compose up -d\nEOF\n", 1);
    assertEquals(List.of(1, 2, 3), lines.stream().map(ShellTokenizer.Line::line).toList());
  }

  @Test
  void unclosedQuoteRunsToTheEnd() {
    assertEquals(List.of("a", "b c"), ShellTokenizer.words("a 'b c"));
    assertEquals(List.of("x"), ShellTokenizer.tokens("x", '\\', Mode.SHELL).stream().map(Token::value).toList());
  }
}
