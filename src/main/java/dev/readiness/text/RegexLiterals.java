package dev.readiness.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal prefilter of a {@link java.util.regex.Pattern}: a set of lower-case strings such that
 * every match of the pattern contains at least one of them (compared case-insensitively), or null when
 * no such set can be established (then the pattern has to be run everywhere).
 *
 * <p>Sound by construction: it is computed from a parse of the pattern (alternation, concatenation,
 * groups, quantifiers, character classes, escapes), never from its words, so optional parts such as
 * {@code https?} or {@code (?:unit )?tests?} yield {@code http} and {@code test}, not words a match may
 * lack. Syntax it does not model (comments mode, unknown escapes) makes it give up (null), never guess.
 * The same idea as the trigram prefilter of Google Code Search, on whole literals.
 */
public final class RegexLiterals {
  /** Exact sets larger than this are turned into a requirement. */
  private static final int MAX_EXACT = 64;
  /** Literals shorter than this are too common to gate on. */
  static final int MIN_LENGTH = 2;

  private final String src;
  private int pos;

  private RegexLiterals(String src) {
    this.src = src;
  }

  /** The literals one of which every match contains (lower case, none containing another), or null. */
  public static List<String> of(Pattern pattern) {
    if ((pattern.flags() & (Pattern.UNICODE_CASE | Pattern.CANON_EQ)) != 0) return null;
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
      return (pattern.flags() & Pattern.LITERAL) != 0 ? gate(Set.of(pattern.pattern().toLowerCase(java.util.Locale.ROOT))) : null;
    }
    try {
      RegexLiterals p = new RegexLiterals(pattern.pattern());
      Info root = p.alternation();
      if (p.pos != p.src.length()) return null;
      return gate(root.query());
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * The top-level alternatives of a pattern as patterns of their own (same flags; inline flags set at
   * top level carried into the later alternatives). A text has a match of the pattern exactly when it
   * has a match of one of them, so boolean searches can gate and run each alternative separately.
   * A pattern that cannot be split safely comes back whole.
   */
  public static List<Pattern> alternatives(Pattern pattern) {
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 || pattern.pattern().contains("\\Q")) return List.of(pattern);
    return split(pattern.pattern(), pattern.flags());
  }

