package dev.readiness.scan.runtime;

import dev.readiness.scan.compose.ComposeFacts;
import java.util.List;

/** Reduces the compose scanner's facts to the declarations drift compares against. */
final class ComposeDeclarations {
  private ComposeDeclarations() {}

  /** One entry per service of each project's primary configuration; empty until compose facts are available. */
  static List<DeclaredService> from(ComposeFacts compose) {
    return List.of();
  }
}
