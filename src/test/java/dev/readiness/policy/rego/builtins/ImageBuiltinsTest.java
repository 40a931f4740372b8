package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageBuiltinsTest {
  private static final String DIGEST = "sha256:" + "a".repeat(64);

  @Test
  void bareNameHasNoRegistryTagOrDigest() throws Exception {
    eq("{\"digest\":null,\"registry\":null,\"repository\":\"nginx\",\"tag\":null}", call("readiness.parse_image", s("nginx")));
    eq("{\"digest\":null,\"registry\":null,\"repository\":\"library/nginx\",\"tag\":\"1.25\"}",
        call("readiness.parse_image", s("library/nginx:1.25")));
  }

  @Test
  void registryIsRecognisedByDotPortOrLocalhost() throws Exception {
    eq("{\"digest\":null,\"registry\":\"ghcr.io\",\"repository\":\"org/app\",\"tag\":\"v1\"}",
        call("readiness.parse_image", s("ghcr.io/org/app:v1")));
    eq("{\"digest\":null,\"registry\":\"localhost:5000\",\"repository\":\"app\",\"tag\":null}",
        call("readiness.parse_image", s("localhost:5000/app")));
    eq("{\"digest\":\"" + DIGEST + "\",\"registry\":\"registry.example.com:443\",\"repository\":\"team/app\",\"tag\":\"2.0\"}",
        call("readiness.parse_image", s("registry.example.com:443/team/app:2.0@" + DIGEST)));
    eq("{\"digest\":\"" + DIGEST + "\",\"registry\":null,\"repository\":\"alpine\",\"tag\":null}",
        call("readiness.parse_image", s("alpine@" + DIGEST)));
  }

  @Test
  void invalidReferencesAreBuiltinErrors() {
    fails("eval_builtin_error", "readiness.parse_image: invalid image reference", "readiness.parse_image", s("Nginx"));
    fails("eval_builtin_error", "invalid image reference", "readiness.parse_image", s("${IMAGE}"));
    fails("eval_builtin_error", "invalid image reference", "readiness.parse_image", s("app@sha256:abc"));
    fails("eval_builtin_error", "invalid image reference", "readiness.parse_image", s(""));
  }

  @Test
  void onlyTheProjectRegistryHasCustomBuiltins() {
    assertTrue(ProjectBuiltins.registry().get("readiness.parse_image").isPresent());
    assertFalse(BuiltinRegistry.standard().get("readiness.parse_image").isPresent());
  }
}
