package dev.readiness.fix.remediation;

import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The container images a stack builds: one per compose build and per Dockerfile no service builds. */
final class Images {
  private Images() {}

  /** One image to build. */
  record Image(String name, String context, String dockerfile) {}

  static List<Image> of(Stack stack, Workspace ws) {
    Map<String, Image> out = new LinkedHashMap<>();
    for (Stack.Service s : stack.services()) {
      if (s.buildContext() == null) continue;
      String df = s.dockerfile() != null ? s.dockerfile() : prefix(s.buildContext()) + "Dockerfile";
      if (!ws.exists(df)) continue;
      out.putIfAbsent(df, new Image(s.name(), s.buildContext(), df));
    }
    List<String> files = new ArrayList<>();
    for (Stack.DockerfileInfo d : stack.dockerfiles()) files.add(d.file());
    for (Stack.Component c : stack.components()) files.add(DockerfileGenerator.target(stack, c));
    for (String df : files) {
      if (out.containsKey(df) || !ws.exists(df)) continue;
      int slash = df.lastIndexOf('/');
      String context = slash < 0 ? "." : df.substring(0, slash);
      String name = ".".equals(context) ? stack.name() : context.substring(context.lastIndexOf('/') + 1);
      out.put(df, new Image(sanitize(name), context, df));
    }
    return new ArrayList<>(out.values());
  }

  /** The compose -f chain as a COMPOSE_FILE value (':'-separated, repo-relative). */
  static String composeFileVar(Stack stack) {
    return ComposeTarget.of(stack).map(t -> String.join(":", t.chain(stack))).orElse("compose.yaml");
  }

  private static String prefix(String dir) {
    return ".".equals(dir) ? "" : dir + "/";
  }

  private static String sanitize(String s) {
    String r = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    return r.isEmpty() ? "app" : r;
  }
}
