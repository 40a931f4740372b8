package dev.readiness.scan.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

  @Test
  void directivesAndBacktickEscape() {
    DockerfileAst ast = DockerfileParser.parse("# syntax=docker/dockerfile:1.7\n# escape=`\n# check=skip=all\nFROM windows `\n  AS base\nRUN dir `\n  # a comment inside\n  c:\\\n");
    assertEquals("docker/dockerfile:1.7", ast.directives().get("syntax"));
    assertEquals('`', ast.escape());
    assertEquals("skip=all", ast.directives().get("check"));
    assertEquals(2, ast.instructions().size());
    Instruction from = ast.instructions().get(0);
    assertEquals("windows   AS base", from.args());
    assertEquals(4, from.startLine());
    assertEquals(5, from.endLine());
    Instruction run = ast.instructions().get(1);
    assertEquals("dir   c:\\", run.args());
    assertEquals(6, run.startLine());
    assertEquals(8, run.endLine());
  }

  @Test
  void directiveAfterCommentIsAComment() {
    DockerfileAst ast = DockerfileParser.parse("# hello\n# escape=`\nFROM a\n");
    assertTrue(ast.directives().isEmpty());
    assertEquals('\\', ast.escape());
  }

  @Test
  void continuationsSkipCommentsAndBlankLines() {
    DockerfileAst ast = DockerfileParser.parse("FROM alpine\nRUN apk add \\\n# comment\n\n    curl \\\n    git\nUSER app\n");
    Instruction run = ast.instructions().get(1);
    assertEquals("apk add     curl     git", run.args());
    assertEquals(2, run.startLine());
    assertEquals(6, run.endLine());
    assertEquals(7, ast.instructions().get(2).startLine());
  }

  @Test
  void crlfLineEnds() {
    DockerfileAst ast = DockerfileParser.parse("FROM alpine:3.19\r\nRUN echo a \\\r\n  && echo b\r\nUSER 1000\r\n");
    assertEquals(3, ast.instructions().size());
    assertEquals("echo a   && echo b", ast.instructions().get(1).args());
    assertEquals(4, ast.instructions().get(2).startLine());
    assertEquals("1000", ast.instructions().get(2).args());
  }

  @Test
  void heredocsSeveralOnOneLineWithDashAndQuotes() {
    String text = String.join("\n",
        "FROM alpine",
        "RUN <<EOF",
        "apk add curl",
        "EOF",
        "RUN <<-\"ONE\" cat <<'TWO' > /out",
        "\techo one",
        "\tONE",
        "two $HOME",
        "TWO",
        "COPY <<EOF /etc/app.conf",
        "key=value",
        "EOF",
        "USER app");
    DockerfileAst ast = DockerfileParser.parse(text);
    assertTrue(ast.problems().isEmpty(), ast.problems().toString());
    List<Instruction> ins = ast.instructions();
    assertEquals(5, ins.size());
    Heredoc first = ins.get(1).heredocs().get(0);
    assertEquals("apk add curl", first.content());
    assertEquals(3, first.startLine());
    assertEquals(4, ins.get(1).endLine());
    List<Heredoc> two = ins.get(2).heredocs();
    assertEquals(2, two.size());
    assertEquals("echo one", two.get(0).content());
    assertTrue(two.get(0).stripTabs());
    assertTrue(two.get(0).quoted());
    assertEquals("TWO", two.get(1).delimiter());
    assertEquals("two $HOME", two.get(1).content());
    assertEquals(9, ins.get(2).endLine());
    assertEquals("COPY", ins.get(3).keyword());
    assertEquals("key=value", ins.get(3).heredocs().get(0).content());
    assertEquals(13, ins.get(4).startLine());
  }

  @Test
  void heredocMarkersInsideQuotesOrHereStringsAreIgnored() {
    DockerfileAst ast = DockerfileParser.parse("FROM a\nRUN echo \"<<EOF\" && cat <<< 'x'\nUSER b\n");
    assertTrue(ast.instructions().get(1).heredocs().isEmpty());
    assertEquals(3, ast.instructions().size());
  }

  @Test
  void unterminatedHeredocIsAProblem() {
    DockerfileAst ast = DockerfileParser.parse("FROM a\nRUN <<EOF\necho hi\n");
    assertEquals(1, ast.problems().size());
    assertEquals(2, ast.problems().get(0).line());
  }

  @Test
  void flagsAndJsonForm() {
    DockerfileAst ast = DockerfileParser.parse("FROM a\nRUN --mount=type=cache,target=/root/.cache --network=none [\"pip\", \"install\", \"x\"]\nCMD [\"a\", 1]\nCMD [\"a\"] && b\n");
    Instruction run = ast.instructions().get(1);
    assertEquals(List.of("--mount=type=cache,target=/root/.cache", "--network=none"), run.flags());
    assertEquals(List.of("pip", "install", "x"), run.json());
    assertEquals("none", run.flag("network"));
    assertNull(ast.instructions().get(2).json(), "non-string array is shell form");
    assertNull(ast.instructions().get(3).json(), "trailing text is shell form");
  }

  @Test
  void unknownInstructionIsReportedAndParsingContinues() {
    DockerfileAst ast = DockerfileParser.parse("FROM a\nFROBNICATE x\nUSER b\n");
    assertEquals(1, ast.problems().size());
    assertEquals(2, ast.problems().get(0).line());
    assertEquals("USER", ast.instructions().get(2).keyword());
  }

  @Test
  void tenThousandLineContinuationParses() {
    StringBuilder sb = new StringBuilder("FROM debian\nRUN echo start \\\n");
    for (int i = 0; i < 10_000; i++) sb.append("  && echo ").append(i).append(" \\\n");
    sb.append("  && echo end\nUSER app\n");
    DockerfileAst ast = DockerfileParser.parse(sb.toString());
    assertEquals(3, ast.instructions().size());
    assertEquals(10_003, ast.instructions().get(1).endLine());
    assertFalse(ast.instructions().get(1).args().isEmpty());
  }

  @Test
  void conftestViewSplitsValuesLikeBuildkit() {
    DockerfileAst ast = DockerfileParser.parse("FROM python:3.12 AS build\nENV A=1 B=\"two words\"\nENV LEGACY some value\nCOPY --from=build /a /b\nFROM scratch\nHEALTHCHECK CMD curl -f http://x/\nCMD [\"run\"]\n");
    List<ConftestCommand> cmds = ast.conftestView();
    assertEquals("from", cmds.get(0).cmd());
    assertEquals(List.of("python:3.12", "AS", "build"), cmds.get(0).value());
    assertEquals(List.of("A", "1", "B", "\"two words\""), cmds.get(1).value());
    assertEquals(List.of("LEGACY", "some value"), cmds.get(2).value());
    assertEquals(List.of("--from=build"), cmds.get(3).flags());
    assertEquals(List.of("/a", "/b"), cmds.get(3).value());
    assertEquals(0, cmds.get(3).stage());
    assertEquals(1, cmds.get(4).stage());
    assertEquals(List.of("CMD", "curl -f http://x/"), cmds.get(5).value());
    assertTrue(cmds.get(6).json());
    assertEquals(7, cmds.get(6).startLine());
    assertEquals("cmd", cmds.get(6).asMap().get("Cmd"));
  }
}
