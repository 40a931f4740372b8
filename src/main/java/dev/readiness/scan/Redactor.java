package dev.readiness.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes literal secrets from free text shown in facts (commands, healthcheck tests, labels):
 * URL passwords, values of secret-like {@code KEY=value} pairs and of secret-like {@code --flags}.
 * References such as {@code ${DB_PASSWORD}} are kept: they name a variable, not a secret.
 */
public final class Redactor {
  /** What replaces a removed value. */
  public static final String MASK = "<redacted>";

  private static final Pattern URL_PASSWORD = Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*://[^:/@\\s]*:)([^@/\\s]+)(@)");
  private static final Pattern ASSIGNMENT = Pattern.compile("(?<![\\w-])([A-Za-z_][A-Za-z0-9_]*)(=)(\"[^\"]*\"|'[^']*'|[^\\s;&|]+)");
  private static final Pattern FLAG = Pattern.compile("(?<![^\\s])(--?([A-Za-z][A-Za-z0-9_-]*))([= ])(\"[^\"]*\"|'[^']*'|[^\\s;&|]+)");
  private static final Pattern SECRET_FLAG = Pattern.compile("(?i).*(pass|secret|token|key|auth|credential).*");
  // Tools whose password flag has a short or attached form: redis-cli -a PW, mysql -pPW, curl -u user:PW, sshpass -p PW.
  private static final Pattern TOOL_PASSWORD = Pattern.compile(
      "(redis-cli\\b[^|;&]*?\\s-a\\s+|\\b(?:mysql|mysqladmin|mysqldump|mariadb|mariadb-admin)\\b[^|;&]*?\\s-p|\\s-u\\s+[^:\\s]+:|sshpass\\s+-p\\s*)"
          + "(\"[^\"]*\"|'[^']*'|[^\\s;&|]+)");
  private static final Pattern SECRET_LABEL = Pattern.compile(
      "(?i).*(basicauth|digestauth|password|passwd|secret|token|credential|apikey|api-key|api_key|private).*");

  private Redactor() {}

  /** The text with literal secret values replaced by {@link #MASK}; null stays null. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) return text;
    String out = replace(URL_PASSWORD.matcher(text), m -> isReference(m.group(2)) ? m.group() : m.group(1) + MASK + m.group(3));
    out = replace(TOOL_PASSWORD.matcher(out), m -> isReference(m.group(2)) || m.group(2).equals(MASK) ? m.group() : m.group(1) + MASK);
    out = replace(ASSIGNMENT.matcher(out), m -> ValueKinds.secretLikeKey(m.group(1)) && !isReference(m.group(3)) && !m.group(3).equals(MASK)
        ? m.group(1) + m.group(2) + MASK : m.group());
    out = replace(FLAG.matcher(out), m -> SECRET_FLAG.matcher(m.group(2)).matches() && !isReference(m.group(4))
        && !m.group(4).startsWith("-") && !m.group(4).contains(MASK) ? m.group(1) + m.group(3) + MASK : m.group());
    return out;
  }

  /** A value shown under a key (label, logging option): masked when the key is secret-like and the value literal. */
  public static String redactValue(String key, String value) {
    if (value == null) return null;
    boolean secretKey = ValueKinds.secretLikeKey(key) || SECRET_LABEL.matcher(key).matches();
    if (secretKey && !isReference(value) && !value.isBlank()) return MASK;
    return redact(value);
  }

  private static boolean isReference(String v) {
    String s = v.replace("\"", "").replace("'", "");
    return s.startsWith("${") || (s.startsWith("$") && !s.startsWith("$$")) || s.startsWith("$$");
  }

  private interface Rewrite {
    String apply(Matcher m);
  }

  private static String replace(Matcher m, Rewrite r) {
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(r.apply(m)));
    m.appendTail(b);
    return b.toString();
  }
}
