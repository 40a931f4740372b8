package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a committed secret, a placeholder and a secret store, on shapes taken from real repositories. */
class SecretsReaderTest {
  @TempDir Path dir;
  private int fixtures;

  private RepoFacts scan(Map<String, String> files) {
    return RepoFixture.scan(dir.resolve("f" + fixtures++), files);
  }

  private RepoFacts scan(Map<String, String> files, ComposeView compose) {
    return RepoFixture.scan(dir.resolve("f" + fixtures++), files, compose);
  }

  private static List<String> committed(RepoFacts r) {
    return r.committedSecrets().stream().map(s -> s.file() + ":" + s.line() + ":" + s.kind()).sorted().toList();
  }

  private static List<String> placeholders(RepoFacts r) {
    return r.placeholderSecrets().stream().map(s -> s.file() + ":" + s.line() + ":" + s.key() + ":" + s.source() + ":" + s.context()).sorted().toList();
  }

  @Test
  void digestsCommitIdsTranslationsAndVariableNamesAreNotSecrets() {
    String locale = "{\n  \"password\": \"Contrasenya\",\n  \"pin\": \"Anpinnen\"\n}\n";
    RepoFacts r = scan(Map.ofEntries(
        Map.entry("image/base/install-jpegli", "#!/bin/bash\nJPEGLI_COMMIT=\"031a0077f5799a6041004267fc12b956c1f52a20\"\n"
            + "JPEGLI_HASH=\"269b3a75d6b2da2351f7fb2d642043f60f9b6d1bd5839f20c0d7c569be073367\"\n"),
        Map.entry(".pre-commit-config.yaml", "repos:\n  - repo: https://github.com/x/y\n    rev: 3f5a9c2e8b7d4f1a6e0c9b8a7d6e5f4a3b2c1d0e\n"),
        Map.entry("web/src/locales/en.json", "{\n  \"password\": \"Password\",\n  \"pin\": \"Pin it\"\n}\n"),
        Map.entry("web/src/locales/ca.json", locale),
        Map.entry("web/src/locales/de.json", locale),
        Map.entry("crowdin.yml", "project_id_env: CROWDIN_PROJECT_ID\napi_token_env: CROWDIN_PERSONAL_TOKEN\n"),
        Map.entry("k8s/deploy.yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: db-password\n"),
        Map.entry(".github/workflows/maint.yml", "on: push\njobs:\n  a:\n    steps:\n      - run: echo\n        env:\n          supportCategory: \"DIC_kwDOG1Zs184CBKWK\"\n"),
        Map.entry("jigasi/Dockerfile", "FROM x\nENV GOOGLE_APPLICATION_CREDENTIALS=/run/jigasi/config/key.json\n"),
        Map.entry("pyproject.toml", "[tool.pytest_env]\nPAPERLESS_SECRET_KEY = \"Zr8kq2LmP0vxT9\"\nPAPERLESS_TOKEN_THROTTLE_RATE = \"1000/min\"\n"),
        Map.entry("scripts/entrypoint_test.sh", "export MEMOS_DSN=\"Zr8kq2LmP0vxT9\"\n"),
        Map.entry("config/app.yml", "# password: Zr8kq2LmP0vxT9\n")));
    assertEquals(List.of(), committed(r));
    assertEquals(List.of(), placeholders(r));
    assertEquals("translation", r.fileContexts().get("web/src/locales/en.json"));
    assertEquals("test", r.fileContexts().get("scripts/entrypoint_test.sh"));
  }

