package dev.readiness.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Dockerfiles the benchmarks parse: a realistic multi-stage one and one made of long continuations. */
final class Dockerfiles {
  private Dockerfiles() {}

  /** A 64-line multi-stage Node.js Dockerfile (5 stages, cache mounts, a heredoc, HEALTHCHECK, USER). */
  static String multiStage() {
    try (InputStream in = Dockerfiles.class.getResourceAsStream("/bench/multi-stage.Dockerfile")) {
      if (in == null) throw new IllegalStateException("bench/multi-stage.Dockerfile is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A single-stage Dockerfile, the kind the multi-stage check flags. */
  static String singleStage(String service) {
    return "FROM node:20-alpine\n"
        + "WORKDIR /app\n"
        + "COPY . .\n"
        + "RUN npm install\n"
        + "LABEL com.example.service=\"" + service + "\"\n"
        + "EXPOSE 8080\n"
        + "CMD [\"node\", \"server.js\"]\n";
  }

  /**
   * About {@code lines} lines, nearly all of them continuations: one apt-get RUN installing a package
   * per line (with a comment line every 50 packages, as Docker allows inside continuations) and
   * an ENV setting one variable per line.
   */
  static String continuations(int lines) {
    int packages = lines * 3 / 4;
    int envs = lines - packages;
    StringBuilder b = new StringBuilder("FROM debian:bookworm-slim\n");
    b.append("RUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n");
    for (int i = 0; i < packages; i++) {
      if (i % 50 == 0) b.append("# group ").append(i / 50).append('\n');
      b.append("      lib-package-").append(i).append(" \\\n");
    }
    b.append(" && rm -rf /var/lib/apt/lists/*\n");
    b.append("ENV ");
    for (int i = 0; i < envs; i++) {
      b.append(i == 0 ? "" : "    ").append("SETTING_").append(i).append("=value-").append(i)
          .append(i + 1 < envs ? " \\\n" : "\n");
    }
    b.append("USER 10001\nCMD [\"/usr/local/bin/app\"]\n");
    return b.toString();
  }
}
