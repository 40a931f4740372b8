package dev.readiness.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognisable credential formats (the table is the rule set) and masking of them. Only the kind and
 * position of a match leave this class; a matched value is never returned.
 */
public final class SecretPatterns {
  /** A credential format. */
  private record Format(String kind, Pattern pattern) {}

  private static final List<Format> FORMATS = List.of(
      new Format("private-key", Pattern.compile("-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----")),
      new Format("aws-access-key", Pattern.compile("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\\b")),
      new Format("github-token", Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\\b")),
      new Format("gitlab-token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}\\b")),
      new Format("slack-token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}|https://hooks\\.slack\\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+")),
      new Format("stripe-key", Pattern.compile("\\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\\b")),
      new Format("google-api-key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b")));

  /** A match: its kind and character range in the searched text. */
  public record Hit(String kind, int start, int end) {}

  private SecretPatterns() {}

  /** Every credential-format match in {@code text}. */
  public static List<Hit> find(String text) {
    List<Hit> out = new ArrayList<>();
    for (Format f : FORMATS) {
      Matcher m = f.pattern().matcher(text);
      while (m.find()) out.add(new Hit(f.kind(), m.start(), m.end()));
    }
    return out;
  }

  /** {@code text} with every credential-format match replaced by {@code ***}. */
  public static String mask(String text) {
    String out = text;
    for (Format f : FORMATS) out = f.pattern().matcher(out).replaceAll("***");
    return out;
  }

  /** Shannon entropy in bits per character. */
  public static double entropy(String s) {
    if (s.isEmpty()) return 0;
    java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
    for (char c : s.toCharArray()) counts.merge(c, 1, Integer::sum);
    double h = 0;
    for (int n : counts.values()) {
      double p = (double) n / s.length();
      h -= p * Math.log(p) / Math.log(2);
    }
    return h;
  }
}
