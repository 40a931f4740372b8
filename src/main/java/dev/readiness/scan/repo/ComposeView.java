package dev.readiness.scan.repo;

import dev.readiness.scan.compose.ComposeConfig;
import dev.readiness.scan.compose.ComposeFacts;
import dev.readiness.scan.compose.ComposeProject;
import dev.readiness.scan.compose.ComposeService;
import dev.readiness.scan.compose.SecretDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few compose facts the repo scanner needs (services with build contexts, images, commands, labels;
 * where secrets are declared), adapted from the compose scanner's facts in one place so the rest of the
 * repo scanner does not depend on their full shape.
 */
record ComposeView(List<Service> services, List<String> secretFiles, List<SecretSource> secretSources) {

  ComposeView(List<Service> services, List<String> secretFiles) {
    this(services, secretFiles, List.of());
  }

  /** A top-level compose secret: managed outside compose, read from a file (repo-relative when inside), or from a variable. */
  record SecretSource(String name, String file, boolean external, String environment, String declaredIn, int line) {}

  /** A compose service as the repo scanner sees it (one entry per service and file, whatever config merged it). */
  record Service(String name, String file, int line, String image, String buildContext, String dockerfile,
      boolean dockerfileExists, String command, List<String> secrets, Map<String, String> labels) {

    Service(String name, String file, int line, String image, String buildContext, String dockerfile,
        boolean dockerfileExists, String command, List<String> secrets) {
      this(name, file, line, image, buildContext, dockerfile, dockerfileExists, command, secrets, Map.of());
    }
  }

  static ComposeView empty() {
    return new ComposeView(List.of(), List.of(), List.of());
  }

  static ComposeView of(ComposeFacts facts) {
    if (facts == null || facts.projects() == null) return empty();
    Map<String, Service> services = new LinkedHashMap<>();
    Set<String> secretFiles = new LinkedHashSet<>();
    Map<String, SecretSource> sources = new LinkedHashMap<>();
    for (ComposeProject p : facts.projects()) {
      for (ComposeConfig c : p.configs()) {
        for (SecretDecl s : c.secrets()) {
          if (s.declaredIn() != null) secretFiles.add(s.declaredIn());
          sources.putIfAbsent(s.name() + "\u0000" + s.declaredIn(),
              new SecretSource(s.name(), s.file(), s.external(), s.environment(), s.declaredIn(), s.line()));
        }
        for (ComposeService s : c.services()) {
          String context = s.build() == null || s.build().remote() ? null : normalize(s.build().context());
          services.putIfAbsent(s.name() + "\u0000" + s.file(), new Service(s.name(), s.file(), s.line(),
              s.image() == null ? null : s.image().raw(), context, s.build() == null ? null : s.build().dockerfile(),
              s.build() != null && s.build().dockerfileExists(), s.command(), s.secrets() == null ? List.of() : s.secrets(),
              s.labels() == null ? Map.of() : s.labels()));
        }
      }
    }
    return new ComposeView(new ArrayList<>(services.values()), new ArrayList<>(secretFiles), new ArrayList<>(sources.values()));
  }

  private static String normalize(String context) {
    if (context == null) return null;
    String c = context.replace('\\', '/');
    while (c.startsWith("./")) c = c.substring(2);
    while (c.length() > 1 && c.endsWith("/")) c = c.substring(0, c.length() - 1);
    return c.isEmpty() ? "." : c;
  }
}
