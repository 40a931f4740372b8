package dev.readiness.scan.repo;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.scan.SecretPatterns;
import dev.readiness.scan.ValueKinds;
import dev.readiness.scan.dockerfile.ValueKindClassifier;
import dev.readiness.scan.repo.RepoFacts.CommittedSecret;
import dev.readiness.scan.repo.RepoFacts.Located;
import dev.readiness.scan.repo.RepoFacts.PlaceholderSecret;
import dev.readiness.scan.workflow.WorkflowFacts;
import dev.readiness.text.PatternSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Committed credentials, stand-in secret values, and secret-management signals.
 *
 * <p>What counts as a committed secret is an expert's rule, the same for every repository: a known credential
 * format (private keys, cloud and SaaS tokens) anywhere but tests, docs and translations; a literal that looks
 * chosen (not a stand-in, a default or a test value) assigned to a secret-named setting in production
 * configuration; a hard-coded settings fallback ({@code os.getenv("SECRET", "literal")}); a literal JWT signing
 * key in application code; a committed file holding a password or key (also one wired in through compose
 * {@code secrets: file:}). Not secrets: digests and commit ids, names of variables and attributes, paths,
 * references to secret stores or variables, comments, samples and templates, test fixtures, translated UI text.
 * Only the kind and position of a secret are kept, never the value.
 */
