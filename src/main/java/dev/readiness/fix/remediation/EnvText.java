package dev.readiness.fix.remediation;

import dev.readiness.scan.env.DotEnv;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads KEY=VALUE lines of a dotenv file (only to carry non-secret defaults over; values are never printed). */
final class EnvText {
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)^$|change.?me|your[-_].*|xxx+|^<.*>$|todo|replace.?me|^example.*|^password$|^secret$|^dummy$|^placeholder$");
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE|CREDENTIAL|API_KEY|_KEY$|^KEY$|SALT|SIGNING).*");

  private EnvText() {}

  /** The assignments of a dotenv file, read by the scanner's dotenv parser (bare {@code KEY} lines left out). */
  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (DotEnv.Entry e : DotEnv.parse(text, "", "fix", d -> { })) {
      if (e.value() != null) out.put(e.key(), e.value());
    }
    return out;
  }

  private static final Pattern COMMENTED = Pattern.compile("^#+\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$");

  /**
   * The commented-out assignments of a template ({@code #export DEBUG=false} above {@code export DEBUG=true}): by the
   * convention env templates share with sshd_config-style files, the commented line documents the default and the
   * active line overrides it. Per key, the last commented value (unquoted; "" for an empty one).
   */
  static Map<String, String> commented(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : text.split("\r?\n")) {
      java.util.regex.Matcher m = COMMENTED.matcher(raw.trim());
      if (!m.matches()) continue;
      String v = m.group(2).trim();
      if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) v = v.substring(1, v.length() - 1);
      out.put(m.group(1), v);
    }
    return out;
  }

  private static final Pattern DEV_FLAG_KEY = Pattern.compile("(?i)(^|_)(DEBUG|RELOAD|HOT_RELOAD|DEV_MODE|DEVELOPMENT)$");
  private static final Pattern ENV_KEY = Pattern.compile("(?i)(^|_)(ENV|ENVIRONMENT)$");

  /**
   * A value that switches an application into development behaviour: a debug/reload flag that is on, or an
   * environment name for development (NODE_ENV=development, RAILS_ENV=development, APP_ENV=local).
   */
  static boolean developmentSetting(String key, String value) {
    if (value == null) return false;
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (DEV_FLAG_KEY.matcher(key).find()) return v.equals("true") || v.equals("1") || v.equals("yes") || v.equals("on");
    if (ENV_KEY.matcher(key).find()) return v.equals("development") || v.equals("dev") || v.equals("local") || v.equals("debug");
    return false;
  }

  /** The production counterpart of {@link #developmentSetting}: a debug/reload flag that is off, or a production environment name. */
  static boolean productionSetting(String key, String value) {
    if (value == null) return false;
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (DEV_FLAG_KEY.matcher(key).find()) return v.isEmpty() || v.equals("false") || v.equals("0") || v.equals("no") || v.equals("off");
    if (ENV_KEY.matcher(key).find()) return v.equals("production") || v.equals("prod");
    return false;
  }

  static boolean placeholder(String value) {
    return value == null || PLACEHOLDER.matcher(value.trim()).find();
  }

  static boolean secretName(String key) {
    return SECRET_NAME.matcher(key).matches();
  }
}
