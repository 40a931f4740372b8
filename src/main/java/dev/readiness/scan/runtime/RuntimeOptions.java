package dev.readiness.scan.runtime;

import java.util.Locale;

/**
 * How to reach a Docker engine.
 *
 * @param mode auto (use it when it answers), on (fail clearly when none answers) or off
 * @param dockerHost explicit engine URI (--docker-host), or null for DOCKER_HOST / the default socket
 */
public record RuntimeOptions(String mode, String dockerHost) {
  public static final String AUTO = "auto";
  public static final String ON = "on";
  public static final String OFF = "off";

  public RuntimeOptions {
    mode = mode == null ? AUTO : mode.trim().toLowerCase(Locale.ROOT);
    if (!mode.equals(AUTO) && !mode.equals(ON) && !mode.equals(OFF)) {
      throw new IllegalArgumentException("--docker must be auto, on or off, not '" + mode + "'");
    }
    dockerHost = dockerHost == null || dockerHost.isBlank() ? null : dockerHost.trim();
  }

  public static RuntimeOptions off() { return new RuntimeOptions(OFF, null); }

  public static RuntimeOptions auto() { return new RuntimeOptions(AUTO, null); }
}
