package dev.readiness.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A generated monorepo in a temporary directory around the {@link ComposeServices} project:
 * compose.yaml plus compose.override.yaml, a Dockerfile per built service (two thirds multi-stage),
 * .env and .env.example, a CI workflow, an nginx config and the usual docs and ignore files.
 */
final class GeneratedRepo implements AutoCloseable {
  private final Path root;

  private GeneratedRepo(Path root) {
    this.root = root;
  }

  /** Writes the repository for {@code services} compose services. */
  static GeneratedRepo create(int services) {
    try {
      GeneratedRepo repo = new GeneratedRepo(Files.createTempDirectory("readiness-bench-"));
      repo.write(services);
      return repo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path root() { return root; }

  private void write(int services) throws IOException {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    Yaml yaml = new Yaml(options);
    file("compose.yaml", yaml.dump(ComposeServices.base(services)));
    file("compose.override.yaml", yaml.dump(ComposeServices.override(services)));
    for (int i = 0; i < services; i++) {
      if (!ComposeServices.built(i)) continue;
      String name = ComposeServices.name(i);
      file("services/" + name + "/Dockerfile", i % 3 == 0 ? Dockerfiles.singleStage(name) : Dockerfiles.multiStage());
      file("services/" + name + "/package.json", "{\"name\": \"" + name + "\", \"version\": \"1.0.0\","
          + " \"scripts\": {\"build\": \"tsc\", \"test\": \"vitest run\", \"dev\": \"tsx watch src/server.ts\"}}\n");
      file("services/" + name + "/src/server.ts", "import { createServer } from './app';\n"
          + "createServer().listen(Number(process.env.PORT ?? 8080));\n");
      file("config/" + name + ".yml", "service: " + name + "\nlog_level: info\n");
    }
    file(".env", "POSTGRES_PASSWORD=s3cr3t-local-only\nRABBITMQ_PASSWORD=guest-local\nJWT_SECRET=dev-jwt-secret\n");
    file(".env.example", "POSTGRES_PASSWORD=\nRABBITMQ_PASSWORD=\nJWT_SECRET=\n");
    file(".gitignore", "node_modules/\ndist/\n.env\n");
    file(".dockerignore", "node_modules\n.git\n.env\n");
    file("deploy/nginx/nginx.conf", "events {}\nhttp {\n  server {\n    listen 80;\n    location / { proxy_pass http://frontend-003:3000; }\n  }\n}\n");
    file("README.md", "# shop\n\n## Running\n\n`docker compose up -d`\n\n## Deployment\n\nSee docs/deploy.md.\n");
    file("docs/deploy.md", "# Deploying\n\n`docker compose -f compose.yaml up -d --wait` on the host.\n");
    file(".github/workflows/ci.yml", String.join("\n",
        "name: ci",
        "on:",
        "  push:",
        "    branches: [main]",
        "  pull_request:",
        "jobs:",
        "  test:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-node@v4",
        "        with:",
        "          node-version: 20",
        "      - run: npm ci",
        "      - run: npm test",
        "  image:",
        "    needs: test",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: docker/build-push-action@v5",
        "        with:",
        "          push: true",
        "          tags: registry.example.com/shop/api:${{ github.sha }}",
        ""));
  }

  private void file(String path, String content) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  /** Deletes the directory. */
  @Override
  public void close() {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
