package dev.readiness.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.check.InvalidPolicyException;
import dev.readiness.check.ModuleHeader;
import dev.readiness.check.PolicyModule;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * A user policy module through what {@code --policy DIR} runs on it: the Rego lexer and parser, then the
 * compiler ({@link RegoPolicyEngine.Builder#build()}), then, for a module that compiles, the check
 * loader's header reader ({@link ModuleHeader#read}). The documented contract: a {@link PolicyException}
 * with a rego_*_error code or an {@link InvalidPolicyException}, both of which the check runner turns
 * into an "invalid policy" usage error. Anything else (NPE, StackOverflowError, index errors, a hang) is
 * a bug. Seeds: RegoModuleFuzzTestInputs/module/.
 */
class RegoModuleFuzzTest {
  private static final BuiltinRegistry BUILTINS = BuiltinRegistry.standard();

  @Timeout(value = FuzzBudget.INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
  void module(byte[] bytes) {
    String source = utf8(bytes);
    if (source == null) return; // policy files are read as strict UTF-8: the loader rejects these bytes before parsing
    try (RegoPolicyEngine engine = RegoPolicyEngine.builder().builtins(BUILTINS).module("fuzz.rego", source).build()) {
      assertNotNull(engine.packages());
    } catch (PolicyException e) {
      assertTrue(e.code() != null && e.code().startsWith("rego_") && e.code().endsWith("_error"), () -> "unexpected code: " + e.code());
      assertNotNull(e.getMessage());
      return;
    }
    try {
      assertNotNull(ModuleHeader.read(new PolicyModule("fuzz.rego", source)).packagePath());
    } catch (InvalidPolicyException e) {
      assertNotNull(e.getMessage());
    }
  }

  /** Strict UTF-8, as {@code Files.readString} reads a policy file; null when malformed. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
