package dev.readiness.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies a key/value pair into a {@link ValueKind} so scanners can describe env files, compose
 * environment and Dockerfile ENV/ARG without ever keeping the value. Shared by every scanner so that
 * the same value gets the same kind wherever it appears.
 */
public final class ValueKinds {
  private static final Pattern FULL_REFERENCE =
      Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?:[:?\\-+][^}]*)?}|\\$[A-Za-z_][A-Za-z0-9_]*");
  /** {@code ${VAR:-fallback}} / {@code ${VAR-fallback}}: the literal used when VAR is unset. */
  private static final Pattern FALLBACK = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}");
  /** An absolute or relative file path ({@code /run/secrets/db}, {@code ./certs/key.json}, {@code ~/.aws/credentials}). */
  private static final Pattern PATH = Pattern.compile("(?:~|\\.{1,2})?/(?:[\\w.@+-]+/)*[\\w.@+-]+/?|[\\w.@+-]+(?:/[\\w.@+-]+)+/?");
  private static final Pattern PATH_FILE = Pattern.compile("[\\w@+-]+(?:\\.[\\w-]+)*\\.[A-Za-z][A-Za-z0-9]{0,7}");
  /** An environment variable's name used as a value: a named stand-in ({@code SOME_SECRET}, {@code YOUR_API_KEY}). */
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Z]+(?:_[A-Z]+)+");
  /** A common weak password: a well-known word with at most a few digits or a bang (test123, admin1, password!). */
  private static final Pattern WEAK_PASSWORD = Pattern.compile(
      "(?i)(?:test|admin|administrator|password|passwd|pass|secret|user|demo|root|guest|changeme|qwerty|letmein|welcome|default|abc)[-_.]?\\d{0,6}!?");
  /** Words that make a value describe itself as a stand-in when they appear inside it (mmuser_password, supersecretkey). */
  private static final Pattern SELF_DESCRIBING = Pattern.compile("(?i)password|passwd|secret|fixme|changeme|replace|insecure|placeholder");
  private static final Pattern BRACED_REFERENCE = Pattern.compile("(?<!\\$)\\$\\{[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*://(.*)$", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
  private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "on", "off");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final Pattern TOKEN_CHARS = Pattern.compile("[A-Za-z0-9+/=_\\-.~]+");
  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  // Exact values that are obviously stand-ins whatever the key.
  private static final Set<String> PLACEHOLDER_WORDS = Set.of(
      "changeme", "change-me", "change_me", "changethis", "change-this", "change_this", "changeit",
      "replaceme", "replace-me", "replace_me", "todo", "tbd", "fixme", "placeholder", "dummy",
      "example", "sample", "secret", "password", "passw0rd", "your-secret", "none", "null", "undefined",
      "...", "redacted");
  // Weak literal values that count as placeholders only for secret-like keys.
  private static final Set<String> WEAK_SECRET_VALUES = Set.of(
      "test", "testing", "admin", "root", "default", "pass", "123", "1234", "12345", "123456", "qwerty",
      "letmein", "dev", "development", "local", "postgres", "mysql", "user", "guest", "key", "token");
  private static final Pattern PLACEHOLDER_PATTERN = Pattern.compile(
      "^<.*>$|^\\[.*]$|^\\{\\{.*}}$|^x{3,}$|^\\*{3,}$|^\\.{3,}$|^_+$|^-+$"
          + "|change[-_ ]?(me|this|it)|your[-_ ]|[-_ ]here$|^(replace|insert|put|enter|set|add|fill)[-_ ]"
          + "|xxxx|placeholder|^example[-_]|^sample[-_]|^dummy|^fake[-_]|^todo[-_ :]|must[-_ ]be[-_ ]changed"
          + "|^generate[-_ ]|not[-_ ]a[-_ ]real|^secret[-_]key$|^super[-_]?secret|^my[-_]?secret|^mysecret"
          + "|^mypassword|^your.*key|insecure|not[-_ ]?for[-_ ]?prod|^fixme"
          // counting and repeating runs (0123456789abcdef, 12345678, aaaaaaaa): typed stand-ins, not generated values
          + "|0123456789|12345678|abcdefgh|(.)\\1{7,}",
      Pattern.CASE_INSENSITIVE);
  // For secret-like keys: values announcing a throwaway environment (test-secret-key, dev_password).
  private static final Pattern THROWAWAY_SECRET = Pattern.compile(
      "^(test|testing|dev|development|local|demo|sample|dummy|default|example|temp|tmp)[-_.]", Pattern.CASE_INSENSITIVE);

  // Name parts that make a key secret-like, and last parts that make it describe a secret rather than hold one.
  private static final Set<String> SECRET_LAST = Set.of(
      "KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "PWD", "PASS", "PASSPHRASE", "CREDENTIALS",
      "CREDENTIAL", "APIKEY", "SECRETKEY", "AUTH", "PW", "PIN", "SALT", "PEPPER", "COOKIE", "SIGNATURE", "DSN");
  private static final Set<String> SECRET_ANYWHERE = Set.of("PASSWORD", "PASSWD", "SECRET", "PRIVATE", "TOKEN", "APIKEY");
  private static final Set<String> NOT_SECRET_LAST = Set.of(
      "FILE", "PATH", "DIR", "NAME", "ID", "URL", "URI", "HOST", "PORT", "USER", "USERNAME", "EXPIRY", "EXPIRE",
      "EXPIRES", "TTL", "LENGTH", "LEN", "SIZE", "ALGORITHM", "ALG", "HEADER", "ENABLED", "ENABLE", "DISABLED",
      "LIFETIME", "SECONDS", "MINUTES", "HOURS", "DAYS", "TIMEOUT", "TYPE", "ROTATION", "COUNT", "PREFIX",
      "FIELD", "PARAM", "VERSION", "REGION", "ENDPOINT", "LOCATION", "MODE", "POLICY", "FORMAT", "RESET",
      // names of variables, rates and limits, digests and revisions, UI text: values that describe or verify, never secret
      "ENV", "VAR", "VARIABLE", "RATE", "LIMIT", "THROTTLE", "INTERVAL", "AGE", "MIN", "MAX", "LEVEL", "BACKEND",
      "PROVIDER", "METHOD", "STRATEGY", "REQUIRED", "HASH", "SHA", "SHA1", "SHA256", "SHA512", "MD5", "DIGEST",
      "CHECKSUM", "SUM", "COMMIT", "REV", "REVISION", "INTEGRITY", "LABEL", "HINT", "TITLE", "MESSAGE", "TEXT",
      "DESCRIPTION", "HELP", "PLACEHOLDER", "ERROR", "LINK", "BUTTON");
  private static final Set<String> PUBLIC_PARTS = Set.of("PUBLIC", "PUBLISHABLE", "PUB");

  private ValueKinds() {}

  /** Whether the key's name says it holds a secret (SECRET_KEY, DB_PASSWORD, API_TOKEN, ...), whatever its value. */
  public static boolean secretLikeKey(String key) {
    if (key == null || key.isBlank()) return false;
    List<String> parts = nameParts(key);
    if (parts.isEmpty()) return false;
    String last = parts.get(parts.size() - 1);
    if (NOT_SECRET_LAST.contains(last)) return false;
    for (String p : parts) {
      if (PUBLIC_PARTS.contains(p)) return false;
    }
    if (SECRET_LAST.contains(last)) return true;
    for (String p : parts) {
      if (SECRET_ANYWHERE.contains(p)) return true;
    }
    return false;
  }

  /**
   * The kind of a value. {@code value} null means the key has no value at all ({@code KEY} without
   * {@code =}), which is reported as {@link ValueKind#EMPTY}.
   */
  public static ValueKind classify(String key, String value) {
    if (value == null) return ValueKind.EMPTY;
    String v = value.strip();
    if (v.isEmpty()) return ValueKind.EMPTY;
    boolean secretKey = secretLikeKey(key);
    var fallback = FALLBACK.matcher(v);
    if (fallback.matches()) {
      // ${VAR:-literal}: what runs when VAR is unset is the literal, so the literal is what gets judged
      String literal = fallback.group(1).strip();
      if (literal.isEmpty() || literal.contains("$")) return ValueKind.REFERENCE;
      ValueKind inner = classify(key, literal);
      return inner == ValueKind.EMPTY ? ValueKind.REFERENCE : inner;
    }
    if (FULL_REFERENCE.matcher(v).matches()) return ValueKind.REFERENCE;
    var url = URL.matcher(v);
    if (url.matches() && !v.contains(" ")) return classifyUrl(url.group(1), secretKey);
    if (isPlaceholder(v, secretKey)) return ValueKind.PLACEHOLDER;
    if (BRACED_REFERENCE.matcher(v).find()) return ValueKind.REFERENCE;
    if (isPath(v)) return ValueKind.TEXT;
    if (BOOLEANS.contains(v.toLowerCase(Locale.ROOT))) return ValueKind.BOOLEAN;
    if (NUMBER.matcher(v).matches()) {
      return secretKey && v.length() >= 4 ? ValueKind.SECRET : ValueKind.NUMBER;
    }
    if (secretKey) return ValueKind.SECRET;
    // a bare hex string under a neutral name is a digest or a commit id (checksums of pinned downloads), not a key
    if (HEX.matcher(v).matches() || notSecretName(key)) return ValueKind.TEXT;
    if (highEntropy(v)) return ValueKind.SECRET;
    return ValueKind.TEXT;
  }

  /** Whether the key's last name part says it describes (a hash, an id, a limit) rather than holds a secret. */
  private static boolean notSecretName(String key) {
    if (key == null) return false;
    List<String> parts = nameParts(key);
    return !parts.isEmpty() && NOT_SECRET_LAST.contains(parts.get(parts.size() - 1));
  }

  /** A file path whose parts are names, not a token that happens to contain slashes. */
  static boolean isPath(String v) {
    if (!PATH.matcher(v).matches()) return false;
    String[] parts = v.split("/");
    for (String part : parts) if (highEntropy(part)) return false;
    // a file name with an extension (key.json, policy.xml), or lower-case names all along (/run/secrets/db_password)
    return PATH_FILE.matcher(parts[parts.length - 1]).matches() || v.equals(v.toLowerCase(Locale.ROOT));
  }

  /** Whether a literal value is a stand-in; weak values (admin, test, 123456) count only for secret-like keys. */
  public static boolean isPlaceholder(String value, boolean secretKey) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if (PLACEHOLDER_WORDS.contains(lower)) return true;
    if (PLACEHOLDER_WORDS.contains(unLeet(lower))) return true;
    if (secretKey && (WEAK_SECRET_VALUES.contains(lower) || THROWAWAY_SECRET.matcher(v).find())) return true;
    if (secretKey && !BOOLEANS.contains(lower) && (WEAK_PASSWORD.matcher(v).matches() || VARIABLE_NAME.matcher(v).matches()
        || SELF_DESCRIBING.matcher(v).find() || singleWord(v))) return true;
    return PLACEHOLDER_PATTERN.matcher(v).find();
  }

  /** pa$$word, p@ssw0rd, s3cr3t: the stand-in word behind common character swaps. */
  private static String unLeet(String lower) {
    StringBuilder b = new StringBuilder(lower.length());
    for (char c : lower.toCharArray()) {
      b.append(switch (c) {
        case '$', '5' -> 's';
        case '@', '4' -> 'a';
        case '0' -> 'o';
        case '3' -> 'e';
        case '1', '!' -> 'i';
        default -> c;
      });
    }
    return b.toString();
  }

  /**
   * A short word of one letter case and nothing else (paperless, gordonpass, ADMIN): a default a person typed,
   * not a generated secret. Long single-case strings can be generated (pwgen), so they stay secrets.
   */
  private static boolean singleWord(String v) {
    if (v.length() >= 16) return false;
    return v.chars().allMatch(c -> c >= 'a' && c <= 'z') || v.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** Whether a value looks like a generated token: long, no spaces, and random-looking. */
  public static boolean highEntropy(String value) {
    String v = value.strip();
    if (v.length() < 20 || !TOKEN_CHARS.matcher(v).matches()) return false;
    if (UUID.matcher(v).matches()) return false;
    if (HEX.matcher(v).matches()) return v.length() >= 32 && hasLetterAndDigit(v);
    if (!hasLetterAndDigit(v)) return false;
    // Dotted or dashed words (hostnames, image names, versions) are structured, not random.
    if (v.indexOf('.') >= 0 && v.chars().filter(c -> c == '.').count() >= 2) return false;
    double needed = Math.min(4.0, Math.log(v.length()) / Math.log(2) - 0.7);
    return entropy(v) >= needed && mixedCase(v);
  }

  private static ValueKind classifyUrl(String afterScheme, boolean secretKey) {
    int end = afterScheme.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = afterScheme.indexOf(c);
      if (i >= 0 && i < end) end = i;
    }
    String authority = afterScheme.substring(0, end);
    int at = authority.lastIndexOf('@');
    if (at < 0) return ValueKind.URL;
    String userInfo = authority.substring(0, at);
    int colon = userInfo.indexOf(':');
    if (colon < 0) return ValueKind.URL;
    String password = userInfo.substring(colon + 1);
    if (password.isEmpty()) return ValueKind.URL;
    // user:user (app:app, postgres:postgres) is a default credential, not a chosen one.
    if (password.equals(userInfo.substring(0, colon))) return ValueKind.PLACEHOLDER;
    if (FULL_REFERENCE.matcher(password).matches() || BRACED_REFERENCE.matcher(password).find()) return ValueKind.URL;
    if (isPlaceholder(password, true)) return ValueKind.PLACEHOLDER;
    return ValueKind.URL_WITH_CREDENTIALS;
  }

  private static List<String> nameParts(String key) {
    // Split snake, kebab, dotted and camelCase names: "dbPassword" -> DB, PASSWORD.
    String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    List<String> parts = new ArrayList<>();
    for (String p : spaced.split("[^A-Za-z0-9]+")) {
      if (!p.isEmpty()) parts.add(p.toUpperCase(Locale.ROOT));
    }
    return parts;
  }

  private static boolean hasLetterAndDigit(String v) {
    return v.chars().anyMatch(Character::isLetter) && v.chars().anyMatch(Character::isDigit);
  }

  private static boolean mixedCase(String v) {
    return v.chars().anyMatch(Character::isUpperCase) && v.chars().anyMatch(Character::isLowerCase);
  }

  private static double entropy(String v) {
    int[] counts = new int[128];
    int n = 0;
    for (char c : v.toCharArray()) {
      if (c < 128) {
        counts[c]++;
        n++;
      }
    }
    double h = 0;
    for (int c : counts) {
      if (c > 0) {
        double p = (double) c / n;
        h -= p * (Math.log(p) / Math.log(2));
      }
    }
    return h;
  }
}
