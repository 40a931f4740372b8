package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.fix.remediation.ComposeServicePatch;
import dev.readiness.fix.remediation.DockerfileNonRootUser;
import dev.readiness.fix.remediation.WorkflowPermissions;
import dev.readiness.fix.stack.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format-preserving patchers on files with comments, CRLF line endings and unusual indentation. */
class PatchersTest {
  @TempDir Path root;

  private Workspace ws() throws Exception {
    return new Workspace(new PathGuard(root), false);
  }

  private static FixContext ctx() {
    return new FixContext(new Templates(), new SecureRandom());
  }

  @Test
  void yamlAppendKeepsCrlfCommentsAndFourSpaceIndent() throws Exception {
    String text = "# prod\r\nservices:\r\n    web:\r\n        image: nginx:1.27   # pinned\r\n\r\n    db:\r\n        image: postgres:16\r\n";
    String out = YamlTextEditor.of("c.yml", text).append(List.of("services", "web"), "restart: unless-stopped\nlogging:\n  driver: json-file\n");
    assertEquals("# prod\r\nservices:\r\n    web:\r\n        image: nginx:1.27   # pinned\r\n        restart: unless-stopped\r\n"
        + "        logging:\r\n            driver: json-file\r\n\r\n    db:\r\n        image: postgres:16\r\n", out);
  }

  @Test
  void yamlAppendCreatesMissingMappingsAndRefusesFlowStyle() throws Exception {
    String text = "services:\n  web: {image: nginx}\n";
    assertThrows(YamlTextEditor.EditException.class, () -> YamlTextEditor.of("c.yml", text).append(List.of("services", "web"), "restart: always\n"));
    String out = YamlTextEditor.of("c.yml", text).append(List.of("services", "api", "deploy"), "replicas: 2\n");
    assertEquals("services:\n  web: {image: nginx}\n  api:\n    deploy:\n      replicas: 2\n", out);
    assertEquals("services:\n  x:\n    a: 1\n", YamlTextEditor.of("c.yml", "services:\n").append(List.of("services", "x"), "a: 1\n"));
  }