  private static List<Pattern> split(String s, int flags) {
    List<Pattern> out = new ArrayList<>();
    String carried = "";
    int depth = 0;
    int start = 0;
    boolean inClass = false;
    StringBuilder seen = new StringBuilder(); // inline flags set at top level so far
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        if (c == ']') inClass = false;
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < s.length() && s.charAt(i + 1) == ']') i++;
        else if (i + 2 < s.length() && s.charAt(i + 1) == '^' && s.charAt(i + 2) == ']') i += 2;
      } else if (c == '(') {
        if (depth == 0 && s.startsWith("(?", i)) {
          int close = s.indexOf(')', i);
          String inner = close < 0 ? "" : s.substring(i + 2, close);
          if (inner.matches("[a-zA-Z-]+")) { seen.append("(?").append(inner).append(')'); i = close; continue; }
        }
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(Pattern.compile(carried + s.substring(start, i), flags));
        carried = seen.toString();
        start = i + 1;
      }
    }
    if (out.isEmpty()) return List.of(Pattern.compile(s, flags));
    out.add(Pattern.compile(carried + s.substring(start), flags));
    return out;
  }

  private static List<String> gate(Set<String> query) {
    if (query == null || query.isEmpty()) return null;
    for (String q : query) {
      if (q.length() < MIN_LENGTH) return null;
      for (int i = 0; i < q.length(); i++) if (q.charAt(i) >= 128) return null;
    }
    return List.copyOf(minimal(query));
  }

  /** Drops strings that contain another string of the set: finding the shorter one is already required. */
  private static Set<String> minimal(Set<String> query) {
    Set<String> out = new LinkedHashSet<>();
    for (String q : query) {
      boolean redundant = false;
      for (String o : query) if (o != q && !o.equals(q) && q.contains(o)) { redundant = true; break; }
      if (!redundant) out.add(q);
    }
    return out;
  }

  // ---- analysis -------------------------------------------------------------------------------

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /**
   * What is known of the strings a sub-pattern matches: exactly the set {@code exact} (when not null),
   * otherwise each match contains one of {@code any} (when not null), otherwise nothing.
   */
  private record Info(Set<String> exact, Set<String> any) {
    static final Info EMPTY = new Info(Set.of(""), null);
    static final Info UNKNOWN = new Info(null, null);

    /** The requirement: one of these strings occurs in every match; null when there is none. */
    Set<String> query() {
      if (exact != null) return exact.contains("") ? null : exact;
      return any;
    }
  }

  private static int minLen(Set<String> q) {
    int m = Integer.MAX_VALUE;
    for (String s : q) m = Math.min(m, s.length());
    return m;
  }

  /** The better of two requirements (either may be null): the longer shortest literal, then fewer literals. */
  private static Set<String> better(Set<String> a, Set<String> b) {
    if (a == null) return b;
    if (b == null) return a;
    int la = minLen(a);
    int lb = minLen(b);
    if (la != lb) return la > lb ? a : b;
    return a.size() <= b.size() ? a : b;
  }

  private static Info alternate(Info x, Info y) {
    if (x.exact != null && y.exact != null && x.exact.size() + y.exact.size() <= MAX_EXACT) {
      Set<String> out = new LinkedHashSet<>(x.exact);
      out.addAll(y.exact);
      return new Info(out, null);
    }
    Set<String> qx = x.query();
    Set<String> qy = y.query();
    if (qx == null || qy == null) return Info.UNKNOWN;
    Set<String> out = new LinkedHashSet<>(qx);
    out.addAll(qy);
    return new Info(null, out);
  }

  private boolean more() {
    return pos < src.length();
  }

  private Info alternation() {
    Info acc = sequence();
    while (more() && src.charAt(pos) == '|') {
      pos++;
      acc = alternate(acc, sequence());
    }
    return acc;
  }

  /**
   * A concatenation: runs of exactly-known atoms are multiplied out into literals ({@code pool:} from
   * p, o, o, l, :); a part that is not exactly known ends the run, and the best requirement of the
   * finished runs and parts is kept.
   */
  private Info sequence() {
    Set<String> best = null;
    Set<String> run = Set.of("");
    boolean exact = true;
    while (more() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
      Info a = quantified(atom());
      if (a.exact != null) {
        if ((long) run.size() * a.exact.size() <= MAX_EXACT) {
          Set<String> product = new LinkedHashSet<>();
          for (String x : run) for (String y : a.exact) product.add(x + y);
          run = product;
        } else {
          best = better(best, new Info(run, null).query());
          run = a.exact;
          exact = false;
        }
        continue;
      }
      exact = false;
      best = better(better(best, new Info(run, null).query()), a.any);
      run = Set.of("");
    }
    if (exact) return new Info(run, null);
    return new Info(null, better(best, new Info(run, null).query()));
  }

  private Info quantified(Info atom) {
    if (!more()) return atom;
    char c = src.charAt(pos);
    Info out;
    if (c == '*') {
      pos++;
      out = Info.UNKNOWN;
    } else if (c == '+') {
      pos++;
      out = new Info(null, atom.query());
    } else if (c == '?') {
      pos++;
      if (atom.exact != null) {
        Set<String> e = new LinkedHashSet<>(atom.exact);
        e.add("");
        out = new Info(e, null);
      } else {
        out = Info.UNKNOWN;
      }
    } else if (c == '{' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))) {
      int close = src.indexOf('}', pos);
      if (close < 0) throw new Unsupported();
      String[] bounds = src.substring(pos + 1, close).split(",", -1);
      pos = close + 1;
      int min = Integer.parseInt(bounds[0].trim());
      boolean exactlyOne = min == 1 && bounds.length == 1;
      out = exactlyOne ? atom : min >= 1 ? new Info(null, atom.query()) : Info.UNKNOWN;
    } else {
      return atom;
    }
    if (more() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) pos++; // lazy / possessive
    return out;
  }

  private Info atom() {
    char c = src.charAt(pos);
    switch (c) {
      case '(': return group();
      case '[': return charClass();
      case '.': pos++; return Info.UNKNOWN;
      case '^': case '$': pos++; return Info.EMPTY;
      case '\\': return escape();
      case '*': case '+': case '?': case '{': throw new Unsupported();
      default:
        pos++;
        if (Character.isSurrogate(c)) throw new Unsupported();
        return literal(c);
    }
  }

  private static Info literal(char c) {
    if (c >= 128) return Info.UNKNOWN; // case folding outside ASCII is not modelled
    return new Info(Set.of(String.valueOf(Character.toLowerCase(c))), null);
  }

  private Info group() {
    pos++; // (
    boolean zeroWidth = false;
    if (src.startsWith("?", pos)) {
      pos++;
      if (src.startsWith(":", pos)) {
        pos++;
      } else if (src.startsWith("=", pos) || src.startsWith("!", pos) || src.startsWith("<=", pos) || src.startsWith("<!", pos)) {
        pos += src.charAt(pos) == '<' ? 2 : 1;
        zeroWidth = true;
      } else if (src.startsWith("<", pos)) {
        int close = src.indexOf('>', pos);
        if (close < 0) throw new Unsupported();
        pos = close + 1;
      } else if (src.startsWith(">", pos)) {
        pos++;
      } else {
        int start = pos;
        while (more() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '-')) pos++;
        String flags = src.substring(start, pos);
        if (flags.contains("x") || flags.contains("u")) throw new Unsupported();
        if (!more()) throw new Unsupported();
        if (src.charAt(pos) == ')') { pos++; return Info.EMPTY; }
        if (src.charAt(pos) != ':') throw new Unsupported();
        pos++;
      }
    }
    Info inner = alternation();
    if (!more() || src.charAt(pos) != ')') throw new Unsupported();
    pos++;
    return zeroWidth ? Info.EMPTY : inner;
  }

  private Info escape() {
    if (pos + 1 >= src.length()) throw new Unsupported();
    char e = src.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': return Info.EMPTY;
      case 'w': case 'W': case 's': case 'S': case 'd': case 'D': case 'h': case 'H': case 'v': case 'V': case 'R': case 'X':
        return Info.UNKNOWN;
      case 'p': case 'P':
        if (more() && src.charAt(pos) == '{') {
          int close = src.indexOf('}', pos);
          if (close < 0) throw new Unsupported();
          pos = close + 1;
        } else {
          pos++;
        }
        return Info.UNKNOWN;
      case 'n': return literal('\n');
      case 't': return literal('\t');
      case 'r': return literal('\r');
      case 'f': return literal('\f');
      case 'e': return literal('\u001B');
      case 'a': return literal('\u0007');
      case 'Q': {
        int end = src.indexOf("\\E", pos);
        String lit = end < 0 ? src.substring(pos) : src.substring(pos, end);
        pos = end < 0 ? src.length() : end + 2;
        return new Info(Set.of(lit.toLowerCase(java.util.Locale.ROOT)), null);
      }
      default:
        if (Character.isLetterOrDigit(e)) throw new Unsupported(); // hex, octal, control and named escapes, backreferences
        return literal(e);
    }
  }

  /** A character class: the set of its characters when small and plain, otherwise any character. */
  private Info charClass() {
    pos++; // [
    boolean negated = more() && src.charAt(pos) == '^';
    if (negated) pos++;
    Set<String> chars = new LinkedHashSet<>();
    boolean plain = !negated;
    boolean first = true;
    while (true) {
      if (!more()) throw new Unsupported();
      char c = src.charAt(pos);
      if (c == ']' && !first) { pos++; break; }
      first = false;
      if (c == '[' || (c == '&' && src.startsWith("&&", pos))) {
        // nested classes and intersections: skip to the matching bracket, give up on the set
        int depth = 0;
        while (more()) {
          char d = src.charAt(pos);
          if (d == '\\') { pos += 2; continue; }
          if (d == '[') depth++;
          if (d == ']') { if (depth == 0) break; depth--; }
          pos++;
        }
        plain = false;
        continue;
      }
      char lo;
      if (c == '\\') {
        if (pos + 1 >= src.length()) throw new Unsupported();
        char e = src.charAt(pos + 1);
        pos += 2;
        if (e == 'p' || e == 'P') {
          if (more() && src.charAt(pos) == '{') pos = src.indexOf('}', pos) + 1;
          else pos++;
          if (pos <= 0) throw new Unsupported();
          plain = false;
          continue;
        }
        if (Character.isLetterOrDigit(e)) {
          switch (e) {
            case 'n': lo = '\n'; break;
            case 't': lo = '\t'; break;
            case 'r': lo = '\r'; break;
            case 'f': lo = '\f'; break;
            default:
              if ("wWsSdDhHvV".indexOf(e) >= 0) { plain = false; continue; }
              throw new Unsupported();
          }
        } else {
          lo = e;
        }
      } else {
        lo = c;
        pos++;
      }
      if (more() && src.charAt(pos) == '-' && pos + 1 < src.length() && src.charAt(pos + 1) != ']') {
        pos++;
        char hi = src.charAt(pos);
        if (hi == '\\') {
          if (pos + 1 >= src.length() || Character.isLetterOrDigit(src.charAt(pos + 1))) throw new Unsupported();
          hi = src.charAt(pos + 1);
          pos += 2;
        } else {
          pos++;
        }
        if (hi - lo > 16) plain = false;
        else for (char k = lo; k <= hi; k++) chars.add(String.valueOf(Character.toLowerCase(k)));
      } else {
        chars.add(String.valueOf(Character.toLowerCase(lo)));
      }
    }
    if (!plain || chars.isEmpty() || chars.size() > 16) return Info.UNKNOWN;
    return new Info(chars, null);
  }
}
