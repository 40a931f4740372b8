package dev.readiness.scan.env;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import dev.readiness.scan.ValueKinds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Env files → keys with value kinds, environment and git status; values are classified and dropped. */
public final class EnvScanner implements Scanner<List<EnvFileFacts>> {
  /**
   * Keys read per env file. Real files have tens or hundreds; past this the file is generated or hostile,
   * and every check over env keys would only get slower.
   */
  public static final int MAX_KEYS = 10_000;
  private static final Pattern TEMPLATE = Pattern.compile("(^|[-_.])(example|sample|template|tmpl|tpl|dist|defaults?)($|[-_.])");

  @Override
  public List<EnvFileFacts> scan(ScanContext context) {
    List<EnvFileFacts> out = new ArrayList<>();
    for (SourceFile f : context.files(FileKind.ENV)) {
      Optional<String> text = context.read(f);
      if (text.isEmpty()) continue;
      List<EnvKey> keys = new ArrayList<>();
      Map<String, Integer> firstLine = new HashMap<>();
      List<DotEnv.Entry> entries = DotEnv.parse(text.get(), f.path(), "env", context::diagnose);
      if (entries.size() > MAX_KEYS) {
        context.diagnose(Diagnostic.warning("env", f.path(), entries.get(MAX_KEYS).line(),
            entries.size() + " keys: only the first " + MAX_KEYS + " are checked"));
        entries = entries.subList(0, MAX_KEYS);
      }
      for (DotEnv.Entry e : entries) {
        Integer earlier = firstLine.putIfAbsent(e.key(), e.line());
        if (earlier != null) {
          context.diagnose(Diagnostic.info("env", f.path(), e.line(), "duplicate key " + e.key() + " (first set on line " + earlier + "); the last one wins"));
        }
        keys.add(new EnvKey(e.key(), e.line(), ValueKinds.classify(e.key(), e.value()), ValueKinds.secretLikeKey(e.key())));
      }
      String name = f.path().substring(f.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      boolean template = TEMPLATE.matcher(name).find();
      out.add(new EnvFileFacts(f.path(), environment(name, template), template, f.tracked(), f.ignored(), List.copyOf(keys)));
    }
    return List.copyOf(out);
  }

  /** The environment a file name stands for: .env.production, prod.env, .env.test.local, ... */
  static String environment(String name, boolean template) {
    String[] parts = name.split("[-_.]");
    String found = null;
    for (String p : parts) {
      String e = switch (p) {
        case "production", "prod", "live", "prd" -> "production";
        case "staging", "stage", "stg", "preprod", "uat" -> "staging";
        case "development", "dev", "develop" -> "development";
        case "test", "testing", "ci" -> "testing";
        case "local" -> "local";
        default -> null;
      };
      // The first environment word wins: .env.development.local is development.
      if (e != null && found == null) found = e;
    }
    if (found != null) return found;
    return template ? "example" : "default";
  }
}
