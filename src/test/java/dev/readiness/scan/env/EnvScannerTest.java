package dev.readiness.scan.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.scan.ValueKind;
import dev.readiness.testing.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvScannerTest {
  @TempDir Path dir;

  private static String describe(EnvKey k) {
    return k.key() + "@" + k.line() + "=" + k.kind().id() + (k.secretLike() ? "!" : "");
  }

  @Test
  void parsesDotenvSyntaxAndKeepsOnlyKinds() throws Exception {
    String text = String.join("\n",
        "# database",
        "export DATABASE_URL=postgresql://app:Xk93jdLq0PzR@db:5432/app",
        "SECRET_KEY=\"your-secret-key-here\"  # change me",
        "",
        "PRIVATE_KEY=\"-----BEGIN KEY-----",
        "MIIBOgIBAAJBAKj34GkxFhD9",
        "-----END KEY-----\"",
        "DEBUG=false",
        "WORKERS = 4",
        "EMPTY=",
        "BARE",
        "QUOTED='single # not a comment'",
        "API_URL=https://api.example.org/v1 # trailing comment",
        "REDIS_PASSWORD=${REDIS_PASSWORD}",
        "not a line",
        "");
    TestRepo repo = new TestRepo(dir).file(".env.production", text);
    List<EnvFileFacts> facts = new EnvScanner().scan(repo.context());
    assertEquals(1, facts.size());
    EnvFileFacts f = facts.get(0);
    assertEquals("production", f.environment());
    assertFalse(f.template());
    assertEquals(List.of("DATABASE_URL@2=url-with-credentials", "SECRET_KEY@3=placeholder!", "PRIVATE_KEY@5=secret!", "DEBUG@8=boolean",
        "WORKERS@9=number", "EMPTY@10=empty", "BARE@11=empty", "QUOTED@12=text", "API_URL@13=url", "REDIS_PASSWORD@14=reference!"),
        f.keys().stream().map(EnvScannerTest::describe).toList());
    assertEquals(List.of("warning: not a KEY=value line; skipped"), repo.diagnosticsFor(".env.production"));
    String json = new ObjectMapper().writeValueAsString(facts);
    for (String secret : List.of("Xk93jdLq0PzR", "MIIBOgIBAAJBAKj34GkxFhD9", "your-secret-key-here", "api.example.org")) {
      assertFalse(json.contains(secret), "value leaked: " + secret);
    }
  }

  @Test
  void keepsLineNumbersWithCrlfAndReportsUnterminatedQuotes() {
    TestRepo repo = new TestRepo(dir).file(".env", "A=1\r\nB=\"two\r\nlines\"\r\nC=3\r\nD=\"never closed\r\n");
    EnvFileFacts f = new EnvScanner().scan(repo.context()).get(0);
    assertEquals(List.of("A@1=number", "B@2=text", "C@4=number", "D@5=text"), f.keys().stream().map(EnvScannerTest::describe).toList());
    assertEquals(List.of("warning: unterminated quoted value of D"), repo.diagnosticsFor(".env"));
    assertEquals("default", f.environment());
  }

  @Test
  void reportsDuplicateKeys() {
    TestRepo repo = new TestRepo(dir).file(".env", "A=1\nA=2\n");
    new EnvScanner().scan(repo.context());
    assertEquals(List.of("info: duplicate key A (first set on line 1); the last one wins"), repo.diagnosticsFor(".env"));
  }

  @Test
  void marksGitStatus() {
    TestRepo repo = new TestRepo(dir).file(".gitignore", ".env\n").file(".env", "A=1\n").file(".env.example", "A=\n");
    List<EnvFileFacts> facts = new EnvScanner().scan(repo.context());
    assertEquals(List.of(".env", ".env.example"), facts.stream().map(EnvFileFacts::file).toList());
    assertTrue(facts.get(0).gitignored());
    assertFalse(facts.get(1).gitignored());
    assertTrue(facts.get(1).template());
    assertEquals("example", facts.get(1).environment());
    assertEquals(ValueKind.EMPTY, facts.get(1).keys().get(0).kind());
  }

  @ParameterizedTest
  @CsvSource({".env,default", ".env.development,development", ".env.dev,development", ".env.development.local,development",
      ".env.local,local", ".env.test,testing", ".env.testing,testing", ".env.staging,staging", "prod.env,production",
      ".env.example,example", ".env.production.example,production", ".env.sample,example"})
  void environmentFromName(String name, String env) {
    assertEquals(env, EnvScanner.environment(name, name.contains("example") || name.contains("sample")));
  }
}
