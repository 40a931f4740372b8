package dev.readiness.policy.rego.builtins;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Go's reference-time layouts ("2006-01-02T15:04:05Z07:00") for formatting and parsing, including the named
 * layouts (RFC3339, RFC1123Z, ...) that OPA accepts by name.
 */
final class GoTimeLayout {
  static final String RFC3339 = "2006-01-02T15:04:05Z07:00";
  static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";

  static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("ANSIC", "Mon Jan _2 15:04:05 2006"),
      Map.entry("UnixDate", "Mon Jan _2 15:04:05 MST 2006"),
      Map.entry("RubyDate", "Mon Jan 02 15:04:05 -0700 2006"),
      Map.entry("RFC822", "02 Jan 06 15:04 MST"),
      Map.entry("RFC822Z", "02 Jan 06 15:04 -0700"),
      Map.entry("RFC850", "Monday, 02-Jan-06 15:04:05 MST"),
      Map.entry("RFC1123", "Mon, 02 Jan 2006 15:04:05 MST"),
      Map.entry("RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700"),
      Map.entry("RFC3339", RFC3339),
      Map.entry("RFC3339Nano", RFC3339_NANO),
      Map.entry("Kitchen", "3:04PM"),
      Map.entry("Stamp", "Jan _2 15:04:05"),
      Map.entry("StampMilli", "Jan _2 15:04:05.000"),
      Map.entry("StampMicro", "Jan _2 15:04:05.000000"),
      Map.entry("StampNano", "Jan _2 15:04:05.000000000"),
      Map.entry("DateTime", "2006-01-02 15:04:05"),
      Map.entry("DateOnly", "2006-01-02"),
      Map.entry("TimeOnly", "15:04:05"));

  private static final String[] STD = {
      "January", "Jan", "Monday", "Mon", "MST",
      "2006", "002", "01", "02", "03", "04", "05", "06", "15", "_2", "1", "2", "3", "4", "5",
      "PM", "pm",
      "Z07:00:00", "Z070000", "Z07:00", "Z0700", "Z07",
      "-07:00:00", "-070000", "-07:00", "-0700", "-07"};

  private GoTimeLayout() {}

  /** A layout chunk: literal text or a standard element (with digits count for fractional seconds). */
  private record Chunk(String literal, String std, int fracDigits, boolean fracTrim) {}

  static String resolve(String layout) {
    return NAMED.getOrDefault(layout, layout);
  }

  private static List<Chunk> chunks(String layout) {
    List<Chunk> out = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    outer:
    while (i < layout.length()) {
      char c = layout.charAt(i);
      // Fractional seconds: ".000" / ",999" directly after a seconds element in Go; accepted anywhere here.
      if ((c == '.' || c == ',') && i + 1 < layout.length() && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')) {
        char d = layout.charAt(i + 1);
        int j = i + 1;
        while (j < layout.length() && layout.charAt(j) == d) j++;
        if (j >= layout.length() || !Character.isDigit(layout.charAt(j))) {
          flush(lit, out);
          out.add(new Chunk(String.valueOf(c), "frac", j - i - 1, d == '9'));
          i = j;
          continue;
        }
      }
      for (String std : STD) {
        if (layout.startsWith(std, i)) {
          // "Jan"/"Mon" must not be followed by a lowercase letter (e.g. "Janet" is literal), as in Go.
          if ((std.equals("Jan") || std.equals("Mon")) && i + 3 < layout.length()
              && Character.isLowerCase(layout.charAt(i + 3))) {
            continue;
          }
          flush(lit, out);
          out.add(new Chunk(null, std, 0, false));
          i += std.length();
          continue outer;
        }
      }
      lit.append(c);
      i++;
    }
    flush(lit, out);
    return out;
  }

  private static void flush(StringBuilder lit, List<Chunk> out) {
    if (lit.length() > 0) {
      out.add(new Chunk(lit.toString(), null, 0, false));
      lit.setLength(0);
    }
  }

  static String format(ZonedDateTime t, String layout) {
    StringBuilder sb = new StringBuilder();
    for (Chunk ch : chunks(resolve(layout))) {
      if (ch.std() == null) {
        sb.append(ch.literal());
        continue;
      }
      int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
      int offset = t.getOffset().getTotalSeconds();
      switch (ch.std()) {
        case "January" -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case "Jan" -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case "Monday" -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        case "Mon" -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        case "MST" -> sb.append(zoneAbbreviation(t));
        case "2006" -> sb.append(String.format("%04d", t.getYear()));
        case "06" -> sb.append(String.format("%02d", Math.floorMod(t.getYear(), 100)));
        case "002" -> sb.append(String.format("%03d", t.getDayOfYear()));
        case "01" -> sb.append(String.format("%02d", t.getMonthValue()));
        case "1" -> sb.append(t.getMonthValue());
        case "02" -> sb.append(String.format("%02d", t.getDayOfMonth()));
        case "_2" -> sb.append(String.format("%2d", t.getDayOfMonth()));
        case "2" -> sb.append(t.getDayOfMonth());
        case "15" -> sb.append(String.format("%02d", t.getHour()));
        case "03" -> sb.append(String.format("%02d", hour12));
        case "3" -> sb.append(hour12);
        case "04" -> sb.append(String.format("%02d", t.getMinute()));
        case "4" -> sb.append(t.getMinute());
        case "05" -> sb.append(String.format("%02d", t.getSecond()));
        case "5" -> sb.append(t.getSecond());
        case "PM" -> sb.append(t.getHour() >= 12 ? "PM" : "AM");
        case "pm" -> sb.append(t.getHour() >= 12 ? "pm" : "am");
        case "frac" -> sb.append(fraction(t.getNano(), ch));
        default -> sb.append(formatOffset(ch.std(), offset));
      }
    }
    return sb.toString();
  }

  private static String fraction(int nanos, Chunk ch) {
    String digits = String.format("%09d", nanos).substring(0, ch.fracDigits());
    if (!ch.fracTrim()) return ch.literal() + digits;
    String trimmed = digits.replaceAll("0+$", "");
    return trimmed.isEmpty() ? "" : ch.literal() + trimmed;
  }

  private static String zoneAbbreviation(ZonedDateTime t) {
    if (t.getZone() instanceof ZoneOffset off) {
      return off.getTotalSeconds() == 0 ? "UTC" : formatOffset("-0700", off.getTotalSeconds());
    }
    if (t.getZone().getId().equals("UTC") || t.getZone().getId().equals("Etc/UTC")) return "UTC";
    String name = t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return name.matches("[A-Z]{3,5}") ? name : formatOffset("-0700", t.getOffset().getTotalSeconds());
  }

  private static String formatOffset(String std, int offsetSeconds) {
    if (std.startsWith("Z") && offsetSeconds == 0) return "Z";
    int abs = Math.abs(offsetSeconds);
    String sign = offsetSeconds < 0 ? "-" : "+";
    String hh = String.format("%02d", abs / 3600);
    String mm = String.format("%02d", (abs / 60) % 60);
    String ss = String.format("%02d", abs % 60);
    String body = std.substring(1);
    return switch (body) {
      case "07:00:00" -> sign + hh + ":" + mm + ":" + ss;
      case "070000" -> sign + hh + mm + ss;
      case "07:00" -> sign + hh + ":" + mm;
      case "0700" -> sign + hh + mm;
      default -> sign + hh;
    };
  }

  /** Parses value with the layout; zone-less values are UTC. Throws IllegalArgumentException with Go-like text. */
  static ZonedDateTime parse(String layout, String value) {
    String resolved = resolve(layout);
    int year = 1;
    int month = 1;
    int day = 1;
    int yday = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int nanos = 0;
    boolean pm = false;
    boolean pmSet = false;
    ZoneId zone = null;
    int pos = 0;
    List<Chunk> chunks = chunks(resolved);
    for (int k = 0; k < chunks.size(); k++) {
      Chunk ch = chunks.get(k);
      if (ch.std() == null) {
        String lit = ch.literal();
        // Go lets runs of spaces in the layout and value differ slightly; we require literal equality otherwise.
        if (!value.startsWith(lit, pos)) throw bad(resolved, value, lit, pos);
        pos += lit.length();
        continue;
      }
      int[] r;
      switch (ch.std()) {
        case "January", "Jan" -> {
          r = lookup(value, pos, ch.std().equals("Jan") ? TextStyle.SHORT : TextStyle.FULL, true);
          if (r == null) throw bad(resolved, value, ch.std(), pos);
          month = r[0];
          pos = r[1];
        }
        case "Monday", "Mon" -> {
          r = lookup(value, pos, ch.std().equals("Mon") ? TextStyle.SHORT : TextStyle.FULL, false);
          if (r == null) throw bad(resolved, value, ch.std(), pos);
          pos = r[1];
        }
        case "MST" -> {
          int j = pos;
          while (j < value.length() && (Character.isUpperCase(value.charAt(j)) || (j > pos && Character.isDigit(value.charAt(j))))) j++;
          if (j - pos < 3) throw bad(resolved, value, ch.std(), pos);
          String abbr = value.substring(pos, j);
          if (abbr.equals("UTC") || abbr.equals("GMT")) zone = ZoneOffset.UTC;
          else if (zone == null) zone = ZoneOffset.UTC;
          pos = j;
        }
        case "2006" -> {
          r = digits(value, pos, 4, 4);
          year = r[0];
          pos = r[1];
        }
        case "06" -> {
          r = digits(value, pos, 2, 2);
          year = r[0] >= 69 ? 1900 + r[0] : 2000 + r[0];
          pos = r[1];
        }
        case "002" -> {
          r = digits(value, pos, 3, 3);
          yday = r[0];
          pos = r[1];
        }
        case "01", "1" -> {
          r = digits(value, pos, ch.std().length() == 2 ? 2 : 1, 2);
          month = r[0];
          pos = r[1];
        }
        case "02", "2", "_2" -> {
          int p = pos;
          if (ch.std().equals("_2") && p < value.length() && value.charAt(p) == ' ') p++;
          r = digits(value, p, ch.std().equals("02") ? 2 : 1, 2);
          day = r[0];
          pos = r[1];
        }
        case "15" -> {
          r = digits(value, pos, 1, 2);
          hour = r[0];
          pos = r[1];
        }
        case "03", "3" -> {
          r = digits(value, pos, ch.std().length(), 2);
          hour = r[0];
          if (hour > 12) throw bad(resolved, value, ch.std(), pos);
          pos = r[1];
        }
        case "04", "4" -> {
          r = digits(value, pos, ch.std().length(), 2);
          minute = r[0];
          pos = r[1];
        }
        case "05", "5" -> {
          r = digits(value, pos, ch.std().length(), 2);
          second = r[0];
          pos = r[1];
          // Go accepts a fractional second after the seconds field even when the layout has none.
          boolean nextIsFrac = k + 1 < chunks.size() && "frac".equals(chunks.get(k + 1).std());
          if (!nextIsFrac && pos + 1 < value.length() && (value.charAt(pos) == '.' || value.charAt(pos) == ',')
              && Character.isDigit(value.charAt(pos + 1))) {
            int j = pos + 1;
            while (j < value.length() && Character.isDigit(value.charAt(j))) j++;
            nanos = fracNanos(value.substring(pos + 1, j));
            pos = j;
          }
        }
        case "PM", "pm" -> {
          if (pos + 2 > value.length()) throw bad(resolved, value, ch.std(), pos);
          String s = value.substring(pos, pos + 2).toUpperCase(Locale.ROOT);
          if (!s.equals("AM") && !s.equals("PM")) throw bad(resolved, value, ch.std(), pos);
          pm = s.equals("PM");
          pmSet = true;
          pos += 2;
        }
        case "frac" -> {
          if (pos < value.length() && (value.charAt(pos) == '.' || value.charAt(pos) == ',')) {
            int j = pos + 1;
            while (j < value.length() && Character.isDigit(value.charAt(j))) j++;
            if (!ch.fracTrim() && j - pos - 1 != ch.fracDigits()) throw bad(resolved, value, ch.std(), pos);
            nanos = fracNanos(value.substring(pos + 1, j));
            pos = j;
          } else if (!ch.fracTrim()) {
            throw bad(resolved, value, ch.literal(), pos);
          }
        }
        default -> {
          String std = ch.std();
          if (std.startsWith("Z") && pos < value.length() && value.charAt(pos) == 'Z') {
            zone = ZoneOffset.UTC;
            pos++;
            break;
          }
          r = parseOffset(value, pos, std.substring(1));
          if (r == null) throw bad(resolved, value, std, pos);
          zone = ZoneOffset.ofTotalSeconds(r[0]);
          pos = r[1];
        }
      }
    }
    if (pos != value.length()) {
      throw new IllegalArgumentException("parsing time " + RegoText.goQuote(value) + ": extra text: "
          + RegoText.goQuote(value.substring(pos)));
    }
    if (pmSet) {
      if (pm && hour < 12) hour += 12;
      if (!pm && hour == 12) hour = 0;
    }
    try {
      LocalDate date = yday > 0 ? LocalDate.ofYearDay(year, yday) : LocalDate.of(year, month, day);
      LocalDateTime ldt = date.atTime(hour, minute, second, nanos);
      return ZonedDateTime.of(ldt, zone == null ? ZoneOffset.UTC : zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("parsing time " + RegoText.goQuote(value) + ": " + e.getMessage());
    }
  }

  private static int fracNanos(String digits) {
    String d = (digits + "000000000").substring(0, 9);
    return Integer.parseInt(d);
  }

  private static IllegalArgumentException bad(String layout, String value, String elem, int pos) {
    return new IllegalArgumentException("parsing time " + RegoText.goQuote(value) + " as " + RegoText.goQuote(layout)
        + ": cannot parse " + RegoText.goQuote(value.substring(Math.min(pos, value.length()))) + " as "
        + RegoText.goQuote(elem));
  }

  /** Reads between min and max digits; returns {value, newPos}. */
  private static int[] digits(String s, int pos, int min, int max) {
    int j = pos;
    while (j < s.length() && j - pos < max && Character.isDigit(s.charAt(j))) j++;
    if (j - pos < min) throw new IllegalArgumentException("parsing time " + RegoText.goQuote(s) + ": expected number");
    return new int[] {Integer.parseInt(s.substring(pos, j)), j};
  }

  private static int[] lookup(String s, int pos, TextStyle style, boolean month) {
    int n = month ? 12 : 7;
    for (int i = 1; i <= n; i++) {
      String name = month ? java.time.Month.of(i).getDisplayName(style, Locale.ENGLISH)
          : java.time.DayOfWeek.of(i).getDisplayName(style, Locale.ENGLISH);
      if (s.regionMatches(true, pos, name, 0, name.length())) return new int[] {i, pos + name.length()};
    }
    return null;
  }

  /** Parses ±hh[:mm[:ss]] per the layout form; returns {offsetSeconds, newPos} or null. */
  private static int[] parseOffset(String s, int pos, String form) {
    if (pos >= s.length() || (s.charAt(pos) != '+' && s.charAt(pos) != '-')) return null;
    int sign = s.charAt(pos) == '-' ? -1 : 1;
    String pattern = switch (form) {
      case "07:00:00" -> "\\d\\d:\\d\\d:\\d\\d";
      case "070000" -> "\\d{6}";
      case "07:00" -> "\\d\\d:\\d\\d";
      case "0700" -> "\\d{4}";
      default -> "\\d\\d";
    };
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(s);
    m.region(pos + 1, s.length());
    if (!m.lookingAt()) return null;
    String digits = m.group().replace(":", "");
    int hh = Integer.parseInt(digits.substring(0, 2));
    int mm = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int ss = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
    if (hh > 24 || mm > 59 || ss > 59) return null;
    return new int[] {sign * (hh * 3600 + mm * 60 + ss), m.end()};
  }
}
