package dev.readiness.scan.repo;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.scan.SecretPatterns;
import dev.readiness.scan.dockerfile.ValueKindClassifier;
import dev.readiness.scan.repo.RepoFacts.CommittedSecret;
import dev.readiness.scan.repo.RepoFacts.Located;
import dev.readiness.scan.workflow.WorkflowFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Committed credentials (known token formats and secret-looking assignments in configuration, env, compose,
 * Dockerfiles, workflows and scripts; key files) and secret-management signals. Application source is left
 * out: its fake tokens in tests and fixtures would drown the real findings. Only the
 * kind and position of a secret are kept.
 */
final class SecretsReader {
  /** {@code KEY=value}, {@code KEY: value}, {@code "key": "value"}, {@code - KEY=value}, {@code ENV KEY value}. */
  private static final Pattern ASSIGNMENT = Pattern.compile(
      "^\\s*(?:-\\s+|export\\s+|ENV\\s+|ARG\\s+)?[\"']?([A-Za-z_][A-Za-z0-9_.-]*)[\"']?\\s*(?:=|:(?!//))\\s*[\"']?([^\"'\\s,;]{8,})[\"']?\\s*,?\\s*(?:\\s#.*)?$");
  /** Legacy Dockerfile form {@code ENV KEY value}. */
  private static final Pattern LEGACY_ENV = Pattern.compile("^\\s*ENV\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+[\"']?([^\"'\\s=]{8,})[\"']?\\s*$");
  private static final Pattern SECRET_KEY = Pattern.compile("(?i)pass(?:word|wd)?|pwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth[_-]?key|signing[_-]?key|client[_-]?secret");
  private static final Pattern URL_PASSWORD = Pattern.compile("://[^:/@\\s]*:([^@\\s]+)@");
  /** Values made of these words are test or sample credentials, not leaked ones (the stop-word idea of gitleaks). */
  private static final Pattern TEST_WORDS = Pattern.compile("(?i)(?:^|[-_.])(?:test|testing|dev|development|local|localhost|example|sample|dummy|fake|mock|demo|insecure)(?:$|[-_.])");
  private static final Set<String> CONFIG_EXT = Set.of("env", "yml", "yaml", "json", "toml", "ini", "cfg", "conf", "properties", "tf", "tfvars", "sh", "xml");
  private static final Set<String> KEY_FILE_EXT = Set.of("pem", "key", "ppk");

  /** Secret-management signal patterns: kind → pattern over config, scripts, workflows and manifests. */
  private static final List<Map.Entry<String, Pattern>> MANAGEMENT = List.of(
      Map.entry("vault", Pattern.compile("hashicorp/vault|\\bvault\\s+(?:kv|read|write|login|agent)\\b|VAULT_ADDR|\\bhvac\\b|node-vault|spring-cloud-vault|vault-action")),
      Map.entry("sops", Pattern.compile("\\bsops\\s+(?:-d|--decrypt|exec-env|exec-file)|ENC\\[AES256_GCM|^creation_rules:", Pattern.MULTILINE)),
      Map.entry("sealed-secrets", Pattern.compile("kind:\\s*SealedSecret|\\bkubeseal\\b")),
      Map.entry("external-secrets", Pattern.compile("kind:\\s*(?:ExternalSecret|ClusterSecretStore|SecretStore)\\b")),
      Map.entry("aws-secrets-manager", Pattern.compile("secretsmanager|aws-secretsmanager|get_secret_value|SecretsManagerClient")),
      Map.entry("gcp-secret-manager", Pattern.compile("secretmanager\\.googleapis|google-cloud-secret-manager|get-secretmanager-secrets|gcloud\\s+secrets\\s")),
      Map.entry("azure-key-vault", Pattern.compile("(?i)azure[-.]?keyvault|key-?vault|az\\s+keyvault")),
      Map.entry("doppler", Pattern.compile("\\bdoppler\\s+(?:run|secrets)|dopplerhq|DOPPLER_TOKEN")),
      Map.entry("1password", Pattern.compile("\\bop\\s+(?:run|read|inject)\\b|1password/load-secrets-action|OP_SERVICE_ACCOUNT_TOKEN")),
      Map.entry("infisical", Pattern.compile("(?i)\\binfisical\\b")));

  private static final List<List<String>> MANAGEMENT_LITERALS = MANAGEMENT.stream().map(e -> Literals.of(e.getValue())).toList();

  private final RepoFiles files;
  private final ValueKindClassifier kinds;

  SecretsReader(RepoFiles files, ValueKindClassifier kinds) {
    this.files = files;
    this.kinds = kinds;
  }

