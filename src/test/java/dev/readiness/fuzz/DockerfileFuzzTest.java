package dev.readiness.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.scan.dockerfile.DockerfileParser;
import dev.readiness.scan.dockerfile.DockerfileScanner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Dockerfiles through the Dockerfile scanner (parser and analyzer) and through the conftest view the
 * check runner builds from the same parser. Seeds: DockerfileFuzzTestInputs/dockerfile/.
 */
class DockerfileFuzzTest {
  @Timeout(value = FuzzBudget.INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
  void dockerfile(byte[] bytes) {
    ScannerContract.decode(bytes).ifPresent(text -> {
      ScannerContract.scanOneFile(new DockerfileScanner(), "Dockerfile", text);
      assertNotNull(DockerfileParser.parse(text).conftestView());
    });
  }
}
