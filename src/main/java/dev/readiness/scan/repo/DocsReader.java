package dev.readiness.scan.repo;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.scan.repo.RepoFacts.Doc;
import dev.readiness.scan.repo.RepoFacts.Heading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown/RST/AsciiDoc documentation: kind by name, headings with lines, fenced code blocks, run commands in them. */
final class DocsReader {
  private static final Set<String> DOC_EXT = Set.of("md", "markdown", "rst", "adoc", "txt");
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
  /** Commands that start or deploy something, as they appear in README code blocks. */
  private static final Pattern RUN_COMMAND = Pattern.compile(
      "\\bdocker(?:-compose|\\s+compose)\\s+(?:[^\\n]*\\s)?up\\b|\\bdocker\\s+run\\b|\\bmake\\s+\\w|\\b(?:npm|pnpm|yarn|bun)\\s+(?:run\\s+)?(?:start|dev|serve|preview)\\b"
          + "|\\buvicorn\\b|\\bgunicorn\\b|\\bflask\\s+run\\b|manage\\.py\\s+runserver|\\bpython[0-9.]*\\s+\\S+\\.py\\b|\\bpython[0-9.]*\\s+-m\\s+\\w"
          + "|\\./[\\w./-]+\\.sh\\b|\\bbash\\s+[\\w./-]+\\.sh\\b|\\bsh\\s+[\\w./-]+\\.sh\\b|\\bmvnw?\\s+[^\\n]*spring-boot:run|\\bgradlew?\\s+[^\\n]*bootRun"
          + "|\\bjava\\s+-jar\\b|\\bgo\\s+run\\b|\\bcargo\\s+run\\b|\\bdotnet\\s+run\\b|\\brails\\s+s(?:erver)?\\b|\\bphp\\s+artisan\\s+serve\\b"
          + "|\\bkubectl\\s+apply\\b|\\bhelm\\s+(?:install|upgrade)\\b|\\bnode\\s+\\S+\\.m?js\\b|\\breadiness\\s+\\w");

  private final RepoFiles files;

  DocsReader(RepoFiles files) {
    this.files = files;
  }

  List<Doc> read() {
    List<Doc> out = new ArrayList<>();
    for (SourceFile f : files.all()) {
      if (!isDoc(f)) continue;
      Optional<String> text = files.read(f);
      if (text.isEmpty()) continue;
      out.add(parse(f.path(), text.get()));
    }
    return out;
  }

  private static boolean isDoc(SourceFile f) {
    String ext = RepoFiles.ext(f.path());
    String name = RepoFiles.name(f.path()).toLowerCase(Locale.ROOT);
    if (name.equals("requirements.txt") || name.startsWith("requirements") || name.endsWith("license.txt") || name.equals("robots.txt")
        || name.equals("cmakelists.txt")) return false;
    if (ext.equals("txt")) return name.startsWith("readme") || f.path().startsWith("docs/");
    return f.is(FileKind.DOC) || DOC_EXT.contains(ext);
  }

  static String kind(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    String n = RepoFiles.name(p);
    if (n.startsWith("readme")) return "readme";
    if (n.matches("(?:deploy|deployment|deploying|release-process|production|hosting|install|installation|operations-deploy).*")) return "deployment";
    if (n.matches("(?:runbook|operations|ops|playbook|disaster|dr-plan|incident|recovery|backup-restore|oncall).*")) return "runbook";
    if (n.matches("(?:architecture|design|overview|system-design|adr-).*") || p.contains("/adr/")) return "architecture";
    if (n.matches("(?:changelog|changes|history|releases|release-notes|news).*")) return "changelog";
    if (n.startsWith("security")) return "security";
    if (n.startsWith("contributing")) return "contributing";
    return "other";
  }

  static Doc parse(String path, String text) {
    String[] lines = RepoFiles.lines(text);
    List<Heading> headings = new ArrayList<>();
    int blocks = 0;
    boolean runCommand = false;
    String fence = null;
    StringBuilder block = new StringBuilder();
    boolean rst = RepoFiles.ext(path).equals("rst");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      Matcher fm = FENCE.matcher(l);
      if (fence != null) {
        if (fm.find() && fm.group(1).charAt(0) == fence.charAt(0) && fm.group(1).length() >= fence.length() && l.strip().equals(fm.group(1))) {
          blocks++;
          if (RUN_COMMAND.matcher(block).find()) runCommand = true;
          fence = null;
        } else {
          block.append(l).append('\n');
        }
        continue;
      }
      if (fm.find()) { fence = fm.group(1); block.setLength(0); continue; }
      Matcher am = ATX.matcher(l);
      if (am.matches()) { headings.add(new Heading(am.group(2), am.group(1).length(), i + 1)); continue; }
      if (i + 1 < lines.length && !l.isBlank() && SETEXT.matcher(lines[i + 1]).matches() && !l.startsWith("    ")
          && (rst ? lines[i + 1].strip().length() >= l.strip().length() : !lines[i + 1].strip().startsWith("-") || lines[i + 1].strip().length() >= 2)) {
        if (l.strip().matches("[-=*_ ]+")) continue;
        headings.add(new Heading(l.strip(), lines[i + 1].strip().charAt(0) == '=' ? 1 : 2, i + 1));
        i++;
      }
      if (l.startsWith("    $ ") || l.startsWith("\t$ ")) { if (RUN_COMMAND.matcher(l).find()) runCommand = true; }
    }
    if (fence != null) {
      blocks++;
      if (RUN_COMMAND.matcher(block).find()) runCommand = true;
    }
    return new Doc(path, kind(path), List.copyOf(headings), blocks, runCommand);
  }
}
