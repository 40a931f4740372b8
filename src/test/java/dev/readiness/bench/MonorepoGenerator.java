package dev.readiness.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic monorepo of a given file count for the scale benchmark: about 10% Dockerfiles,
 * 3% compose files, 3% workflows, 4% env files, the rest sources and docs, spread over app
 * directories that look like the fixtures (Python, Node, Java, Go services with datastores).
 * Deterministic for a given size and seed.
 *
 * <p>Usage: {@code java -cp target/test-classes dev.readiness.bench.MonorepoGenerator DIR FILES [SEED]}
 */
public final class MonorepoGenerator {
  private static final String[] STACKS = {"python", "node", "java", "go"};
  private static final String[] DATASTORES = {"postgres:16.3", "redis:7.2", "mysql:8.4", "mongo:7.0"};

  private final Random random;
  private final Path root;
  private int written;

  private MonorepoGenerator(Path root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: MonorepoGenerator DIR FILES [SEED]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int files = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    int n = new MonorepoGenerator(dir, seed).generate(files);
    System.out.println("wrote " + n + " files under " + dir);
  }

  /** Generates about {@code files} files and returns how many were written. */
  int generate(int files) throws IOException {
    int dockerfiles = files / 10;
    int composes = Math.max(1, files * 3 / 100);
    int workflows = Math.max(1, files * 3 / 100);
    int envs = Math.max(1, files * 4 / 100);
    int apps = dockerfiles;
    for (int i = 0; i < apps; i++) {
      String stack = STACKS[i % STACKS.length];
      writeApp("services/svc-" + i, stack, i);
    }
    for (int i = 0; i < composes; i++) {
      writeCompose("stacks/stack-" + i, i, apps);
    }
    for (int i = 0; i < workflows; i++) {
      writeWorkflow(".github/workflows/wf-" + i + ".yml", i, apps);
    }
    for (int i = 0; i < envs; i++) {
      String env = new String[] {"development", "production", "testing", "example"}[i % 4];
      write("stacks/stack-" + (i % composes) + "/.env." + env + (i >= 4 * composes ? "." + i : ""), envFile(i));
    }
    write("README.md", "# Synthetic monorepo\n\n## Running\n\n```bash\ndocker compose up -d\n```\n");
    int i = 0;
    while (written < files) {
      int app = i % Math.max(1, apps);
      String stack = STACKS[app % STACKS.length];
      if (i % 5 == 4) {
        write("docs/notes/note-" + i + ".md", "# Note " + i + "\n\nSome text about service " + app + ".\n");
      } else {
        write("services/svc-" + app + "/src/gen/file" + i + ext(stack), source(stack, i));
      }
      i++;
    }
    return written;
  }

  private void writeApp(String dir, String stack, int i) throws IOException {
    switch (stack) {
      case "python" -> {
        write(dir + "/requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\nprometheus-client==0.20.0\n");
        write(dir + "/Dockerfile", "ARG PY=3.12\nFROM python:${PY}-slim AS build\nWORKDIR /app\nCOPY requirements.txt .\n"
            + "RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nFROM python:${PY}-slim\nWORKDIR /app\n"
            + "COPY --from=build /app /app\n" + (i % 3 == 0 ? "" : "USER 10001\n")
            + "HEALTHCHECK CMD python -c \"import urllib.request;urllib.request.urlopen('http://localhost:8000/health')\"\n"
            + "CMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\"]\n");
      }
      case "node" -> {
        write(dir + "/package.json", "{\"name\":\"svc-" + i + "\",\"scripts\":{\"start\":\"node server.js\",\"test\":\"node --test\"},"
            + "\"dependencies\":{\"express\":\"^4.19.0\",\"prom-client\":\"^15.1.0\"}}\n");
        write(dir + "/Dockerfile", "FROM node:20-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n"
            + "FROM node:20-alpine\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\n"
            + (i % 4 == 0 ? "" : "USER node\n") + "EXPOSE 3000\nCMD [\"node\", \"server.js\"]\n");
      }
      case "java" -> {
        write(dir + "/pom.xml", "<project><modelVersion>4.0.0</modelVersion><groupId>x</groupId><artifactId>svc" + i
            + "</artifactId><version>1</version><dependencies><dependency><groupId>org.springframework.boot</groupId>"
            + "<artifactId>spring-boot-starter-actuator</artifactId></dependency></dependencies></project>\n");
        write(dir + "/Dockerfile", "FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /src\nCOPY . .\nRUN mvn -q package -DskipTests\n"
            + "FROM eclipse-temurin:21-jre\nCOPY --from=build /src/target/app.jar /app.jar\nUSER 1000\n"
            + "ENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n");
      }
      default -> {
        write(dir + "/go.mod", "module example.com/svc" + i + "\n\ngo 1.22\n");
        write(dir + "/Dockerfile", "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n"
            + "FROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT [\"/app\"]\n");
      }
    }
  }

