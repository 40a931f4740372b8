package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.scan.repo.RepoFacts.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSignalsTest {
  @TempDir Path dir;
  private int fixtures;

  private Component only(Map<String, String> files) {
    List<Component> cs = RepoFixture.scan(dir.resolve("f" + fixtures++), files).components();
    assertEquals(1, cs.size(), cs::toString);
    return cs.get(0);
  }

  @Test
  void nodeExpress() {
    Component c = only(Map.of(
        "api/package.json", "{\"dependencies\":{\"express\":\"^4\",\"cors\":\"^2\",\"prom-client\":\"^15\",\"express-rate-limit\":\"^7\",\"connect-redis\":\"^7\",\"winston\":\"^3\",\"winston-daily-rotate-file\":\"^5\",\"@sentry/node\":\"^8\"},\"scripts\":{\"start\":\"node server.js\",\"dev\":\"nodemon server.js\"}}",
        "api/yarn.lock", "",
        "api/server.js", String.join("\n",
            "const express = require('express');",
            "const cors = require('cors');",
            "const app = express();",
            "app.use(cors({ origin: '*', credentials: true }));",
            "app.get('/healthz', (req, res) => res.send('ok'));",
            "app.get('/metrics', async (req, res) => res.end(await register.metrics()));",
            "const pool = new Pool({ max: 10 });",
            "app.listen(3000, () => console.log('up'));"),
        "api/test/server.test.js", "app.get('/ready', () => {});"));
    assertEquals("node", c.ecosystem());
    assertEquals("express", c.framework());
    assertEquals("yarn", c.packageManager());
    assertEquals("server", c.kind());
    assertEquals(List.of("/healthz"), c.healthRoutes().stream().map(RepoFacts.Route::path).toList(), "test files are ignored");
    assertEquals(5, c.healthRoutes().get(0).line());
    assertEquals("prom_client", c.metrics().library());
    assertEquals("/metrics", c.metrics().route().path());
    assertTrue(c.cors().wildcard() && c.cors().credentials());
    assertEquals("api/server.js", c.cors().file(), "the finding points at the code that allows any origin, not the manifest");
    assertEquals(4, c.cors().line());
    assertEquals("redis", c.sessionStore().kind());
    assertNotNull(c.rateLimit());
    assertNotNull(c.dbPool());
    assertTrue(c.logging().rotation());
    assertTrue(c.logging().stdout());
    assertEquals("sentry", c.apm().get(0).kind());
    assertFalse(c.devServerOnly());
  }

  @Test
  void javaSpringBoot() {
    Component c = only(Map.of(
        "pom.xml", "<project><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId></dependency>"
            + "<dependency><artifactId>spring-boot-starter-actuator</artifactId></dependency>"
            + "<dependency><artifactId>micrometer-registry-prometheus</artifactId></dependency></dependencies></project>",
        "src/main/resources/application.yml", "management:\n  endpoints:\n    web:\n      exposure:\n        include: health,prometheus\nspring:\n  datasource:\n    hikari:\n      maximum-pool-size: 10\n",
        "src/main/java/app/Web.java", "@Configuration\nclass Web implements WebMvcConfigurer {\n  public void addCorsMappings(CorsRegistry r) { r.addMapping(\"/**\").allowedOrigins(\"https://a.example\"); }\n}\n"));
    assertEquals("java", c.ecosystem());
    assertEquals("spring", c.framework());
    assertEquals("maven", c.packageManager());
    assertEquals("/actuator/health", c.healthRoutes().get(0).path());
    assertEquals("micrometer_registry_prometheus", c.metrics().library());
    assertEquals("/actuator/prometheus", c.metrics().route().path());
    assertEquals("src/main/resources/application.yml", c.dbPool().file());
    assertTrue(c.cors().configured());
    assertFalse(c.cors().wildcard());
  }

  @Test
  void goService() {
    Component c = only(Map.of(
        "svc/go.mod", "module example.com/svc\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/prometheus/client_golang v1.19.0\n)\n",
        "svc/go.sum", "",
        "svc/main.go", "package main\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET(\"/livez\", live)\n\tr.GET(\"/metrics\", gin.WrapH(promhttp.Handler()))\n\tdb.SetMaxOpenConns(20)\n\tlog.Println(\"start\")\n}\n"));
    assertEquals("gin", c.framework());
    assertEquals("svc/go.sum", c.lockfile());
    assertEquals("/livez", c.healthRoutes().get(0).path());
    assertEquals(5, c.healthRoutes().get(0).line());
    assertEquals("/metrics", c.metrics().route().path());
    assertNotNull(c.dbPool());
    assertTrue(c.logging().stdout());
  }

  @Test
  void rubyRails() {
    Component c = only(Map.of(
        "Gemfile", "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'rack-attack'\n",
        "Gemfile.lock", "",
        "config/routes.rb", "Rails.application.routes.draw do\n  get \"up\" => \"rails/health#show\", as: :rails_health_check\nend\n",
        "config/environments/production.rb", "Rails.application.configure do\n  config.force_ssl = true\n  config.logger = ActiveSupport::Logger.new(STDOUT)\nend\n",
        "config/database.yml", "production:\n  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>\n"));
    assertEquals("rails", c.framework());
    assertEquals("bundler", c.packageManager());
    assertEquals("/up", c.healthRoutes().get(0).path());
    assertEquals("config/environments/production.rb", c.httpsRedirect().file());
    assertNotNull(c.rateLimit());
    assertNotNull(c.dbPool());
  }

  @Test
  void phpLaravel() {
    Component c = only(Map.of(
        "composer.json", "{\"require\":{\"laravel/framework\":\"^11.0\"}}",
        "routes/web.php", "<?php\nRoute::get('/health', fn () => 'ok');\nRoute::middleware('throttle:60,1')->group(function () {});\n",
        "config/cors.php", "<?php\nreturn ['allowed_origins' => ['*'], 'supports_credentials' => false];\n",
        ".env.example", "SESSION_DRIVER=redis\n"));
    assertEquals("laravel", c.framework());
    assertEquals("/health", c.healthRoutes().get(0).path());
    assertTrue(c.cors().wildcard());
    assertFalse(c.cors().credentials());
    assertNotNull(c.rateLimit());
  }

  @Test
  void dotnetAspNetCore() {
    Component c = only(Map.of(
        "Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"prometheus-net.AspNetCore\" Version=\"8.2.1\" /></ItemGroup></Project>",
        "Api/Program.cs", "var app = builder.Build();\napp.UseHttpsRedirection();\napp.MapHealthChecks(\"/healthz\");\napp.UseCors(p => p.AllowAnyOrigin());\napp.MapMetrics();\n"));
    assertEquals("dotnet", c.ecosystem());
    assertEquals("aspnetcore", c.framework());
    assertEquals("/healthz", c.healthRoutes().get(0).path());
    assertEquals(2, c.httpsRedirect().line());
    assertTrue(c.cors().wildcard());
    assertEquals("/metrics", c.metrics().route().path());
  }

  @Test
  void pythonFlaskDevServerOnlyAndWorkspaceDirs() {
    List<Component> cs = RepoFixture.scan(dir.resolve("py"), Map.of(
        "web/requirements.txt", "flask==3.0\nflask-cors\n",
        "web/app.py", "app = Flask(__name__)\nCORS(app, supports_credentials=True)\n@app.route('/ping')\ndef ping():\n    return 'pong'\n",
        "web/Dockerfile", "FROM python:3.12\nCMD flask run --host 0.0.0.0\n",
        "worker/pyproject.toml", "[tool.poetry]\nname='w'\n[tool.poetry.dependencies]\ncelery = '^5'\n",
        "worker/poetry.lock", ""),
        ComposeView.empty()).components();
    Component web = cs.stream().filter(c -> c.dir().equals("web")).findFirst().orElseThrow();
    Component worker = cs.stream().filter(c -> c.dir().equals("worker")).findFirst().orElseThrow();
    assertEquals("flask", web.framework());
    assertEquals("/ping", web.healthRoutes().get(0).path());
    assertTrue(web.cors().credentials());
    assertNull(web.dockerfile(), "the Dockerfile facts were not passed in this fixture");
    assertEquals("worker", worker.kind());
    assertEquals("poetry", worker.packageManager());
    assertEquals("worker/poetry.lock", worker.lockfile());
  }

  @Test
  void healthRoutesNamedUpOrStatusAsTheLastSegment() {
    Component django = only(Map.of("pyproject.toml", "[project]\ndependencies = [\"django>=5\", \"gunicorn\"]\n",
        "config/urls.py", "urlpatterns = [\n    path(\"setup/\", views.setup),\n    path(\"up/\", include(\"up.urls\")),\n    path(\"api/v3/status/\", views.status),\n]\n"));
    assertEquals(List.of("/up/", "/api/v3/status/"), django.healthRoutes().stream().map(r -> r.path()).toList());
    Component flask = only(Map.of("requirements.txt", "flask\ngunicorn\n",
        "hello/up/views.py", "up = Blueprint(\"up\", __name__, template_folder=\"templates\", url_prefix=\"/up\")\n"));
    assertEquals(List.of("/up"), flask.healthRoutes().stream().map(r -> r.path()).toList());
    Component go = only(Map.of("go.mod", "module x\n\ngo 1.22\n",
        "main.go", "package main\n\nfunc main() {\n\tmux.HandleFunc(\"GET /healthcheck\", readiness)\n\thttp.ListenAndServe(\":8080\", mux)\n}\n"));
    assertEquals(List.of("/healthcheck"), go.healthRoutes().stream().map(r -> r.path()).toList());
  }

  @Test
  void aHandSetAllowOriginHeaderIsCorsConfiguration() {
    Component c = only(Map.of("requirements.txt", "django\ngunicorn\n",
        "hc/api/views.py", "def badge(request):\n    response = HttpResponse()\n    response[\"Access-Control-Allow-Origin\"] = \"*\"\n    return response\n"));
    assertTrue(c.cors().configured() && c.cors().wildcard() && !c.cors().credentials());
    assertEquals(3, c.cors().line());
  }
}
