package dev.readiness.scan;

import dev.readiness.text.PatternSet;
import java.util.ArrayList;
import java.util.BitSet;
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
      new Format("google-api-key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b")),
      new Format("npm-token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b")),
      // package-registry credentials in .npmrc / .yarnrc: _authToken=, _auth=, _password= with a literal value
      new Format("registry-credential", Pattern.compile("(?:^|[:\\s])_(?:authToken|auth|password)\\s*[=:]\\s*[\"']?(?![\"']?\\$)[A-Za-z0-9+/=_.-]{8,}")));

  /**
   * The formats searched together: one pass over a text finds the literals their matches contain
   * ({@link dev.readiness.text.RegexLiterals}), and a format is tried only where one of its literals occurs.
   */
  private static final PatternSet SET = PatternSet.of(FORMATS.stream().map(Format::pattern).toList());

  /** Whether {@code text} can hold a credential format at all. */
  public static boolean mayContain(String text) {
    return !SET.candidates(text).isEmpty();
  }

  /**
   * The lines of {@code text} (0-based, split as {@code split("\r\n|\r|\n")} does) that may hold a
   * credential format, in order, each with the formats to try on it ({@link #find(String, BitSet)}).
   */
  public static void lineCandidates(String text, PatternSet.LineCandidates sink) {
    SET.lineCandidates(text, sink);
  }

  /** A match: its kind and character range in the searched text. */
  public record Hit(String kind, int start, int end) {}

  private SecretPatterns() {}

  /** Every credential-format match in {@code text}. */
  public static List<Hit> find(String text) {
    return find(text, SET.candidates(text));
  }

  /** The matches in {@code text} of the formats given (by their index, as {@link #lineCandidates} gives them). */
  public static List<Hit> find(String text, BitSet formats) {
    List<Hit> out = new ArrayList<>();
    for (int i = formats.nextSetBit(0); i >= 0; i = formats.nextSetBit(i + 1)) {
      Format f = FORMATS.get(i);
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
