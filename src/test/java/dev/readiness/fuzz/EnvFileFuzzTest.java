package dev.readiness.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.scan.env.EnvScanner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** Env files through the env scanner (DotEnv, the parser compose also reads .env with). Seeds: EnvFileFuzzTestInputs/envFile/. */
class EnvFileFuzzTest {
  @Timeout(value = FuzzBudget.INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
  void envFile(byte[] bytes) {
    ScannerContract.decode(bytes).ifPresent(text -> ScannerContract.scanOneFile(new EnvScanner(), ".env.production", text));
  }
}
