package dev.readiness.scan.repo;

import dev.readiness.scan.compose.ComposeFacts;
import java.util.List;

/**
 * The few compose facts the repo scanner needs (services with build contexts, images and commands; whether
 * secrets are declared), adapted from the compose scanner's facts in one place so the rest of the repo
 * scanner does not depend on their full shape.
 */
record ComposeView(List<Service> services, List<String> secretFiles) {

  /** A compose service as the repo scanner sees it. */
  record Service(String name, String file, int line, String image, String buildContext, String dockerfile,
      boolean dockerfileExists, String command, List<String> secrets) {}

  static ComposeView empty() {
    return new ComposeView(List.of(), List.of());
  }

  // The compose facts on this branch are still the placeholder record; the adapter fills in once they land.
  static ComposeView of(ComposeFacts facts) {
    return empty();
  }
}