final class SecretsReader {
  /** {@code KEY=value}, {@code KEY: value}, {@code "key": "value"}, {@code - KEY=value}, {@code ENV KEY value}. */
  private static final Pattern SSH_KEY_NAME = Pattern.compile("id_(?:rsa|dsa|ecdsa|ed25519)");
  private static final Pattern ASSIGNMENT = Pattern.compile(
      "^\\s*(?:-\\s+|export\\s+|ENV\\s+|ARG\\s+)?[\"']?([A-Za-z_][A-Za-z0-9_.-]*)[\"']?\\s*(?:=|:(?!//))\\s*[\"']?([^\"'\\s,;]{1,})[\"']?\\s*,?\\s*(?:\\s#.*)?$");
  /** Legacy Dockerfile form {@code ENV KEY value}. */
  private static final Pattern LEGACY_ENV = Pattern.compile("^\\s*ENV\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+[\"']?([^\"'\\s=]{1,})[\"']?\\s*$");
  /**
   * A settings default: {@code getenv("KEY", "literal")}, {@code environ.get('KEY', default='literal')},
   * {@code env("KEY", "literal")}, {@code ENV.fetch('KEY') { 'literal' }}, {@code ENV["KEY"] || "literal"},
   * {@code process.env.KEY || 'literal'}, {@code getenv("KEY") or "literal"}.
   */
  private static final List<Pattern> FALLBACKS = List.of(
      Pattern.compile("(?i:\\b[\\w.]*env[\\w.]*|\\bconfig)\\s*\\(\\s*[\"']([A-Z][A-Z0-9_]*)[\"']\\s*,\\s*(?:default\\s*=\\s*)?[\"']([^\"'\\s]*)[\"']\\s*\\)"),
      Pattern.compile("ENV\\.fetch\\(\\s*[\"']([A-Z][A-Z0-9_]*)[\"']\\s*\\)\\s*\\{\\s*[\"']([^\"'\\s]*)[\"']\\s*}"),
      Pattern.compile("(?:ENV\\[\\s*[\"']|process\\.env\\.|import\\.meta\\.env\\.)([A-Z][A-Z0-9_]*)[\"']?\\s*]?\\s*(?:\\|\\||\\?\\?)\\s*[\"']([^\"'\\s]*)[\"']"),
      Pattern.compile("(?i:\\b[\\w.]*env[\\w.]*)\\s*\\(\\s*[\"']([A-Z][A-Z0-9_]*)[\"']\\s*\\)\\s*(?:\\bor\\b|\\|\\||\\?\\?)\\s*[\"']([^\"'\\s]*)[\"']"));
  /** An upper-case settings constant or framework secret set to a literal in code: {@code SECRET_KEY = "..."}, {@code app.secret_key = '...'}. */
  private static final Pattern CODE_CONSTANT = Pattern.compile(
      "^\\s*(?:(?:export\\s+)?(?:const|final|static|private|public|protected|val|var|let)\\s+)*(?:String\\s+|string\\s+)?(?:[A-Za-z_][\\w]*\\.)?"
          + "([A-Z][A-Z0-9_]*|secret_key|secret_key_base|secretKey|jwtSecret|jwt_secret)\\s*(?::\\s*\\w+\\s*)?=\\s*[\"']([^\"'\\s]+)[\"']\\s*;?\\s*$"
          + "|\\[\\s*[\"']([A-Z][A-Z0-9_]*)[\"']\\s*]\\s*=\\s*[\"']([^\"'\\s]+)[\"']\\s*;?\\s*$");
  /** A JWT signed or verified with a literal key: {@code signWith(HS256, "k")}, {@code setSigningKey("k")}, {@code jwt.sign(p, 'k')}. */
  private static final Pattern JWT_LITERAL_KEY = Pattern.compile(
      "\\.setSigningKey\\(\\s*\"([^\"]+)\""
          + "|\\.signWith\\(\\s*(?:[\\w.]+\\s*,\\s*)?\"([^\"]+)\""
          + "|\\b(?:jwt|JWT|jsonwebtoken)\\.(?:sign|verify|encode|decode)\\(\\s*(?:[^,()]|\\([^()]*\\))+,\\s*[\"'`]([^\"'`]+)[\"'`]");
  /** Settings-like source files: where framework secrets and env fallbacks are configured. */
  private static final Pattern SETTINGS_PATH = Pattern.compile(
      "(?i)(?:^|/)(?:settings|config|configs|conf|configuration|environments?|initializers|secrets?|env)(?:/|\\.[a-z]+$|_[a-z]+\\.[a-z]+$)");
  /** Name parts that make a key in code name a storage slot, a header or a field rather than hold a secret. */
  private static final Set<String> SLOT_PARTS = Set.of("STORAGE", "CACHE", "STORE", "HEADER", "PARAM", "FIELD", "EVENT", "QUERY",
      "COOKIE", "LOCAL", "SESSION", "NAME", "ATTR", "ATTRIBUTE", "PREFIX", "PATH", "COLUMN", "LABEL");
  /** Last name parts that hold a secret on their own in code; KEY alone (STORAGE_KEY, REDIS_KEY) does not. */
  private static final Set<String> STRONG_LAST = Set.of("SECRET", "PASSWORD", "PASSWD", "PASS", "PWD", "TOKEN", "APIKEY", "CREDENTIALS",
      "CREDENTIAL", "PASSPHRASE", "SECRETKEY", "BASE");
  private static final Set<String> STRONG_BEFORE_KEY = Set.of("API", "SECRET", "PRIVATE", "ACCESS", "SIGNING", "ENCRYPTION", "MASTER", "AUTH", "CLIENT", "APP");
  /** A TOML/INI section header. */
  private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]+?)\\s*]]?\\s*$");
  private static final Pattern TEST_SECTION = Pattern.compile("(?i)test|pytest|tox|coverage|lint|mypy|ruff|flake8|pylint");
  private static final Pattern URL_PASSWORD = Pattern.compile("://[^:/@\\s]*:([^@\\s]+)@");
  /** Values made of these words are test or sample credentials, not leaked ones (the stop-word idea of gitleaks). */
  private static final Pattern TEST_WORDS = Pattern.compile("(?i)(?:^|[-_.])(?:test|testing|dev|development|local|localhost|example|sample|dummy|fake|mock|demo|insecure)(?:$|[-_.])");
  private static final Pattern COMMENT = Pattern.compile("^\\s*(?:#|//|;|--|/?\\*|<!--|rem\\s|::)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> CONFIG_EXT = Set.of("env", "yml", "yaml", "json", "toml", "ini", "cfg", "conf", "properties", "tf", "tfvars", "sh", "xml", "hcl");
  private static final Set<String> CODE_EXT = Set.of("py", "rb", "js", "mjs", "cjs", "ts", "java", "kt", "go", "php", "cs", "ex", "exs", "scala", "groovy", "erb");
  private static final Set<String> KEY_FILE_EXT = Set.of("pem", "key", "ppk", "p12", "pfx", "jks", "keystore");
  /** A file whose name says it holds one secret: db_password.txt, secrets/api-token, .htpasswd is not (it holds hashes). */
  private static final Pattern SECRET_FILE_NAME = Pattern.compile("(?i)(?:.*[-_.])?(?:password|passwd|secret|token|api[-_]?key|credentials?)(?:[-_][a-z0-9]+)*(?:\\.(?:txt|secret|pass|key))?");
  private static final Set<String> LOCKFILES = Set.of("package-lock.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "pipfile.lock",
      "composer.lock", "gemfile.lock", "cargo.lock", "go.sum", "mix.lock", "bun.lock", "uv.lock", "packages.lock.json", ".pre-commit-config.yaml");
  /** Attribute names that name a key rather than hold one (Kubernetes secretKeyRef.key, cache key:, label selectors). */
  private static final Set<String> NAME_KEYS = Set.of("key", "keys", "name", "ref");
  /** Schema type names: {@code "password": "string"} describes a field. */
  private static final Set<String> TYPE_WORDS = Set.of("string", "str", "integer", "int", "number", "boolean", "bool", "object", "array",
      "null", "text", "varchar", "char", "bytes");
  /** Files a Dockerfile must not copy when they hold credentials: env files, keys, registry and cloud credentials. */
  private static final Pattern CREDENTIAL_NAME = Pattern.compile(
      "(?i)\\.env(?:\\..*)?|.*\\.env|.*\\.pem|.*\\.key|id_(?:rsa|dsa|ecdsa|ed25519)|\\.npmrc|\\.pypirc|\\.netrc|\\.dockercfg|credentials(?:\\.json)?|.*\\.p12|.*\\.pfx|secrets?(?:\\..*)?");
  /** Credential files by name that are read as configuration. */
  private static final Set<String> CREDENTIAL_CONFIG_NAMES = Set.of(".npmrc", ".pypirc", ".netrc", ".dockercfg", ".yarnrc", ".yarnrc.yml", "credentials");
  /** Words a line must hold (lower case) before the code patterns are tried. */
  private static final List<String> CODE_GATE = List.of("secret", "passw", "token", "key", "jwt", "sign", "cred", "auth", "dsn", "pwd");

  /**
   * Secret-management signals: each kind with the literal anchors (lower case) every match contains and its
   * pattern. A file is searched for the anchors with {@code indexOf}; the pattern runs only on the lines that
   * hold one, so the common case (no anchor at all) costs a few literal scans and no regex.
   */
  private record Signal(String kind, List<String> anchors, Pattern pattern) {}

  private static final List<Signal> MANAGEMENT = List.of(
      new Signal("vault", List.of("vault", "hvac"),
          Pattern.compile("hashicorp/vault|\\bvault\\s+(?:kv|read|write|login|agent)\\b|VAULT_ADDR|\\bhvac\\b|node-vault|spring-cloud-vault|vault-action")),
      new Signal("sops", List.of("sops", "enc[aes256_gcm", "creation_rules:"),
          Pattern.compile("\\bsops\\s+(?:-d|--decrypt|exec-env|exec-file)|ENC\\[AES256_GCM|^creation_rules:")),
      new Signal("sealed-secrets", List.of("sealedsecret", "kubeseal"), Pattern.compile("kind:\\s*SealedSecret|\\bkubeseal\\b")),
      new Signal("external-secrets", List.of("externalsecret", "secretstore"),
          Pattern.compile("kind:\\s*(?:ExternalSecret|ClusterSecretStore|SecretStore)\\b")),
      new Signal("aws-secrets-manager", List.of("secretsmanager", "get_secret_value"),
          Pattern.compile("secretsmanager|aws-secretsmanager|get_secret_value|SecretsManagerClient")),
      new Signal("gcp-secret-manager", List.of("secretmanager", "gcloud"),
          Pattern.compile("secretmanager\\.googleapis|google-cloud-secret-manager|get-secretmanager-secrets|gcloud\\s+secrets\\s")),
      new Signal("azure-key-vault", List.of("keyvault", "key-vault"), Pattern.compile("(?i)azure[-.]?keyvault|key-?vault|az\\s+keyvault")),
      new Signal("doppler", List.of("doppler"), Pattern.compile("\\bdoppler\\s+(?:run|secrets)|dopplerhq|DOPPLER_TOKEN")),
      new Signal("1password", List.of("op run", "op read", "op inject", "1password", "op_service_account_token"),
          Pattern.compile("\\bop\\s+(?:run|read|inject)\\b|1password/load-secrets-action|OP_SERVICE_ACCOUNT_TOKEN")),
      new Signal("infisical", List.of("infisical"), Pattern.compile("(?i)\\binfisical\\b")),
      new Signal("kubernetes-secret-ref", List.of("secretkeyref", "secretref"), Pattern.compile("\\bsecretKeyRef\\s*:|\\bsecretRef\\s*:")),
      // the app reads each secret from a file when VAR_FILE is set (Docker/Kubernetes secrets compatible)
      new Signal("secret-files", List.of("/run/secrets/", "_file"), Pattern.compile("/run/secrets/"
          + "|\\b[A-Z0-9_]*(?:PASSWORD|PASSWD|PASS|SECRET|SECRET_KEY|TOKEN|DSN|DATABASE_URL|CREDENTIALS)_FILE\\b"
          + "|\\$\\{\\w+}_FILE\\b|\\{\\w+}_FILE\\b|\\+\\s*[\"']_FILE[\"']|\\*\"?_FILE\\b")));

  /** The anchors of each management signal, found for all signals in one pass over a file. */
  private static final PatternSet MANAGEMENT_ANCHORS = PatternSet.of(MANAGEMENT.stream()
      .map(s -> Pattern.compile(String.join("|", s.anchors().stream().map(Pattern::quote).toList()))).toList());

  private final RepoFiles files;
  private final ValueKindClassifier kinds;
  private final ComposeView compose;
  private Scan scan;
  private Set<String> localeDirs;

  /** What the one pass over the files found. */
  private record Scan(List<CommittedSecret> committed, List<PlaceholderSecret> placeholders, Map<String, String> contexts,
      List<RepoFacts.CredentialFile> credentialFiles) {}

  SecretsReader(RepoFiles files, ValueKindClassifier kinds) {
    this(files, kinds, ComposeView.empty());
  }

  SecretsReader(RepoFiles files, ValueKindClassifier kinds, ComposeView compose) {
    this.files = files;
    this.kinds = kinds;
    this.compose = compose == null ? ComposeView.empty() : compose;
  }

  List<CommittedSecret> committed() {
    return scan().committed();
  }

  List<PlaceholderSecret> placeholders() {
    return scan().placeholders();
  }

  /** Files named like credential files (what a Dockerfile COPY of them would put in an image), with whether they hold one. */
  List<RepoFacts.CredentialFile> credentialFiles() {
    return scan().credentialFiles();
  }

  /** The context of every configuration file that is not production configuration (path → context id). */
  Map<String, String> fileContexts() {
    return scan().contexts();
  }

  private FileContext context(String path) {
    if (localeDirs == null) localeDirs = FileContext.localeDirs(files.all().stream().map(SourceFile::path).toList());
    return FileContext.of(path, localeDirs);
  }

  private Scan scan() {
    if (scan != null) return scan;
    List<CommittedSecret> committed = new ArrayList<>();
    List<PlaceholderSecret> placeholders = new ArrayList<>();
    Map<String, String> contexts = new TreeMap<>();
    Set<String> composeSecretFiles = new LinkedHashSet<>();
    List<String> credentialNamed = new ArrayList<>();
    for (ComposeView.SecretSource s : compose.secretSources()) if (s.file() != null && !s.external()) composeSecretFiles.add(s.file());
    for (SourceFile f : files.all()) {
      String ext = RepoFiles.ext(f.path());
      String name = RepoFiles.name(f.path()).toLowerCase(Locale.ROOT);
      // workflows set up CI: their literal credentials are for throwaway test services (known formats still count)
      FileContext ctx = f.is(FileKind.WORKFLOW) && context(f.path()) == FileContext.PRODUCTION ? FileContext.CI : context(f.path());
      boolean config = isConfig(f, ext, name) || CREDENTIAL_CONFIG_NAMES.contains(name);
      if (CREDENTIAL_NAME.matcher(name).matches()) credentialNamed.add(f.path());
      if (config && ctx != FileContext.PRODUCTION) contexts.put(f.path(), ctx.id());
      if (LOCKFILES.contains(name) || name.endsWith(".lock") || ctx == FileContext.TEST || ctx == FileContext.DOCS
          || ctx == FileContext.TRANSLATION || f.is(FileKind.DOC)) continue;
      boolean keyFile = KEY_FILE_EXT.contains(ext) || SSH_KEY_NAME.matcher(name).matches();
      boolean secretFile = composeSecretFiles.contains(f.path()) || SECRET_FILE_NAME.matcher(name).matches() && (ext.isEmpty() || ext.equals("txt")
          || ext.equals("secret") || ext.equals("pass"));
      boolean code = !config && CODE_EXT.contains(ext) && ctx == FileContext.PRODUCTION && !f.is(FileKind.MIGRATION)
          && !f.path().contains("migrations/");
      boolean settings = code && SETTINGS_PATH.matcher(f.path()).find();
      if (!keyFile && !secretFile && !config && !code) continue;
      if (f.size() > RepoFiles.MAX_SCANNED_BYTES) continue;
      Optional<String> text = keyFile || secretFile || CREDENTIAL_CONFIG_NAMES.contains(name) ? files.readQuietly(f) : files.read(f);
      if (text.isEmpty()) continue;
      if (secretFile && !keyFile && secretFile(f, ctx, text.get(), committed, placeholders)) continue;
      String[] lines = RepoFiles.lines(text.get());
      boolean codeGate = code && gate(text.get());
      // the credential formats each line may hold (most lines: none, and no format is tried on them)
      BitSet[] formats = new BitSet[lines.length];
      SecretPatterns.lineCandidates(text.get(), (line, candidates) -> formats[line] = candidates);
      boolean sectioned = ext.equals("toml") || ext.equals("ini") || ext.equals("cfg");
      boolean testSection = false;
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (l.length() > 4000) continue;
        if (sectioned) {
          Matcher sec = SECTION.matcher(l);
          if (sec.matches()) testSection = TEST_SECTION.matcher(sec.group(1)).find();
          if (testSection) continue; // [tool.pytest.ini_options], [testenv]: test settings
        }
        Set<String> found = new LinkedHashSet<>();
        for (SecretPatterns.Hit h : formats[i] == null ? List.<SecretPatterns.Hit>of() : SecretPatterns.find(l, formats[i])) {
          // AWS's documented sample keys end in EXAMPLE; in samples they are the documentation's, not leaked ones
          if (ctx == FileContext.SAMPLE && l.substring(h.start(), h.end()).toUpperCase(Locale.ROOT).contains("EXAMPLE")) continue;
          found.add(h.kind());
        }
        if (found.isEmpty() && (config && configLine(l) || codeGate && (settings || jwtLine(l))) && !COMMENT.matcher(l).find()) {
          judgeLine(f, ctx, l, i + 1, config, settings, found, placeholders);
        }
        for (String k : found) committed.add(new CommittedSecret(f.path(), i + 1, k, f.tracked()));
      }
    }
    Set<String> withSecret = new java.util.HashSet<>();
    for (CommittedSecret c : committed) withSecret.add(c.file());
    List<RepoFacts.CredentialFile> credentialFiles = new ArrayList<>();
    for (String p : credentialNamed) {
      // an env file that is not a template is the runtime environment: copying it bakes whatever it holds
      String n = RepoFiles.name(p).toLowerCase(Locale.ROOT);
      boolean env = (n.startsWith(".env") || n.endsWith(".env")) && FileContext.of(p) != FileContext.SAMPLE;
      credentialFiles.add(new RepoFacts.CredentialFile(p, withSecret.contains(p) || env));
    }
    scan = new Scan(List.copyOf(committed), List.copyOf(placeholders), Map.copyOf(contexts), List.copyOf(credentialFiles));
    return scan;
  }

  /** Words (lower case) one of which a config line needs to hold a secret-named key, a URL password or a settings fallback. */
  private static final List<String> CONFIG_LINE_GATE = List.of("pass", "pw", "secret", "token", "key", "cred", "auth", "dsn", "salt",
      "pepper", "cookie", "signature", "pin", "private", "://", "env");

  /** Whether a config line can hold anything {@link #judgeLine} looks for. */
  private static boolean configLine(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String w : CONFIG_LINE_GATE) if (lower.contains(w)) return true;
    return false;
  }

  /** Whether a code line can hold a JWT call (so the JWT pattern is tried on few lines of application code). */
  private static boolean jwtLine(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.contains("jwt") || lower.contains("signwith") || lower.contains("signingkey") || lower.contains("jsonwebtoken");
  }

  private static boolean gate(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : CODE_GATE) if (lower.contains(w)) return true;
    return false;
  }

  /** A file that holds one secret: committed when it looks real, a placeholder when it is a stand-in. True when judged. */
  private boolean secretFile(SourceFile f, FileContext ctx, String text, List<CommittedSecret> committed, List<PlaceholderSecret> placeholders) {
    String value = text.strip();
    if (value.isEmpty()) return true;
    if (value.contains("\n")) return false; // more than one line: a config file, judged line by line
    if (ctx != FileContext.PRODUCTION) return true;
    String kind = kinds.classify("PASSWORD", value);
    if ("secret".equals(kind) && looksReal(value)) {
      committed.add(new CommittedSecret(f.path(), 1, "password-file", f.tracked()));
    } else if ("placeholder".equals(kind) || "secret".equals(kind)) {
      placeholders.add(new PlaceholderSecret(f.path(), 1, RepoFiles.name(f.path()), "secret-file", ctx.id(), f.tracked()));
    }
    return true;
  }

  /** Judges one non-comment line of configuration or code: an assignment, a settings fallback, a JWT key. */
  private void judgeLine(SourceFile f, FileContext ctx, String line, int lineNo, boolean config, boolean settings, Set<String> found,
      List<PlaceholderSecret> placeholders) {
    boolean judged = false;
    if (!config) {
      Matcher jwt = JWT_LITERAL_KEY.matcher(line);
      if (jwt.find()) {
        String key = jwt.group(1) != null ? jwt.group(1) : jwt.group(2) != null ? jwt.group(2) : jwt.group(3);
        if (!key.isBlank() && !key.contains("${")) {
          found.add("jwt-signing-key");
          return;
        }
      }
      if (!settings) return;
    }
    for (Pattern p : FALLBACKS) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        judged = true;
        if (!config && !strongSecretKey(m.group(1))) continue;
        judge(f, ctx, m.group(1), m.group(2), lineNo, "hard-coded-fallback", "fallback", found, placeholders);
      }
    }
    if (judged) return;
    if (!config) {
      Matcher c = CODE_CONSTANT.matcher(line);
      if (c.find()) {
        String key = c.group(1) != null ? c.group(1) : c.group(3);
        String value = c.group(1) != null ? c.group(2) : c.group(4);
        if (strongSecretKey(key)) judge(f, ctx, key, value, lineNo, "password-assignment", "config", found, placeholders);
      }
      return;
    }
    Matcher m = ASSIGNMENT.matcher(line);
    if (!m.find()) {
      m = LEGACY_ENV.matcher(line);
      if (!m.find()) return;
    }
    judge(f, ctx, m.group(1), m.group(2), lineNo, "password-assignment", "config", found, placeholders);
  }

  /**
   * A key and its literal: a real-looking value of a secret-named key in production configuration is committed;
   * a stand-in is a placeholder fact (env files and compose files have their own facts for those).
   */
  private void judge(SourceFile f, FileContext ctx, String key, String value, int line, String committedKind, String source,
      Set<String> found, List<PlaceholderSecret> placeholders) {
    if (value.isEmpty() || value.contains("${") || value.startsWith("$") || value.contains("{{") || value.contains("%(")
        || value.startsWith("<") && !value.endsWith(">")) return;
    String normalized = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    boolean secretKey = ValueKinds.secretLikeKey(normalized) || ValueKinds.secretLikeKey(lastPart(key));
    String kind = kinds.classify(normalized, value);
    if ("url-with-credentials".equals(kind)) {
      // a URL's inline password counts only when the password itself looks real
      Matcher u = URL_PASSWORD.matcher(value);
      if (u.find() && "secret".equals(kinds.classify("PASSWORD", u.group(1))) && looksReal(u.group(1)) && ctx == FileContext.PRODUCTION) {
        found.add(committedKind);
      }
      return;
    }
    if (!secretKey || NAME_KEYS.contains(key.toLowerCase(Locale.ROOT))) return;
    // a value naming its own key (password: password, db_password: db_password) or a type is a field name, not a value
    String lowerValue = value.toLowerCase(Locale.ROOT);
    if (TYPE_WORDS.contains(lowerValue) || key.toLowerCase(Locale.ROOT).equals(lowerValue) || lastPart(key).equalsIgnoreCase(value)) return;
    if ("secret".equals(kind) && looksReal(value)) {
      if (ctx == FileContext.PRODUCTION) found.add(committedKind);
      return;
    }
    // env files and compose environment have their own facts; JSON and manifests hold data, schemas and
    // dependency names far more often than settings, so only their real-looking secrets count
    if (("placeholder".equals(kind) || "secret".equals(kind)) && (ctx == FileContext.PRODUCTION || ctx == FileContext.SAMPLE)
        && !f.is(FileKind.ENV) && !f.is(FileKind.COMPOSE) && !f.is(FileKind.MANIFEST) && !RepoFiles.ext(f.path()).equals("json")) {
      placeholders.add(new PlaceholderSecret(f.path(), line, lastPart(key), source, ctx.id(), f.tracked()));
    }
  }

  /**
   * A name that holds a secret in code: SECRET_KEY, JWT_SECRET, DB_PASSWORD, API_KEY, secret_key_base; not a
   * storage slot or a name that merely ends in KEY (STORAGE_KEY, REDIS_KEY, LDAP_EMAIL_KEY).
   */
  static boolean strongSecretKey(String key) {
    if (!ValueKinds.secretLikeKey(key)) return false;
    List<String> parts = new ArrayList<>();
    for (String p : key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("[^A-Za-z0-9]+")) if (!p.isEmpty()) parts.add(p.toUpperCase(Locale.ROOT));
    if (parts.isEmpty()) return false;
    for (String p : parts) if (SLOT_PARTS.contains(p)) return false;
    String last = parts.get(parts.size() - 1);
    if (STRONG_LAST.contains(last)) return !last.equals("BASE") || parts.size() >= 3 && parts.get(parts.size() - 2).equals("KEY");
    return last.equals("KEY") && parts.size() >= 2 && STRONG_BEFORE_KEY.contains(parts.get(parts.size() - 2));
  }

  /** The last dotted part of a key (database.password → password). */
  private static String lastPart(String key) {
    int dot = key.lastIndexOf('.');
    return dot < 0 ? key : key.substring(dot + 1);
  }

  private static boolean isConfig(SourceFile f, String ext, String name) {
    return f.is(FileKind.ENV) || f.is(FileKind.COMPOSE) || f.is(FileKind.DOCKERFILE) || f.is(FileKind.WORKFLOW) || f.is(FileKind.SCRIPT)
        || CONFIG_EXT.contains(ext) || name.startsWith(".env") || name.startsWith("dockerfile") || name.equals("jenkinsfile");
  }

  /** At least 8 characters of two or more character classes, and not made of test/sample words. */
  static boolean looksReal(String v) {
    if (v.length() < 8 || TEST_WORDS.matcher(v).find()) return false;
    int classes = 0;
    if (v.chars().anyMatch(Character::isLowerCase)) classes++;
    if (v.chars().anyMatch(Character::isUpperCase)) classes++;
    if (v.chars().anyMatch(Character::isDigit)) classes++;
    if (v.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
    return classes >= 2;
  }

  /**
   * Secret stores and secret delivery: compose secrets (external, or from a file that is not committed), Vault,
   * SOPS, sealed/external secrets, cloud secret managers, Doppler, 1Password, Infisical, Kubernetes secret
   * references, app support for {@code VAR_FILE} secret files, and CI secrets (kind {@code ci-secrets}, with
   * the workflow, judged by the check: they cover CI, not the running app).
   */
  List<Located> management(List<WorkflowFacts> workflows, ComposeView compose) {
    List<Located> out = new ArrayList<>();
    for (ComposeView.SecretSource s : compose.secretSources()) {
      Optional<SourceFile> file = s.file() == null ? Optional.empty() : files.file(s.file());
      boolean committedFile = file.isPresent() && file.get().tracked();
      if (!committedFile) out.add(new Located("compose-secrets", s.declaredIn(), s.line()));
    }
    if (compose.secretSources().isEmpty()) {
      for (String file : compose.secretFiles()) out.add(new Located("compose-secrets", file, null));
    }
    for (WorkflowFacts w : workflows) if (!w.secretsReferenced().isEmpty()) out.add(new Located("ci-secrets", w.file(), null));
    for (SourceFile f : files.all()) {
      String ext = RepoFiles.ext(f.path());
      String name = RepoFiles.name(f.path()).toLowerCase(Locale.ROOT);
      if (name.equals(".sops.yaml")) { out.add(new Located("sops", f.path(), 1)); continue; }
      if (f.is(FileKind.DOC) || ext.equals("md") || !RepoFiles.texty(f) || f.size() > RepoFiles.MAX_SCANNED_BYTES) continue;
      if (LOCKFILES.contains(name) || name.endsWith(".lock")) continue;
      boolean source = SourceSignals.ecosystemOf(f.path()) != null;
      if (!(isConfig(f, ext, name) || f.is(FileKind.MANIFEST) || source)) continue;
      FileContext ctx = context(f.path());
      if (ctx == FileContext.TEST || ctx == FileContext.DOCS || ctx == FileContext.TRANSLATION) continue;
      Optional<String> text = files.read(f);
      if (text.isEmpty()) continue;
      out.addAll(managementIn(f.path(), text.get()));
    }
    return out;
  }

  /** Every management kind found in one file, each at its first matching line. */
  static List<Located> managementIn(String path, String text) {
    List<Located> out = new ArrayList<>();
    BitSet anchored = MANAGEMENT_ANCHORS.candidates(text);
    if (anchored.isEmpty()) return out;
    String lower = text.toLowerCase(Locale.ROOT);
    for (int s = anchored.nextSetBit(0); s >= 0; s = anchored.nextSetBit(s + 1)) {
      Signal signal = MANAGEMENT.get(s);
      int first = -1;
      for (String anchor : signal.anchors()) {
        for (int at = lower.indexOf(anchor); at >= 0; at = lower.indexOf(anchor, at + anchor.length())) {
          if (first >= 0 && at >= first) break;
          int lineStart = lower.lastIndexOf('\n', at) + 1;
          int lineEnd = lower.indexOf('\n', at);
          Matcher m = signal.pattern().matcher(text).region(lineStart, lineEnd < 0 ? text.length() : lineEnd);
          if (m.find()) {
            first = m.start();
            break;
          }
          if (lineEnd < 0) break;
          at = Math.max(at, lineEnd - anchor.length());
        }
      }
      if (first >= 0) out.add(new Located(signal.kind(), path, RepoFiles.lineOf(text, first)));
    }
    return out;
  }
}
