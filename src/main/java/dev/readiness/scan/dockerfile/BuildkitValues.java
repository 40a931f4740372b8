package dev.readiness.scan.dockerfile;

import dev.readiness.scan.shell.ShellTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits an instruction's arguments into the {@code Value} list BuildKit's parser produces for it. */
final class BuildkitValues {
  private BuildkitValues() {}

  static List<String> of(Instruction in) {
    if (in.isJson()) {
      if (in.keyword().equals("HEALTHCHECK")) {
        List<String> v = new ArrayList<>();
        v.add("CMD");
        v.addAll(in.json());
        return v;
      }
      return in.json();
    }
    String args = in.args().strip();
    switch (in.keyword()) {
      case "ENV":
      case "LABEL":
        return nameValues(args);
      case "FROM":
      case "EXPOSE":
      case "ARG":
      case "COPY":
      case "ADD":
      case "VOLUME":
        return ShellTokenizer.rawWords(args, '\\');
      case "HEALTHCHECK": {
        List<String> v = new ArrayList<>();
        String upper = args.toUpperCase(Locale.ROOT);
        if (upper.equals("NONE")) { v.add("NONE"); return v; }
        if (upper.startsWith("CMD")) {
          v.add("CMD");
          String rest = args.substring(3).strip();
          if (!rest.isEmpty()) v.add(rest);
          return v;
        }
        return args.isEmpty() ? List.of() : List.of(args);
      }
      default:
        return args.isEmpty() ? List.of() : List.of(args);
    }
  }

  /** {@code k=v k2=v2} → [k, v, k2, v2]; legacy {@code k v w} → [k, "v w"]. */
  private static List<String> nameValues(String args) {
    List<String> out = new ArrayList<>();
    List<String> words = ShellTokenizer.rawWords(args, '\\');
    if (words.isEmpty()) return out;
    if (!words.get(0).contains("=")) {
      out.add(words.get(0));
      out.add(args.substring(words.get(0).length()).strip());
      return out;
    }
    for (String w : words) {
      int eq = w.indexOf('=');
      if (eq < 0) { out.add(w); out.add(""); continue; }
      out.add(w.substring(0, eq));
      out.add(w.substring(eq + 1));
    }
    return out;
  }
}
