package dev.readiness.scan.repo;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.ScanContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The repo scanner's view of the discovered files: which ones are worth reading as text (by kind and
 * extension, so binary assets are never opened), vendored directories left out, and a size cap for the
 * pattern-based passes.
 */
final class RepoFiles {
  /** Source files above this size are skipped by the signal patterns. */
  static final long MAX_SCANNED_BYTES = 512 * 1024;

  private static final Pattern VENDORED = Pattern.compile(
      "(?:^|/)(?:node_modules|vendor|\\.venv|venv|site-packages|dist|target|\\.git|\\.next|\\.nuxt|bower_components|__pycache__|\\.tox|\\.gradle)/");
  private static final Set<String> TEXT_EXT = Set.of("md", "markdown", "rst", "adoc", "txt", "sh", "bash", "zsh", "ps1",
      "yml", "yaml", "json", "json5", "toml", "ini", "cfg", "conf", "config", "properties", "env", "tf", "tfvars", "hcl",
      "nomad", "xml", "sql", "py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "vue", "svelte", "java", "kt", "kts", "groovy",
      "go", "rb", "rake", "php", "cs", "csproj", "fs", "gradle", "mod", "sum", "lock", "template", "tpl", "j2", "rules",
      "caddyfile", "cron", "service", "dockerfile", "gitignore", "dockerignore", "example", "sample", "local", "cnf");
  private static final Set<String> TEXT_NAMES = Set.of("makefile", "dockerfile", "containerfile", "jenkinsfile", "procfile",
      "caddyfile", "gemfile", "pipfile", "crontab", "vagrantfile", "rakefile", "brewfile", "justfile", "capfile",
      ".gitignore", ".dockerignore", ".env", "license", "codeowners", ".renovaterc");

  private final ScanContext context;

  RepoFiles(ScanContext context) {
    this.context = context;
  }

  List<SourceFile> all() {
    return context.files().stream().filter(f -> !VENDORED.matcher(f.path()).find()).toList();
  }

  static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  static String dir(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "." : path.substring(0, slash);
  }

  static String ext(String path) {
    String n = name(path).toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? "" : n.substring(dot + 1);
  }

  /** Whether the file is plausibly text, judged by discovery's kind, its name and its extension. */
  static boolean texty(SourceFile f) {
    for (FileKind k : f.kinds()) if (k != FileKind.OTHER) return true;
    String n = name(f.path()).toLowerCase(Locale.ROOT);
    return TEXT_NAMES.contains(n) || n.startsWith(".env") || n.startsWith("dockerfile") || n.startsWith("jenkinsfile")
        || TEXT_EXT.contains(ext(f.path()));
  }

  Optional<String> read(SourceFile f) {
    if (!texty(f)) return Optional.empty();
    return context.read(f);
  }

  /** Text for pattern scanning: texty and under the size cap (an info diagnostic otherwise). */
  Optional<String> readCapped(SourceFile f) {
    if (!texty(f)) return Optional.empty();
    if (f.size() > MAX_SCANNED_BYTES) {
      context.diagnose(Diagnostic.info("repo", f.path(), null, "over " + (MAX_SCANNED_BYTES / 1024) + " KiB: not searched for source signals"));
      return Optional.empty();
    }
    return context.read(f);
  }

  /** Reads a file whatever its name says (key files: .pem, id_rsa). */
  Optional<String> readQuietly(SourceFile f) {
    return context.read(f);
  }

  void diagnose(Diagnostic d) {
    context.diagnose(d);
  }

  Optional<SourceFile> file(String path) {
    return context.file(path);
  }

  /** 1-based line of a character offset. */
  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
    return line;
  }

  /** The lines of a text, split at \r\n, \r or \n, trailing empty ones kept (as {@code split("\r\n|\r|\n", -1)}). */
  static String[] lines(String text) {
    int n = 1;
    int len = text.length();
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        n++;
      } else if (c == '\r') {
        n++;
        if (i + 1 < len && text.charAt(i + 1) == '\n') i++;
      }
    }
    String[] out = new String[n];
    int k = 0;
    int start = 0;
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out[k++] = text.substring(start, i);
        if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    out[k] = text.substring(start);
    return out;
  }
}
