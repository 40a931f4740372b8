package dev.readiness.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.scan.compose.ComposeScanner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Compose files through the compose scanner (YamlLoader with its SnakeYAML limits, TreeLoader,
 * interpolation, merge keys, extends/include resolution, service building). Seeds:
 * ComposeFuzzTestInputs/composeFile/ (see FuzzSeeds).
 */
class ComposeFuzzTest {
  @Timeout(value = FuzzBudget.INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
  void composeFile(byte[] bytes) {
    ScannerContract.decode(bytes).ifPresent(text -> ScannerContract.scanOneFile(new ComposeScanner(), "compose.yaml", text));
  }
}
