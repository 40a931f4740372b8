package dev.readiness.cli;

import dev.readiness.usage.UsageException;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --docker} / {@code --docker-host}, one picocli mixin for scan and inspect. */
public final class EngineOptions {
  @Option(names = "--docker", defaultValue = "auto", paramLabel = "auto|on|off",
      description = "Inspect running containers: auto uses DOCKER_HOST or the default socket when it answers, "
          + "on fails when none answers, off never asks (default: ${DEFAULT-VALUE}).")
  String docker = "auto";

  @Option(names = "--docker-host", paramLabel = "URI", description = "Container engine to ask (default: DOCKER_HOST or the local socket).")
  String dockerHost;

  /** auto, on or off; anything else is a usage error. */
  String docker() {
    if (!List.of("auto", "on", "off").contains(docker)) {
      throw new UsageException("--docker must be auto, on or off, not '" + docker + "'");
    }
    return docker;
  }

  String dockerHost() { return dockerHost; }
}