  List<CommittedSecret> committed() {
    List<CommittedSecret> out = new ArrayList<>();
    for (SourceFile f : files.all()) {
      String ext = RepoFiles.ext(f.path());
      String name = RepoFiles.name(f.path()).toLowerCase(Locale.ROOT);
      boolean keyFile = KEY_FILE_EXT.contains(ext) || name.matches("id_(?:rsa|dsa|ecdsa|ed25519)");
      if (f.is(FileKind.DOC) || ext.equals("md") || name.endsWith(".lock") || name.equals("package-lock.json")) continue;
      if (!keyFile && !isConfig(f, ext, name)) continue;
      if (f.size() > RepoFiles.MAX_SCANNED_BYTES) continue;
      Optional<String> text = keyFile ? files.readQuietly(f) : files.read(f);
      if (text.isEmpty()) continue;
      boolean config = isConfig(f, ext, name);
      String[] lines = RepoFiles.lines(text.get());
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (l.length() > 4000) continue;
        Set<String> found = new LinkedHashSet<>();
        for (SecretPatterns.Hit h : SecretPatterns.find(l)) found.add(h.kind());
        if (found.isEmpty() && config) {
          String kind = assignment(l);
          if (kind != null) found.add(kind);
        }
        for (String k : found) out.add(new CommittedSecret(f.path(), i + 1, k, f.tracked()));
      }
    }
    return out;
  }

  private static boolean isConfig(SourceFile f, String ext, String name) {
    return f.is(FileKind.ENV) || f.is(FileKind.COMPOSE) || f.is(FileKind.DOCKERFILE) || f.is(FileKind.WORKFLOW) || f.is(FileKind.SCRIPT)
        || CONFIG_EXT.contains(ext) || name.startsWith(".env") || name.startsWith("dockerfile") || name.equals("jenkinsfile");
  }

  /** The committed-secret kind of a key/value line, or null: the value must look real to the shared classifier. */
  private String assignment(String line) {
    Matcher m = ASSIGNMENT.matcher(line);
    if (!m.find()) {
      m = LEGACY_ENV.matcher(line);
      if (!m.find()) return null;
    }
    String key = m.group(1);
    String value = m.group(2);
    if (value.contains("${") || value.startsWith("$") || value.contains("{{") || value.contains("%(") || value.startsWith("<")
        || value.contains("://") && !value.contains("@")) return null;
    String normalized = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    String kind = kinds.classify(normalized, value);
    if ("url-with-credentials".equals(kind)) {
      // a URL's inline password counts only when the password itself looks real
      Matcher u = URL_PASSWORD.matcher(value);
      return u.find() && "secret".equals(kinds.classify("PASSWORD", u.group(1))) && looksReal(u.group(1)) ? "password-assignment" : null;
    }
    if (!"secret".equals(kind) || !looksReal(value)) return null;
    return SECRET_KEY.matcher(key).find() ? "password-assignment" : "generic-high-entropy";
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

  List<Located> management(List<WorkflowFacts> workflows, ComposeView compose) {
    List<Located> out = new ArrayList<>();
    for (String file : compose.secretFiles()) out.add(new Located("compose-secrets", file, null));
    for (ComposeView.Service s : compose.services()) {
      if (!s.secrets().isEmpty()) { out.add(new Located("compose-secrets", s.file(), s.line())); break; }
    }
    for (WorkflowFacts w : workflows) if (!w.secretsReferenced().isEmpty()) out.add(new Located("ci-secrets", w.file(), null));
    for (SourceFile f : files.all()) {
      String ext = RepoFiles.ext(f.path());
      if (RepoFiles.name(f.path()).equals(".sops.yaml")) { out.add(new Located("sops", f.path(), 1)); continue; }
      if (f.is(FileKind.DOC) || ext.equals("md") || !RepoFiles.texty(f) || f.size() > RepoFiles.MAX_SCANNED_BYTES) continue;
      if (!(isConfig(f, ext, RepoFiles.name(f.path()).toLowerCase(Locale.ROOT)) || f.is(FileKind.MANIFEST) || SourceSignals.ecosystemOf(f.path()) != null)) continue;
      Optional<String> text = files.read(f);
      if (text.isEmpty()) continue;
      String lower = text.get().toLowerCase(Locale.ROOT);
      for (int k = 0; k < MANAGEMENT.size(); k++) {
        Map.Entry<String, Pattern> e = MANAGEMENT.get(k);
        if (!Literals.any(lower, MANAGEMENT_LITERALS.get(k))) continue;
        Matcher m = e.getValue().matcher(text.get());
        if (m.find()) out.add(new Located(e.getKey(), f.path(), RepoFiles.lineOf(text.get(), m.start())));
      }
    }
    return out;
  }
}
