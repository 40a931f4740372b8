package dev.readiness.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.scan.workflow.WorkflowScanner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * GitHub Actions workflows through the workflow scanner (YamlLoader, GithubActionsReader, step and
 * intent extraction). Seeds: GithubWorkflowFuzzTestInputs/workflow/.
 */
class GithubWorkflowFuzzTest {
  @Timeout(value = FuzzBudget.INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
  void workflow(byte[] bytes) {
    ScannerContract.decode(bytes).ifPresent(text -> ScannerContract.scanOneFile(new WorkflowScanner(), ".github/workflows/ci.yml", text));
  }
}
