package dev.readiness.scan.repo;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.scan.repo.RepoFacts.Doc;
import dev.readiness.scan.repo.RepoFacts.DocTopic;
import dev.readiness.scan.repo.RepoFacts.Heading;
import dev.readiness.text.PatternSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown/RST/AsciiDoc documentation: kind by name, headings with lines, fenced code blocks, run commands in them. */
final class DocsReader {
  private static final Pattern DEPLOYMENT_DOC = Pattern.compile("(?:deploy|deployment|deploying|release-process|production|hosting|install|installation|operations-deploy).*");
  private static final Pattern RUNBOOK_DOC = Pattern.compile("(?:runbook|operations|ops|playbook|disaster|dr-plan|incident|recovery|backup-restore|oncall).*");
  private static final Pattern ARCHITECTURE_DOC = Pattern.compile("(?:architecture|design|overview|system-design|adr-).*");
  private static final Pattern CHANGELOG_DOC = Pattern.compile("(?:changelog|changes|history|releases|release-notes|news).*");
  private static final Pattern RULE_LINE = Pattern.compile("[-=*_ ]+");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern TAG_OR_URL = Pattern.compile("<[^>]+>|https?://\\S+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern WORD = Pattern.compile(".*[A-Za-z]{2,}.*");
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
          + "|\\bkubectl\\s+apply\\b|\\bhelm\\s+(?:install|upgrade)\\b|\\bnode\\s+\\S+\\.m?js\\b|\\breadiness\\s+\\w"
          + "|\\b(?:curl|wget)\\b[^\\n]*\\|\\s*(?:sudo\\s+)?(?:ba|z)?sh\\b|\\bbash\\s+-c\\s+\"\\$\\((?:curl|wget)|\\bdocker\\s+stack\\s+deploy\\b");

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
    if (DEPLOYMENT_DOC.matcher(n).matches()) return "deployment";
    if (RUNBOOK_DOC.matcher(n).matches()) return "runbook";
    if (ARCHITECTURE_DOC.matcher(n).matches() || p.contains("/adr/")) return "architecture";
    if (CHANGELOG_DOC.matcher(n).matches()) return "changelog";
    if (n.startsWith("security")) return "security";
    if (n.startsWith("contributing")) return "contributing";
    return "other";
  }

  /** A version or a date, as a release entry's heading carries it. */
  private static final Pattern RELEASE_ENTRY = Pattern.compile(
      "(?i)(?:^|[\\s\\[(v])v?\\d+\\.\\d+(?:\\.\\d+)?(?:[-+.][\\w.]+)?\\b|\\b(?:19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\bstable-\\d+|\\bunreleased\\b");
  /** An environment variable name as docs write it (UPPER_SNAKE with at least one underscore). */
  private static final Pattern ENV_VAR = Pattern.compile("(?<![\\w$./-])([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])(?![\\w(])");
  private static final Set<String> NOT_ENV = Set.of("README_MD", "TODO_LIST", "HTTP_1_1", "UTF_8", "ISO_8859_1");
  /** Sections about working on the code, not running it. */
  private static final Pattern DEV_SECTION = Pattern.compile(
      "(?i)\\b(?:develop(?:ment|ing|er)?|contribut\\w*|hacking|tests?|testing|local\\s+dev\\w*|build(?:ing)?\\s+from\\s+source|debug\\w*|lint\\w*"
          + "|dependenc(?:y|ies)|packages?|librar(?:y|ies))\\b");
  /** A one-off container (docker run --rm): a tool run, not the product being started. */
  private static final Pattern ONE_OFF_RUN = Pattern.compile("\\bdocker\\s+run\\b[^\\n]*\\s--rm\\b");
  /** Backup and restore commands that say what they do by themselves (generic "backup"/"import" commands need the topic named). */
  private static final Pattern DATA_TOOL = Pattern.compile(
      "\\bpg_(?:dump(?:all)?|basebackup|restore)\\b|\\b(?:mysqldump|mariadb-dump|mongodump|mongorestore)\\b|\\b(?:psql|mysql)\\b[^\\n]*<|\\brestic\\b|\\bborg\\s|\\bwal-g\\b|\\bpgbackrest\\b");
  /** Topics that are procedures: a section names them only when it also gives commands. */
  private static final Set<String> PROCEDURES = Set.of("install", "upgrade");

  /** One operational topic: commands that are about it, and words that name it (in a heading or the prose). */
  private record TopicRule(String topic, Pattern command, Pattern words) {}

  private static final List<TopicRule> TOPICS = List.of(
      new TopicRule("install",
          Pattern.compile("\\bdocker(?:-compose|\\s+compose)\\s+(?:[^\\n]*\\s)?up\\b|\\bdocker\\s+(?:run|stack\\s+deploy)\\b|\\bhelm\\s+(?:install|upgrade\\s+--install)\\b"
              + "|\\bkubectl\\s+apply\\b|\\b(?:curl|wget)\\b[^\\n]*\\|\\s*(?:sudo\\s+)?(?:ba|z)?sh\\b|\\bbash\\s+-c\\s+\"\\$\\((?:curl|wget)|\\./install[\\w.-]*"
              + "|\\bansible-playbook\\b|\\bsystemctl\\s+(?:enable|start)\\b|\\./[\\w.-]+\\s+(?:bootstrap|start|setup)\\b|\\bapt(?:-get)?\\s+install\\s+[^\\n]*\\b(?:\\w+-server|\\w+d)\\b"),
          Pattern.compile("(?i)\\b(?:install\\w*|setup|set\\s+up|deploy\\w*|production|self-host\\w*|getting\\s+started|quick\\s*start|run(?:ning)?\\s+in\\s+production)\\b")),
      new TopicRule("configure",
          Pattern.compile("\\bcp\\s+[^\\n]*(?:\\.env|example|sample|\\.dist)\\b|\\b(?:nano|vim?|\\$EDITOR)\\s+[^\\n]*(?:\\.env|\\.ya?ml|\\.conf|\\.toml|\\.ini|\\.json)\\b|^\\s*-?\\s*[A-Z][A-Z0-9]*_[A-Z0-9_]+\\s*[=:]"),
          Pattern.compile("(?i)\\b(?:configur\\w*|settings|environment\\s+variables?|options)\\b")),
      new TopicRule("upgrade",
          Pattern.compile("\\bdocker(?:-compose|\\s+compose)\\s+(?:[^\\n]*\\s)?pull\\b|\\bdocker\\s+pull\\b|\\bgit\\s+pull\\b|\\bhelm\\s+upgrade\\b|\\./[\\w.-]+\\s+(?:rebuild|upgrade|update)\\b"
              + "|\\bapt(?:-get)?\\s+(?:upgrade|dist-upgrade)\\b"),
          Pattern.compile("(?i)\\b(?:upgrad\\w*|updat(?:e|es|ing)\\s+(?:to|the|your|an?)\\b|updating|new\\s+versions?|migrat(?:e|ing)\\s+(?:to|from))\\b")),
      new TopicRule("backup",
          Pattern.compile("\\bpg_dump(?:all)?\\b|\\bpg_basebackup\\b|\\b(?:mysqldump|mariadb-dump|mongodump)\\b|\\brestic\\b|\\bborg\\s|\\bduplicity\\b|\\bwal-g\\b|\\bpgbackrest\\b"
              + "|\\btar\\s+-?[a-z]*c[a-z]*f\\b|\\b\\w*(?:backup|export)\\w*\\b"),
          Pattern.compile("(?i)\\bback(?:ing)?\\s*-?ups?\\b")),
      new TopicRule("restore",
          Pattern.compile("\\bpg_restore\\b|\\bpsql\\b[^\\n]*<|\\bmysql\\b[^\\n]*<|\\bmongorestore\\b|\\brestic\\s+restore\\b|\\bborg\\s+extract\\b|\\btar\\s+-?[a-z]*x[a-z]*f\\b|\\b\\w*(?:restore|import)\\w*\\b"),
          Pattern.compile("(?i)\\brestor\\w*\\b|\\brecover\\w*\\b|\\bdisaster\\b")),
      new TopicRule("tls",
          Pattern.compile("\\bcertbot\\b|\\bacme\\.sh\\b|\\bopenssl\\s+req\\b|\\bssl_certificate\\b|\\btls\\s*[:{]|\\bletsencrypt\\b"),
          Pattern.compile("(?i)\\b(?:tls|ssl|https|certificates?|let'?s\\s*encrypt|reverse\\s+proxy)\\b")),
      new TopicRule("troubleshoot",
          Pattern.compile("\\bdocker(?:-compose|\\s+compose)?\\s+(?:[^\\n]*\\s)?logs\\b|\\bjournalctl\\b|\\bkubectl\\s+(?:logs|describe)\\b|\\b\\w*doctor\\b"),
          Pattern.compile("(?i)\\btroubleshoot\\w*|\\bincidents?\\b|\\bon-?call\\b|\\bdebugging\\s+production|\\bcommon\\s+(?:problems|issues|errors)\\b|\\bfaq\\b")));
  /** The topics' command patterns, searched together: a rule's pattern runs only on lines holding one of its literals. */
  private static final PatternSet COMMANDS = PatternSet.of(TOPICS.stream().map(TopicRule::command).toList());
  /** Code fences in a programming language: source code, not commands an operator runs. */
  private static final Pattern SOURCE_LANGUAGE = Pattern.compile(
      "(?i)(?:go|golang|python|py|javascript|js|jsx|typescript|ts|tsx|java|kotlin|kt|rust|rs|ruby|rb|c|cpp|c\\+\\+|csharp|cs|php|swift|scala|elixir|dart|proto|graphql)\\b.*");
  /** Prose words a section needs for a topic it names but gives no command for (instructions in words). */
  private static final int PROSE_DEPTH = 30;

  static Doc parse(String path, String text) {
    String[] lines = RepoFiles.lines(text);
    List<Heading> headings = new ArrayList<>();
    int blocks = 0;
    boolean runCommand = false;
    String fence = null;
    StringBuilder block = new StringBuilder();
    boolean rst = RepoFiles.ext(path).equals("rst");
    boolean sourceCode = false;
    String stem = RepoFiles.name(path).replaceFirst("\\.[^.]*$", "").replace('_', ' ').replace('-', ' ');
    String[] ancestors = new String[7];
    Section section = new Section("", stem, 1);
    List<Section> sections = new ArrayList<>();
    sections.add(section);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      // a fence holds ``` or ~~~ (most lines hold neither, and no matcher is made for them)
      Matcher fm = l.indexOf('`') >= 0 || l.indexOf('~') >= 0 ? FENCE.matcher(l) : null;
      if (fence != null) {
        if (fm != null && fm.find() && fm.group(1).charAt(0) == fence.charAt(0) && fm.group(1).length() >= fence.length() && l.strip().equals(fm.group(1))) {
          blocks++;
          if (RUN_COMMAND.matcher(block).find()) runCommand = true;
          fence = null;
        } else {
          block.append(l).append('\n');
          if (!sourceCode) section.code.append(l).append('\n');
        }
        continue;
      }
      if (fm != null && fm.find()) {
        fence = fm.group(1);
        block.setLength(0);
        sourceCode = SOURCE_LANGUAGE.matcher(l.strip().substring(fence.length()).strip()).matches();
        continue;
      }
      Matcher am = ATX.matcher(l);
      if (am.matches()) {
        int level = am.group(1).length();
        headings.add(new Heading(am.group(2), level, i + 1));
        section = new Section(am.group(2), context(stem, ancestors, level, am.group(2)), i + 1);
        sections.add(section);
        continue;
      }
      if (i + 1 < lines.length && !l.isBlank() && SETEXT.matcher(lines[i + 1]).matches() && !l.startsWith("    ")
          && (rst ? lines[i + 1].strip().length() >= l.strip().length() : !lines[i + 1].strip().startsWith("-") || lines[i + 1].strip().length() >= 2)) {
        if (RULE_LINE.matcher(l.strip()).matches()) continue;
        int level = lines[i + 1].strip().charAt(0) == '=' ? 1 : 2;
        headings.add(new Heading(l.strip(), level, i + 1));
        section = new Section(l.strip(), context(stem, ancestors, level, l.strip()), i + 1);
        sections.add(section);
        i++;
        continue;
      }
      if (l.startsWith("    $ ") || l.startsWith("\t$ ")) { if (RUN_COMMAND.matcher(l).find()) runCommand = true; }
      if (l.startsWith("    ") || l.startsWith("\t") || l.strip().startsWith("$ ")) section.code.append(l.strip().replaceFirst("^\\$\\s+", "")).append('\n');
      else section.prose.append(l).append('\n');
    }
    if (fence != null) {
      blocks++;
      if (RUN_COMMAND.matcher(block).find()) runCommand = true;
    }
    int entries = 0;
    for (Heading h : headings) if (RELEASE_ENTRY.matcher(h.text()).find()) entries++;
    List<DocTopic> topics = new ArrayList<>();
    java.util.TreeSet<String> envVars = new java.util.TreeSet<>();
    for (Section sec : sections) {
      topics.addAll(sec.topics());
      Matcher em = ENV_VAR.matcher(sec.prose + "\n" + sec.code);
      while (em.find()) if (!NOT_ENV.contains(em.group(1))) envVars.add(em.group(1));
    }
    return new Doc(path, kind(path), List.copyOf(headings), blocks, runCommand, entries, List.copyOf(topics), List.copyOf(envVars));
  }

  /** A section's context: the doc's name and the headings it sits under; records the heading at its level. */
  private static String context(String stem, String[] ancestors, int level, String heading) {
    ancestors[level] = heading;
    for (int l = level + 1; l < ancestors.length; l++) ancestors[l] = null;
    StringBuilder sb = new StringBuilder(stem);
    for (int l = 1; l < level; l++) if (ancestors[l] != null) sb.append('\n').append(ancestors[l]);
    return sb.toString();
  }

  /** A heading and what follows it up to the next heading: its code lines and its prose. */
  private static final class Section {
    final String heading;
    /** The doc's name and the headings above this one: what the section is part of. */
    final String context;
    final int line;
    final StringBuilder code = new StringBuilder();
    final StringBuilder prose = new StringBuilder();

    Section(String heading, String context, int line) {
      this.heading = heading;
      this.context = context;
      this.line = line;
    }

    int words() {
      String t = TAG_OR_URL.matcher(LINK.matcher(prose).replaceAll("$1")).replaceAll(" ");
      int n = 0;
      for (String w : WHITESPACE.split(t)) if (WORD.matcher(w).matches()) n++;
      return n;
    }

    /**
     * The topics this section instructs on: commands about the topic in its code (inline code counts as
     * code), or the topic named in its heading or prose with instructions to follow (any command, or
     * enough prose; install and upgrade are procedures and need commands). A heading alone is not
     * instructions. Install, configure and upgrade in a development section (development, tests,
     * dependencies) are about working on the code, not about running it.
     */
    List<DocTopic> topics() {
      List<DocTopic> out = new ArrayList<>();
      String inline = String.join("\n", inlineCode(prose.toString()));
      String codeText = code + "\n" + inline;
      String[] codeLines = RepoFiles.lines(codeText);
      BitSet[] candidates = new BitSet[codeLines.length];
      COMMANDS.lineCandidates(codeText, (ln, c) -> candidates[ln] = c);
      int words = -1; // counted when a topic needs it
      boolean dev = DEV_SECTION.matcher(heading).find() || DEV_SECTION.matcher(context).find();
      int anyCommands = 0;
      for (String l : RepoFiles.lines(code.toString())) if (!l.isBlank() && !l.strip().startsWith("#")) anyCommands++;
      Matcher env = ENV_VAR.matcher(prose + "\n" + code);
      java.util.Set<String> vars = new java.util.HashSet<>();
      while (env.find()) vars.add(env.group(1));
      for (int ri = 0; ri < TOPICS.size(); ri++) {
        TopicRule r = TOPICS.get(ri);
        if (dev && (r.topic().equals("install") || r.topic().equals("configure") || r.topic().equals("upgrade"))) continue;
        boolean everyLine = COMMANDS.ungated(ri);
        int commands = 0;
        boolean dataTool = false;
        for (int li = 0; li < codeLines.length; li++) {
          if (!everyLine && (candidates[li] == null || !candidates[li].get(ri))) continue;
          String l = codeLines[li];
          if (!r.command().matcher(l).find()) continue;
          if (DATA_TOOL.matcher(l).find()) dataTool = true;
          if (!(r.topic().equals("install") && ONE_OFF_RUN.matcher(l).find())) commands++;
        }
        boolean titled = r.words().matcher(heading).find() || r.words().matcher(context).find();
        boolean backupOrRestore = r.topic().equals("backup") || r.topic().equals("restore");
        boolean present = commands > 0 && (dataTool || !backupOrRestore || titled || r.words().matcher(prose).find())
            || titled && anyCommands > 0
            || r.topic().equals("configure") && vars.size() >= 3;
        if (!present && titled && !PROCEDURES.contains(r.topic())) {
          if (words < 0) words = words();
          present = words >= PROSE_DEPTH;
        }
        if (present) {
          if (words < 0) words = words();
          out.add(new DocTopic(r.topic(), line, heading, commands, words));
        }
      }
      return out;
    }
  }

  private static List<String> inlineCode(String prose) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("`([^`\\n]+)`").matcher(prose);
    while (m.find()) out.add(m.group(1));
    return out;
  }
}