  @Test
  void chosenLiteralsInProductionConfigAreCommittedAndNeverKept() {
    RepoFacts r = scan(Map.of(
        "windows/docker/database/Dockerfile", "FROM mssql\nENV sa_password g0rd0n1!\n",
        "config/application.yml", "spring:\n  datasource:\n    password: Xk29!ppQmz71\n",
        "deploy/db_password.txt", "Qz8!mP2vLx9k\n",
        "deploy/.npmrc", "//registry.npmjs.org/:_authToken=Zr8kq2LmP0vxT9abcd\n"));
    assertEquals(List.of("config/application.yml:3:password-assignment", "deploy/.npmrc:1:registry-credential",
        "deploy/db_password.txt:1:password-file", "windows/docker/database/Dockerfile:2:password-assignment"), committed(r));
    assertFalse(r.toString().contains("g0rd0n1"));
    assertFalse(r.toString().contains("Xk29!ppQmz71"));
    assertTrue(r.credentialFiles().contains(new RepoFacts.CredentialFile("deploy/.npmrc", true)));
  }

  @Test
  void standInsAreJudgedAsPlaceholdersNotSecrets() {
    RepoFacts r = scan(Map.of(
        "samples/web_only.yml", "env:\n  DISCOURSE_DB_PASSWORD: SOME_SECRET\n  DISCOURSE_SMTP_PASSWORD: \"pa$$word\"\n",
        "contrib/ansible/group_vars/vars.yml", "miniflux_db_user_password: miniflux_db_user_password\n",
        "app/src/main/resources/application.yml", "spring:\n  datasource:\n    password: gordonpass\n",
        "package.json", "{\n  \"private\": true,\n  \"dependencies\": {\"next-auth\": \"4.0.0\"}\n}\n",
        "jigasi/defaults/sip.properties", "org.jitsi.jigasi.xmpp.acc.ANONYMOUS_AUTH=true\n"));
    assertEquals(List.of(), committed(r));
    assertEquals(List.of("app/src/main/resources/application.yml:3:password:config:production",
        "samples/web_only.yml:2:DISCOURSE_DB_PASSWORD:config:sample", "samples/web_only.yml:3:DISCOURSE_SMTP_PASSWORD:config:sample"),
        placeholders(r));
  }

  @Test
  void settingsFallbacksAndFrameworkKeys() {
    RepoFacts r = scan(Map.of(
        "src/config/settings.py", "import os\nSECRET_KEY = os.environ[\"SECRET_KEY\"]\n"
            + "PASSWORD = os.getenv(\"POSTGRES_PASSWORD\", \"password\")\n"
            + "API_TOKEN = os.getenv(\"API_TOKEN\", \"Zr8kq2LmP0vxT9\")\n"
            + "LDAP_EMAIL_KEY = os.environ.get(\"REDASH_LDAP_EMAIL_KEY\", \"mail\")\n",
        "hc/settings.py", "SECRET_KEY = envsecret(\"SECRET_KEY\", \"---\")\n",
        "config/database.yml", "production:\n  password: \"<%= ENV.fetch('POSTGRES_PASSWORD') { 'password' } %>\"\n",
        "app/controller/LoginController.java", "class L {\n  String t = Jwts.builder().signWith(SignatureAlgorithm.HS256,\"secretkey\").compact();\n}\n",
        "hc/github/client.py", "encoded = jwt.encode(payload, settings.GITHUB_PRIVATE_KEY, algorithm=\"RS256\")\n",
        "server/auth.js", "const token = jwt.sign({ id }, 'keyboard-cat-42', { expiresIn: '1h' });\n",
        "web/src/auth-state.ts", "const TOKEN_KEY = \"memos_access_token\";\n",
        "app/config/constants.py", "SECRET_KEY = \"k8Jd92hHq0pLmZ3xWq\"\nREDIS_KEY = \"new_version_available\"\n",
        "src/documents/migrations/0001.py", "x = os.environ.get(\"PAPERLESS_SECRET_KEY\", \"Zr8kq2LmP0vxT9\")\n"));
    assertEquals(List.of("app/config/constants.py:1:password-assignment", "app/controller/LoginController.java:2:jwt-signing-key",
        "server/auth.js:1:jwt-signing-key", "src/config/settings.py:4:hard-coded-fallback"), committed(r));
    assertEquals(List.of("config/database.yml:2:POSTGRES_PASSWORD:fallback:production", "hc/settings.py:1:SECRET_KEY:fallback:production",
        "src/config/settings.py:3:POSTGRES_PASSWORD:fallback:production"), placeholders(r));
  }

