package dev.readiness.fix.remediation;

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

  static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : text.split("\r?\n")) {
      String l = raw.trim();
      if (l.isEmpty() || l.startsWith("#")) continue;
      if (l.startsWith("export ")) l = l.substring(7).trim();
      int eq = l.indexOf('=');
      if (eq <= 0) continue;
      String k = l.substring(0, eq).trim();
      String v = l.substring(eq + 1).trim();
      if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) v = v.substring(1, v.length() - 1);
      else {
        int hash = v.indexOf(" #");
        if (hash >= 0) v = v.substring(0, hash).trim();
      }
      out.put(k, v);
    }
    return out;
  }

  static boolean placeholder(String value) {
    return value == null || PLACEHOLDER.matcher(value.trim()).find();
  }

  static boolean secretName(String key) {
    return SECRET_NAME.matcher(key).matches();
  }
}
