package dev.readiness.fix;

import dev.readiness.fix.stack.Stack;
import dev.readiness.fix.stack.Stack.Component;
import dev.readiness.fix.stack.Stack.ComposeLayout;
import dev.readiness.fix.stack.Stack.Dependency;
import dev.readiness.fix.stack.Stack.DockerfileInfo;
import dev.readiness.fix.stack.Stack.EnvFile;
import dev.readiness.fix.stack.Stack.EnvKey;
import dev.readiness.fix.stack.Stack.Port;
import dev.readiness.fix.stack.Stack.Script;
import dev.readiness.fix.stack.Stack.ComposeCall;
import dev.readiness.fix.stack.Stack.Service;
import dev.readiness.fix.stack.Stack.Workflow;
import java.util.List;

/**
 * The stack facts of the fixture repositories under src/test/resources/fix/, as the scanners report
 * them, so generators and patchers can be tested on their own.
 */
final class FixtureStacks {
  private FixtureStacks() {}

  static Stack of(String name) {
    if (name.equals("python-fastapi")) return python();
    if (name.equals("node-vite")) return node();
    if (name.equals("java-maven")) return java();
    if (name.equals("go-service")) return go();
    throw new IllegalArgumentException(name);
  }

  private static Service svc(String name, String file, int line, String role, String stateful, String image, String context, String dockerfile,
                             List<Port> ports, List<Dependency> deps, List<String> talksTo, boolean http, Integer port, String health,
                             List<String> env, List<String> envFiles) {
    return new Service(name, file, line, role, stateful, image, context, dockerfile, ports, false, null, false, false, deps, talksTo,
        http, port, health, env, envFiles);
  }

  static Stack python() {
    String f = "docker-compose.yml";
    return new Stack("python-fastapi",
        List.of(new Component("backend", "python", "fastapi", "pip", null, "server", 8000, "app.main:app", "backend/Dockerfile", "/health", "api")),
        List.of(
            svc("api", f, 5, "app", null, null, "backend", "backend/Dockerfile", List.of(new Port("8000", "8000", null, 14)),
                List.of(new Dependency("db", "service_started"), new Dependency("cache", "service_started")), List.of("db", "cache"),
                true, 8000, "/health", List.of("DATABASE_URL", "REDIS_URL"), List.of(".env")),
            svc("db", f, 19, "datastore", "postgres", "postgres:16-alpine", null, null, List.of(new Port("5432", "5432", null, 27)),
                List.of(), List.of(), false, null, null, List.of("POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"), List.of()),
            svc("cache", f, 30, "cache", "redis", "redis:7-alpine", null, null, List.of(new Port("6379", "6379", null, 32)),
                List.of(), List.of(), false, null, null, List.of(), List.of())),
        new ComposeLayout(".", List.of(f), null, true, "3.8"),
        List.of(new DockerfileInfo("backend/Dockerfile", "backend", 1, "python:3.12-slim", null, 8, null, false, List.of("8000"))),
        List.of(new EnvFile(".env.production", "production", false, false, false, List.of(
            new EnvKey("ENVIRONMENT", false, "text"), new EnvKey("DEBUG", false, "boolean"), new EnvKey("SECRET_KEY", true, "placeholder"),
            new EnvKey("POSTGRES_PASSWORD", true, "placeholder"), new EnvKey("REDIS_URL", false, "url")))),
        List.of("POSTGRES_PASSWORD"),
        List.of(new Workflow(".github/workflows/test.yml", "github", false, false, List.of("test"))),
        List.of(new Script("deploy.sh", "deploy", false, List.of(new ComposeCall(4, "up -d --build", List.of(f))))),
        List.of("__pycache__/", ".venv/"),
        List.of());
  }

  static Stack node() {
    String f = "compose.yaml";
    return new Stack("node-vite",
        List.of(
            new Component("web", "node", "vite", "npm", "web/package-lock.json", "frontend", 8080, null, null, null, "web"),
            new Component("api", "node", "express", "pnpm", "api/pnpm-lock.yaml", "server", 3000, null, null, "/healthz", "api")),
        List.of(
            svc("web", f, 2, "app", null, null, "web", "web/Dockerfile", List.of(new Port("8080", "8080", null, 5)), List.of(), List.of(),
                true, 8080, null, List.of(), List.of()),
            svc("api", f, 6, "app", null, null, "api", "api/Dockerfile", List.of(new Port("3000", "3000", null, 12)), List.of(), List.of("redis"),
                true, 3000, "/healthz", List.of("REDIS_URL", "SESSION_SECRET"), List.of()),
            svc("redis", f, 13, "cache", "redis", "redis:7.2", null, null, List.of(), List.of(), List.of(), false, null, null, List.of(), List.of())),
        new ComposeLayout(".", List.of(f), null, true, null),
        List.of(), List.of(), List.of("SESSION_SECRET"), List.of(), List.of(), List.of(), List.of());
  }

  static Stack java() {
    String f = "compose.yml";
    return new Stack("java-maven",
        List.of(new Component(".", "java", "spring", "maven", null, "server", 8080, null, null, null, "app")),
        List.of(
            svc("app", f, 2, "app", null, null, ".", "Dockerfile", List.of(new Port("8080", "8080", null, 5)),
                List.of(new Dependency("mysql", "service_started")), List.of("mysql"), true, 8080, null, List.of(), List.of()),
            svc("mysql", f, 7, "datastore", "mysql", "mysql:8.4", null, null, List.of(new Port("3306", "3306", null, 14)), List.of(), List.of(),
                false, null, null, List.of("MYSQL_ROOT_PASSWORD", "MYSQL_DATABASE"), List.of())),
        new ComposeLayout(".", List.of(f), null, true, null),
        List.of(), List.of(), List.of("MYSQL_ROOT_PASSWORD"), List.of(), List.of(), List.of(), List.of());
  }

  static Stack go() {
    String f = "compose.yaml";
    return new Stack("go-service",
        List.of(new Component(".", "go", null, "go", "go.sum", "server", 8080, "./cmd/server", null, null, "server")),
        List.of(
            svc("server", f, 2, "app", null, null, ".", "Dockerfile", List.of(new Port("8080", "8080", null, 5)), List.of(), List.of("mongo"),
                true, 8080, null, List.of("MONGO_URL"), List.of()),
            svc("mongo", f, 8, "datastore", "mongo", "mongo:7", null, null, List.of(), List.of(), List.of(), false, null, null, List.of(), List.of())),
        new ComposeLayout(".", List.of(f), null, true, null),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
