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
    // A Dockerfile no compose service builds is an image only when it is a component's own Dockerfile (its dir is
    // its context); Dockerfile.test, dev/CI images and Dockerfiles of unknown context are not production images.
    List<String> files = new ArrayList<>();
    for (Stack.Component c : stack.components()) {
      if ("library".equals(c.kind())) continue;
      if (c.dockerfile() != null) files.add(c.dockerfile());
      files.add(DockerfileGenerator.target(stack, c));
    }
    // A context compose already builds has its production Dockerfile named there (build.dockerfile): another
    // Dockerfile in that directory is a dev/test image, not a second production image.
    java.util.Set<String> builtContexts = new java.util.HashSet<>();
    for (Image i : out.values()) builtContexts.add(normalize(i.context()));
    for (String df : files) {
      String base = df.substring(df.lastIndexOf('/') + 1);
      if (!base.equals("Dockerfile") || df.matches("(?i).*(^|/)(test|tests|e2e|ci|dev|docs?|examples?)/.*")) continue;
      if (out.containsKey(df) || !ws.exists(df)) continue;
      int slash = df.lastIndexOf('/');
      String context = slash < 0 ? "." : df.substring(0, slash);
      if (builtContexts.contains(normalize(context))) continue;
      String name = ".".equals(context) ? stack.name() : context.substring(context.lastIndexOf('/') + 1);
      out.put(df, new Image(sanitize(name), context, df));
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The production compose -f chain as a COMPOSE_FILE value (':'-separated, repo-relative): only files
   * that exist or this plan creates (so {@code --only} never writes a reference to a file it does not
   * create), and never a development layer.
   */
  static String composeFileVar(Stack stack, Workspace ws) {
    return ComposeTarget.of(stack).map(t -> String.join(":", t.chain(stack).stream().filter(ws::exists).toList()))
        .filter(v -> !v.isEmpty()).orElse("compose.yaml");
  }

  private static String prefix(String dir) {
    return ".".equals(dir) ? "" : dir + "/";
  }

  /** A repo-relative directory in one spelling: no leading "./", no trailing "/", "." for the root. */
  private static String normalize(String dir) {
    String d = dir == null ? "." : dir.strip();
    while (d.startsWith("./")) d = d.substring(2);
    while (d.endsWith("/") && d.length() > 1) d = d.substring(0, d.length() - 1);
    return d.isEmpty() ? "." : d;
  }

  private static String sanitize(String s) {
    String r = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    return r.isEmpty() ? "app" : r;
  }
}