  @Test
  void composePatchOnAStandaloneProductionFileRemovesDatastorePortsAndRewritesDependsOn() throws Exception {
    String prod = "# production stack\r\nservices:\r\n    api:\r\n        image: app:1.0\r\n        depends_on:\r\n            - db\r\n    db:\r\n"
        + "        image: postgres:16\r\n        ports:\r\n            - \"5432:5432\"   # remove me\r\n        healthcheck:\r\n"
        + "            test: [\"CMD\", \"pg_isready\"]\r\n";
    Files.writeString(root.resolve("docker-compose.prod.yml"), prod);
    Stack.Service api = new Stack.Service("api", "docker-compose.prod.yml", 3, "app", null, "app:1.0", null, null, List.of(), false,
        "always", true, true, List.of(new Stack.Dependency("db", "service_started")), List.of("db"), true, 8000, null, List.of(), List.of());
    Stack.Service db = new Stack.Service("db", "docker-compose.prod.yml", 7, "datastore", "postgres", "postgres:16", null, null,
        List.of(new Stack.Port("5432", "5432", null, 10)), true, "always", true, true, List.of(), List.of(), false, null, null, List.of(), List.of());
    Stack stack = new Stack("x", List.of(), List.of(api, db), new Stack.ComposeLayout(".", List.of(), "docker-compose.prod.yml", false, null),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    Workspace ws = ws();
    FixContext ctx = ctx();
    new ComposeServicePatch(ComposeServicePatch.Aspect.DATASTORE_PORTS).plan("security.network.exposed-datastores", stack, ws, ctx);
    new ComposeServicePatch(ComposeServicePatch.Aspect.HEALTHY_DEPENDS_ON).plan("infra.compose.healthy-startup", stack, ws, ctx);
    assertEquals("# production stack\r\nservices:\r\n    api:\r\n        image: app:1.0\r\n        depends_on:\r\n            db:\r\n"
        + "                condition: service_healthy\r\n    db:\r\n        image: postgres:16\r\n        healthcheck:\r\n"
        + "            test: [\"CMD\", \"pg_isready\"]\r\n", ws.read("docker-compose.prod.yml").orElseThrow());
    assertTrue(ctx.notes().isEmpty(), ctx.notes().toString());
  }

  @Test
  void nonRootUserByBaseImageFamilyBeforeCmdAndItsComment() throws Exception {
    Files.writeString(root.resolve("Dockerfile"), "FROM node:20 AS build\r\nRUN npm ci\r\n\r\nFROM alpine:3.20\r\nCOPY --from=build /app /app\r\n# start\r\nCMD [\"/app/run\"]\r\n");
    Files.writeString(root.resolve("Dockerfile.go"), "FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT [\"/app\"]\n");
    Files.writeString(root.resolve("Dockerfile.web"), "FROM nginx:1.27\nCOPY dist /usr/share/nginx/html\n");
    Stack stack = new Stack("x", List.of(), List.of(), new Stack.ComposeLayout(".", List.of(), null, true, null),
        List.of(new Stack.DockerfileInfo("Dockerfile", ".", 4, "alpine:3.20", null, 7, null, false, List.of()),
            new Stack.DockerfileInfo("Dockerfile.go", ".", 1, "gcr.io/distroless/static-debian12", null, null, 3, false, List.of()),
            new Stack.DockerfileInfo("Dockerfile.web", ".", 1, "nginx:1.27", null, null, null, false, List.of())),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    Workspace ws = ws();
    FixContext ctx = ctx();
    new DockerfileNonRootUser().plan("security.container.non-root", stack, ws, ctx);
    assertEquals("FROM node:20 AS build\r\nRUN npm ci\r\n\r\nFROM alpine:3.20\r\nCOPY --from=build /app /app\r\n"
        + "# Run as an unprivileged user (added by readiness fix, security.container.non-root)\r\n"
        + "RUN addgroup -S app && adduser -S -G app -H -s /sbin/nologin app\r\nUSER app\r\n# start\r\nCMD [\"/app/run\"]\r\n",
        ws.read("Dockerfile").orElseThrow());
    assertTrue(ws.read("Dockerfile.go").orElseThrow().contains("USER nonroot:nonroot\nENTRYPOINT"));
    assertEquals("FROM nginx:1.27\nCOPY dist /usr/share/nginx/html\n", ws.read("Dockerfile.web").orElseThrow());
    assertTrue(ctx.notes().get(0).message().contains("nginx-unprivileged"));
    Workspace again = new Workspace(new PathGuard(root), false);
    Files.writeString(root.resolve("Dockerfile"), ws.read("Dockerfile").orElseThrow());
    new DockerfileNonRootUser().plan("security.container.non-root", stack, again, ctx());
    assertTrue(again.changes().changes().stream().noneMatch(c -> c.path().equals("Dockerfile")), "idempotent");
  }

  @Test
  void workflowPermissionsFollowIntentsAndKeepTheFileRhythm() throws Exception {
    Files.createDirectories(root.resolve(".github/workflows"));
    Files.writeString(root.resolve(".github/workflows/release.yml"), "name: Release\non:\n  push:\n    tags: ['v*']\n\n# build and push\njobs:\n    push:\n        runs-on: ubuntu-latest\n");
    Stack stack = new Stack("x", List.of(), List.of(), new Stack.ComposeLayout(".", List.of(), null, true, null), List.of(), List.of(), List.of(),
        List.of(new Stack.Workflow(".github/workflows/release.yml", "github", false, false, List.of("push-image", "release"))),
        List.of(), List.of(), List.of());
    Workspace ws = ws();
    new WorkflowPermissions().plan("security.ci.permissions", stack, ws, ctx());
    assertEquals("name: Release\non:\n  push:\n    tags: ['v*']\n\npermissions:\n  contents: write\n  packages: write\n\n# build and push\njobs:\n    push:\n        runs-on: ubuntu-latest\n",
        ws.read(".github/workflows/release.yml").orElseThrow());
  }

  @Test
  void nginxRateLimitGoesIntoHttpAndEveryLocationWithTheFileIndent() throws Exception {
    Files.createDirectories(root.resolve("nginx"));
    Files.writeString(root.resolve("nginx/nginx.conf"), "events {}\nhttp {\n  upstream api { server api:8000; }\n  server {\n    listen 80;\n"
        + "    location /api/ {\n      proxy_pass http://api;\n    }\n    # static\n    location / {\n      root /srv;\n    }\n  }\n}\n");
    Stack stack = new Stack("x", List.of(), List.of(), new Stack.ComposeLayout(".", List.of(), null, true, null), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(new Stack.Proxy("nginx/nginx.conf", "nginx", false, false, List.of("api:8000"))));
    Workspace ws = ws();
    new dev.readiness.fix.remediation.ProxySnippets(dev.readiness.fix.remediation.ProxySnippets.Kind.RATE_LIMIT).plan("security.network.waf", stack, ws, ctx());
    assertEquals("events {}\nhttp {\n  # Per-client request rate limit (added by readiness fix, security.network.waf)\n"
        + "  limit_req_zone $binary_remote_addr zone=per_ip:10m rate=10r/s;\n  limit_req_status 429;\n  upstream api { server api:8000; }\n  server {\n    listen 80;\n"
        + "    location /api/ {\n      limit_req zone=per_ip burst=20 nodelay;\n      proxy_pass http://api;\n    }\n    # static\n    location / {\n"
        + "      limit_req zone=per_ip burst=20 nodelay;\n      root /srv;\n    }\n  }\n}\n", ws.read("nginx/nginx.conf").orElseThrow());
    assertEquals(1, ws.changes().changes().size(), "no separate snippet when the config itself is patched");
  }
}