  @Test
  void composeSecretFilesAreCommittedSecretsNotAStore() {
    ComposeView compose = new ComposeView(List.of(), List.of("compose.yaml"), List.of(
        new ComposeView.SecretSource("db_password", "db/password.txt", false, null, "compose.yaml", 20),
        new ComposeView.SecretSource("api_key", "secrets/api.key", false, null, "compose.yaml", 22),
        new ComposeView.SecretSource("tls", null, true, null, "compose.yaml", 24)));
    RepoFacts r = scan(Map.of("db/password.txt", "Qz8!mP2vLx9k\n", "compose.yaml", "services: {}\n"), compose);
    assertEquals(List.of("db/password.txt:1:password-file"), committed(r));
    List<String> stores = r.secretManagement().stream().map(s -> s.kind() + ":" + s.line()).toList();
    // the tracked file is no store; the missing one (made at deploy time) and the external one are
    assertEquals(List.of("compose-secrets:22", "compose-secrets:24"), stores);
  }

  @Test
  void secretStoresAndSecretFileSupportInOnePass() {
    RepoFacts r = scan(Map.of(
        "hc/settings.py", "import os\n\ndef envsecret(s):\n    if secret_path := os.getenv(s + \"_FILE\"):\n        return open(secret_path).read()\n",
        "internal/config/options.go", "package config\nvar o = map[string]string{\n  \"DATABASE_URL_FILE\": \"\",\n}\n",
        "k8s/app.yaml", "env:\n  - name: DB\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: url\n",
        "deploy/run.sh", "#!/bin/sh\nexport VAULT_ADDR=https://vault\nsops -d secrets.enc.yaml > .env\n",
        "README.md", "Use vault kv get to read it\n",
        "src/app.py", "def run():\n    return read(op)\n"));
    List<String> kinds = r.secretManagement().stream().map(s -> s.kind() + "@" + s.file() + ":" + s.line()).sorted().toList();
    assertEquals(List.of("kubernetes-secret-ref@k8s/app.yaml:4", "secret-files@hc/settings.py:4", "secret-files@internal/config/options.go:3",
        "sops@deploy/run.sh:3", "vault@deploy/run.sh:2"), kinds);
  }

  @Test
  void managementMatcherFindsEachKindOnceAtItsFirstLine() {
    String text = "a\nVAULT_ADDR=x\nvault kv get y\nkind: SealedSecret\n";
    assertEquals(List.of(new RepoFacts.Located("vault", "f", 2), new RepoFacts.Located("sealed-secrets", "f", 4)),
        SecretsReader.managementIn("f", text));
  }

  @Test
  void fileContextsFollowThePath() {
    assertEquals(FileContext.CI, FileContext.of(".ci/compose.ci.yaml"));
    assertEquals(FileContext.DEVELOPMENT, FileContext.of(".devcontainer/docker-compose.yml"));
    assertEquals(FileContext.DEVELOPMENT, FileContext.of("docker-compose.override.yml"));
    assertEquals(FileContext.SAMPLE, FileContext.of("docker/.env.example"));
    assertEquals(FileContext.SAMPLE, FileContext.of("samples/web_only.yml"));
    assertEquals(FileContext.TEST, FileContext.of("src/paperless/tests/test_checks.py"));
    assertEquals(FileContext.TRANSLATION, FileContext.of("internal/locale/translations/de_DE.json"));
    assertEquals(FileContext.PRODUCTION, FileContext.of("contrib/docker-compose/caddy.yml"));
    assertEquals(FileContext.PRODUCTION, FileContext.of("docker/compose/docker-compose.env"));
    assertEquals(FileContext.PRODUCTION, FileContext.of("charts/app/templates/deployment.yaml"));
    assertEquals(FileContext.PRODUCTION, FileContext.of("app.json"));
  }
}