  private void writeCompose(String dir, int i, int apps) throws IOException {
    StringBuilder sb = new StringBuilder("services:\n");
    int services = 3 + random.nextInt(4);
    for (int s = 0; s < services; s++) {
      int app = (i * 7 + s) % Math.max(1, apps);
      sb.append("  app").append(s).append(":\n")
          .append("    build: ../../services/svc-").append(app).append('\n')
          .append("    environment:\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n")
          .append("    depends_on:\n      db:\n        condition: service_healthy\n")
          .append(s % 2 == 0 ? "    restart: unless-stopped\n" : "")
          .append("    ports:\n      - \"").append(8000 + s).append(":8000\"\n");
    }
    String ds = DATASTORES[i % DATASTORES.length];
    sb.append("  db:\n    image: ").append(ds).append("\n    volumes:\n      - data:/var/lib/data\n")
        .append("    healthcheck:\n      test: [\"CMD\", \"true\"]\n      interval: 10s\nvolumes:\n  data: {}\n");
    write(dir + "/" + (i % 3 == 0 ? "compose.yaml" : "docker-compose.yml"), sb.toString());
  }

  private void writeWorkflow(String path, int i, int apps) throws IOException {
    int app = i % Math.max(1, apps);
    String kind = new String[] {"test", "build", "deploy"}[i % 3];
    StringBuilder sb = new StringBuilder("name: " + kind + " " + i + "\non:\n  push:\n    branches: [main]\n");
    if (i % 2 == 0) sb.append("permissions:\n  contents: read\n");
    sb.append("jobs:\n  ").append(kind).append(":\n    runs-on: ubuntu-latest\n");
    if (kind.equals("deploy")) sb.append("    environment: production\n");
    sb.append("    steps:\n      - uses: actions/checkout@v4\n");
    switch (kind) {
      case "test" -> sb.append("      - run: cd services/svc-").append(app).append(" && make test\n");
      case "build" -> sb.append("      - uses: docker/build-push-action@v6\n        with:\n          context: services/svc-")
          .append(app).append("\n          push: true\n");
      default -> sb.append("      - run: docker compose -f stacks/stack-0/docker-compose.yml up -d --wait\n");
    }
    write(path, sb.toString());
  }

  private String envFile(int i) {
    return "# env " + i + "\nDB_PASSWORD=changeme\nLOG_LEVEL=info\nPORT=8000\nAPI_URL=https://api.example.com\nFEATURE_X=true\n";
  }

  private static String ext(String stack) {
    switch (stack) {
      case "python": return ".py";
      case "node": return ".js";
      case "java": return ".java";
      default: return ".go";
    }
  }

  private String source(String stack, int i) {
    switch (stack) {
      case "python":
        return "import logging\n\nlogger = logging.getLogger(__name__)\n\n\ndef handler_" + i + "(x):\n    return x + " + i + "\n";
      case "node":
        return "'use strict';\nmodule.exports = function handler" + i + "(x) {\n  return x + " + i + ";\n};\n";
      case "java":
        return "package gen;\n\nclass File" + i + " {\n  int handler(int x) {\n    return x + " + i + ";\n  }\n}\n";
      default:
        return "package gen\n\nfunc Handler" + i + "(x int) int {\n\treturn x + " + i + "\n}\n";
    }
  }

  private void write(String rel, String content) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    if (!Files.exists(p)) written++;
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}
