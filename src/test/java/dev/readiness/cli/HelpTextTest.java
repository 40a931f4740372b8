package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top-level help Entry prints without picocli is exactly what picocli renders (regenerate with `readiness help`). */
class HelpTextTest {
  @Test
  void keptHelpIsPicocliUsage() throws IOException {
    String picocli = Main.newCommandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
    try (InputStream in = Entry.class.getResourceAsStream("help.txt")) {
      String kept = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(picocli, kept, "src/main/resources/dev/readiness/cli/help.txt is stale: "
          + "java -cp target/readiness.jar dev.readiness.cli.Main help > src/main/resources/dev/readiness/cli/help.txt");
    }
  }

  @Test
  void lazyCommandLineListsTheSameCommands() {
    assertEquals(Main.newCommandLine().getUsageMessage(CommandLine.Help.Ansi.OFF),
        Main.newCommandLine(new String[] {"help"}).getUsageMessage(CommandLine.Help.Ansi.OFF));
  }
}
