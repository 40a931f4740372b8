package dev.readiness.scan.env;

import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import java.util.List;

/** Placeholder: env files → keys with value kinds (owned by the foundation work). */
public final class EnvScanner implements Scanner<List<EnvFileFacts>> {
  @Override
  public List<EnvFileFacts> scan(ScanContext context) { return List.of(); }
}
