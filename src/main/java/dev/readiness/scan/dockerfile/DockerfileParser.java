package dev.readiness.scan.dockerfile;

import dev.readiness.discover.SourceFile;
import dev.readiness.scan.ScanContext;
import dev.readiness.scan.shell.ShellTokenizer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line-accurate Dockerfile parser following BuildKit's rules: parser directives, line continuations
 * with the escape character (comments and blank lines inside a continuation are dropped), heredocs on
 * RUN/COPY/ADD, leading {@code --flags}, and JSON (exec) versus shell form. It never throws on bad
 * input: problems are collected and parsing continues with the next line.
 */
public final class DockerfileParser {
  /** Instructions BuildKit knows. */
  public static final Set<String> INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV",
      "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");
  private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
  private static final Set<String> HEREDOC_INSTRUCTIONS = Set.of("RUN", "COPY", "ADD");
  private static final Set<String> JSON_INSTRUCTIONS = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME");
  private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(.*?)\\s*$");
  private static final Pattern HEREDOC_WORD = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final ObjectReader JSON = new ObjectMapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Parses done in this JVM (a test reads it to see that a scan parses each Dockerfile once). */
  private static final LongAdder PARSES = new LongAdder();

  private DockerfileParser() {}

  /** How many Dockerfile texts this JVM has parsed. */
  public static long parseCount() {
    return PARSES.sum();
  }

  /** The file's tree, parsed once per scan and shared by every reader ({@link ScanContext#parsed}). */
  public static Optional<DockerfileAst> parse(ScanContext context, SourceFile file) {
    return context.parsed(file, DockerfileAst.class, DockerfileParser::parse);
  }

  /** Parses Dockerfile text (LF, CRLF or CR line ends, optional BOM). */
  public static DockerfileAst parse(String text) {
    PARSES.increment();
    String[] lines = splitLines(text);
    List<DockerfileAst.Problem> problems = new ArrayList<>();
    Map<String, String> directives = new LinkedHashMap<>();
    int i = readDirectives(lines, directives, problems);
    char escape = '\\';
    String esc = directives.get("escape");
    if (esc != null) {
      if (esc.equals("`")) escape = '`';
      else if (!esc.equals("\\")) problems.add(new DockerfileAst.Problem(1, "invalid escape directive '" + esc + "': must be ` or \\"));
    }
    List<Instruction> out = new ArrayList<>();
    while (i < lines.length) {
      String line = lines[i];
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) { i++; continue; }
      int start = i;
      StringBuilder logical = new StringBuilder();
      String current = line;
      while (true) {
        int cut = continuationCut(current, escape);
        if (cut < 0) { logical.append(current); break; }
        logical.append(current, 0, cut);
        int next = i + 1;
        while (next < lines.length && (lines[next].isBlank() || lines[next].stripLeading().startsWith("#"))) next++;
        if (next >= lines.length) {
          problems.add(new DockerfileAst.Problem(start + 1, "line continuation at end of file"));
          break;
        }
        i = next;
        current = lines[i];
      }
      int end = i;
      i++;
      String text1 = logical.toString().strip();
      int sp = firstSpace(text1);
      String keyword = (sp < 0 ? text1 : text1.substring(0, sp)).toUpperCase(Locale.ROOT);
      String rest = sp < 0 ? "" : text1.substring(sp).strip();
      List<String> flags = new ArrayList<>();
      rest = extractFlags(rest, flags);
      List<Heredoc> heredocs = new ArrayList<>();
      if (HEREDOC_INSTRUCTIONS.contains(keyword)) {
        for (Marker marker : heredocMarkers(rest, escape)) {
          int[] next = new int[] {i};
          Heredoc h = readHeredoc(lines, next, marker.delimiter(), marker.quoted(), marker.stripTabs(), problems, start + 1);
          heredocs.add(h);
          i = next[0];
          end = Math.max(end, h.endLine() - 1);
        }
      }
      List<String> json = JSON_INSTRUCTIONS.contains(keyword) ? parseJson(rest) : null;
      if (keyword.equals("HEALTHCHECK") && rest.regionMatches(true, 0, "CMD", 0, 3)) json = parseJson(rest.substring(3).strip());
      if (!INSTRUCTIONS.contains(keyword)) {
        problems.add(new DockerfileAst.Problem(start + 1, "unknown instruction: " + truncate(keyword, 40)));
      }
      out.add(new Instruction(keyword, List.copyOf(flags), rest, json, List.copyOf(heredocs), text1, start + 1, end + 1));
    }
    return new DockerfileAst(Map.copyOf(directives), escape, List.copyOf(out), List.copyOf(problems));
  }

  static String[] splitLines(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.split("\r\n|\r|\n", -1);
  }

  /** Reads the parser directives at the top; returns the index of the first line after them. */
  private static int readDirectives(String[] lines, Map<String, String> directives, List<DockerfileAst.Problem> problems) {
    int i = 0;
    for (; i < lines.length; i++) {
      Matcher m = DIRECTIVE.matcher(lines[i]);
      if (!m.matches()) break;
      String name = m.group(1).toLowerCase(Locale.ROOT);
      // an unknown directive is an ordinary comment, and a comment ends the directive block
      if (!DIRECTIVES.contains(name)) break;
      if (directives.containsKey(name)) {
        problems.add(new DockerfileAst.Problem(i + 1, "parser directive '" + name + "' set twice"));
        break;
      }
      directives.put(name, m.group(2));
    }
    return i;
  }

  /** Index where a trailing escape character (optionally followed by blanks) starts, or -1. */
  private static int continuationCut(String line, char escape) {
    int j = line.length() - 1;
    while (j >= 0 && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) j--;
    return j >= 0 && line.charAt(j) == escape ? j : -1;
  }

  /** Moves the leading {@code --flag[=value]} words of {@code rest} to {@code flags}; returns what follows them. */
  private static String extractFlags(String rest, List<String> flags) {
    int pos = 0;
    for (ShellTokenizer.Token t : ShellTokenizer.tokens(rest, '\0', ShellTokenizer.Mode.WORDS)) {
      if (!t.raw().startsWith("--") || t.raw().length() <= 2) break;
      flags.add(t.value());
      pos = t.end();
    }
    return rest.substring(pos).strip();
  }

  /** Heredoc openers outside quotes: each is {delimiter, quoted, {@code <<-}}. Here-strings ({@code <<<}) are not heredocs. */
  static List<Marker> heredocMarkers(String s, char escape) {
    List<Marker> out = new ArrayList<>();
    for (ShellTokenizer.Token t : ShellTokenizer.tokens(s, escape, ShellTokenizer.Mode.SHELL)) {
      if (t.kind() == ShellTokenizer.Kind.HEREDOC && HEREDOC_WORD.matcher(t.value()).matches()) {
        out.add(new Marker(t.value(), t.quoted(), t.stripTabs()));
      }
    }
    return out;
  }

  /** A heredoc opener. */
  record Marker(String delimiter, boolean quoted, boolean stripTabs) {}

  private static Heredoc readHeredoc(String[] lines, int[] pos, String delimiter, boolean quoted, boolean stripTabs,
      List<DockerfileAst.Problem> problems, int instructionLine) {
    int first = pos[0];
    StringBuilder body = new StringBuilder();
    int k = first;
    for (; k < lines.length; k++) {
      String l = stripTabs ? lines[k].replaceFirst("^\t+", "") : lines[k];
      if (l.equals(delimiter)) {
        pos[0] = k + 1;
        return new Heredoc(delimiter, quoted, stripTabs, body.toString(), first + 1, k + 1);
      }
      if (body.length() > 0 || k > first) body.append('\n');
      body.append(l);
    }
    problems.add(new DockerfileAst.Problem(instructionLine, "heredoc '" + truncate(delimiter, 40) + "' is never closed"));
    pos[0] = lines.length;
    return new Heredoc(delimiter, quoted, stripTabs, body.toString(), first + 1, Math.max(lines.length, first + 1));
  }

  /** The exec-form arguments, or null when the text is not a JSON array of strings (then it is shell form). */
  private static List<String> parseJson(String rest) {
    if (!rest.startsWith("[")) return null;
    try {
      JsonNode node = JSON.readTree(rest);
      if (node == null || !node.isArray()) return null;
      List<String> out = new ArrayList<>();
      for (JsonNode e : node) {
        if (!e.isTextual()) return null;
        out.add(e.asText());
      }
      return List.copyOf(out);
    } catch (Exception e) {
      return null;
    }
  }

  private static int firstSpace(String s) {
    for (int k = 0; k < s.length(); k++) if (Character.isWhitespace(s.charAt(k))) return k;
    return -1;
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
