package dev.readiness.scan.repo;

import dev.readiness.text.PatternSet;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The source-signal table: per ecosystem, line patterns that reveal operational behaviour in application
 * code, configuration and dependency manifests. It is deliberately small and documented in docs/scanners.md;
 * it recognises common idioms, not every possible spelling.
 */
final class SourceSignals {

  /** What a pattern reveals. */
  enum Signal { HEALTH_ROUTE, METRICS_LIBRARY, METRICS_ROUTE, APM, LOG_FILE, LOG_ROTATION, LOG_STDOUT, CORS, CORS_WILDCARD,
    CORS_CREDENTIALS, HTTPS_REDIRECT, RATE_LIMIT, DB_POOL, SESSION_STORE }

  /**
   * One row: in files of {@code ecosystem} ("any" for all), a line matching {@code pattern} reveals
   * {@code signal}; its value is {@code value}, or the pattern's first non-null group when value is null.
   */
  record Rule(String ecosystem, Signal signal, Pattern pattern, String value) {}

  /** The rules of one ecosystem in table order, with their patterns as one {@link PatternSet} (same indexes). */
  record Table(List<Rule> rules, PatternSet set, BitSet ungated) {
    static Table of(List<Rule> rules) {
      PatternSet set = PatternSet.of(rules.stream().map(Rule::pattern).toList());
      BitSet ungated = new BitSet();
      for (int i = 0; i < set.size(); i++) if (set.ungated(i)) ungated.set(i);
      return new Table(rules, set, ungated);
    }
  }

  /** Health route names; {@code up} and {@code status} only as a whole last path segment (Rails' /up, /api/v1/status/). */
  private static final String HEALTH = "(?:health|healthz|healthcheck|health-check|ready|readyz|readiness|live|livez|liveness|ping"
      + "|(?<=[/\"'^])(?:up|status)(?=/?[\"'`]))";

  static final List<Rule> RULES = List.of(
      // --- any ecosystem: APM / tracing / error tracking (libraries are named the same in code and manifests)
      r("any", Signal.APM, "sentry[_-]sdk|@sentry/|io\\.sentry|getsentry/sentry|sentry-ruby|sentry-rails|sentry/sentry|Sentry\\.AspNetCore|SentrySdk", "sentry"),
      r("any", Signal.APM, "(?i)opentelemetry|go\\.opentelemetry\\.io", "opentelemetry"),
      r("any", Signal.APM, "\\bddtrace\\b|dd-trace|datadog", "datadog"),
      r("any", Signal.APM, "(?i)\\bnewrelic\\b|new_relic", "newrelic"),
      r("any", Signal.APM, "(?i)elasticapm|elastic-apm|co\\.elastic\\.apm|Elastic\\.Apm", "elastic-apm"),
      r("any", Signal.APM, "(?i)honeycomb|libhoney|beeline", "honeycomb"),

      // --- Python (FastAPI, Flask, Django, Starlette, SQLAlchemy, logging)
      r("python", Signal.HEALTH_ROUTE, "@\\w+(?:\\.\\w+)*\\.(?:get|head|api_route|route)\\(\\s*[\"'](/[\\w/-]*" + HEALTH + "[\\w/-]*)[\"']", null),
      r("python", Signal.HEALTH_ROUTE, "\\b(?:re_)?path\\(\\s*r?[\"']\\^?((?:[\\w-]+/)*" + HEALTH + "[\\w/-]*)[\"']", null),
      r("python", Signal.HEALTH_ROUTE, "\\bBlueprint\\([^)]*\\burl_prefix\\s*=\\s*[\"'](/" + HEALTH + ")/?[\"']", null),
      r("python", Signal.METRICS_LIBRARY, "(?i)\\b(prometheus[-_]client|prometheus[-_]fastapi[-_]instrumentator|starlette[-_]exporter|starlette[-_]prometheus|django[-_]prometheus|prometheus[-_]flask[-_]exporter|aioprometheus)\\b", null),
      r("python", Signal.METRICS_ROUTE, "[\"'](/metrics)/?[\"']", null),
      r("python", Signal.METRICS_ROUTE, "Instrumentator\\(.*\\)\\.expose\\(|PrometheusMetrics\\(", "/metrics"),
      r("python", Signal.LOG_FILE, "\\b(?:Rotating|TimedRotating|Watched)?FileHandler\\s*\\(|basicConfig\\([^)]*filename\\s*=|logger\\.add\\(\\s*f?[\"'][^\"']*\\.log|[\"']filename[\"']\\s*:\\s*[\"'][^\"']+\\.log", null),
      r("python", Signal.LOG_ROTATION, "RotatingFileHandler|TimedRotatingFileHandler|WatchedFileHandler|\\brotation\\s*=", null),
      r("python", Signal.LOG_STDOUT, "StreamHandler\\s*\\(|sys\\.std(?:out|err)|ext://sys\\.std|\\bstructlog\\b", null),
      r("python", Signal.CORS, "CORSMiddleware|flask_cors|flask-cors|\\bCORS\\(|corsheaders|CORS_ALLOWED_ORIGINS|CORS_ORIGIN_WHITELIST|CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_ALLOW_ALL"
          + "|Access-Control-Allow-Origin|ACCESS_CONTROL_ALLOW_ORIGIN", null),
      r("python", Signal.CORS_WILDCARD, "allow_origins\\s*=\\s*\\[\\s*[\"']\\*[\"']|CORS_(?:ORIGIN_)?ALLOW_ALL(?:_ORIGINS)?\\s*=\\s*True|\\borigins\\s*=\\s*[\"']\\*[\"']|[\"']origins[\"']\\s*:\\s*[\"']\\*[\"']"
          + "|[\"']Access-Control-Allow-Origin[\"']\\s*\\]\\s*=\\s*[\"']\\*[\"']", null),
      r("python", Signal.CORS_CREDENTIALS, "allow_credentials\\s*=\\s*True|CORS_ALLOW_CREDENTIALS\\s*=\\s*True|supports_credentials\\s*=\\s*True", null),
      r("python", Signal.HTTPS_REDIRECT, "HTTPSRedirectMiddleware|SECURE_SSL_REDIRECT\\s*=\\s*True|flask_talisman|\\bTalisman\\(|force_https\\s*=\\s*True|flask_sslify|SSLify\\(", null),
      r("python", Signal.RATE_LIMIT, "(?i)\\bslowapi\\b|flask[-_]limiter|django[-_]ratelimit|fastapi[-_]limiter|\\bLimiter\\(|throttle_classes|DEFAULT_THROTTLE_RATES|@ratelimit", null),
      r("python", Signal.DB_POOL, "\\bpool_size\\s*=|\\bmax_overflow\\s*=|\\bpool_pre_ping\\s*=|\\bpool_recycle\\s*=|\\bpool_timeout\\s*=|CONN_MAX_AGE|psycopg_pool|\\bcreate_pool\\(|SQLALCHEMY_POOL_SIZE|SQLALCHEMY_ENGINE_OPTIONS|QueuePool", null),
      r("python", Signal.SESSION_STORE, "(?i)redis[\\w.]*session|session[\\w.]*redis|SESSION_TYPE\\s*=\\s*[\"']redis|sessions\\.backends\\.cache", "redis"),
      r("python", Signal.SESSION_STORE, "(?i)memcache[\\w.]*session|session[\\w.]*memcache|SESSION_TYPE\\s*=\\s*[\"']memcached", "memcached"),
      r("python", Signal.SESSION_STORE, "sessions\\.backends\\.db|SESSION_TYPE\\s*=\\s*[\"']sqlalchemy", "db"),
      r("python", Signal.SESSION_STORE, "SESSION_TYPE\\s*=\\s*[\"']filesystem|sessions\\.backends\\.file", "file"),

      // --- Node (Express, Fastify, Nest, Koa)
      r("node", Signal.HEALTH_ROUTE, "\\.(?:get|all|use|head|route)\\(\\s*[\"'`](/[\\w/-]*" + HEALTH + "[\\w/-]*)[\"'`]", null),
      r("node", Signal.HEALTH_ROUTE, "@(?:Get|Controller)\\(\\s*[\"'`](/?[\\w/-]*" + HEALTH + "[\\w/-]*)[\"'`]", null),
      r("node", Signal.METRICS_LIBRARY, "(prom-client|express-prom-bundle|@willsoto/nestjs-prometheus|prometheus-api-metrics|fastify-metrics)", null),
      r("node", Signal.METRICS_ROUTE, "\\.(?:get|use|all)\\(\\s*[\"'`](/metrics)[\"'`]|@Get\\(\\s*[\"'`](/?metrics)[\"'`]", null),
      r("node", Signal.LOG_FILE, "transports\\.File\\b|pino\\.destination\\(\\s*[\"'`][^\"'`]+\\.log|createWriteStream\\([^)]*\\.log|filename\\s*:\\s*[\"'`][^\"'`]+\\.log", null),
      r("node", Signal.LOG_ROTATION, "winston-daily-rotate-file|DailyRotateFile|rotating-file-stream|pino-roll|file-stream-rotator", null),
      r("node", Signal.LOG_STDOUT, "console\\.(?:log|info|error|warn)\\(|transports\\.Console|\\bpino\\(|process\\.std(?:out|err)", null),
      r("node", Signal.CORS, "require\\(\\s*[\"']cors[\"']\\)|from\\s+[\"']cors[\"']|\\benableCors\\(|@fastify/cors|fastify-cors|@koa/cors|Access-Control-Allow-Origin|\"cors\"\\s*:", null),
      r("node", Signal.CORS_WILDCARD, "origin\\s*:\\s*[\"'`]\\*[\"'`]|origin\\s*:\\s*true\\b|Allow-Origin[\"'`]\\s*,\\s*[\"'`]\\*|\\bcors\\(\\s*\\)", null),
      r("node", Signal.CORS_CREDENTIALS, "credentials\\s*:\\s*true|Allow-Credentials[\"'`]\\s*,\\s*[\"'`]true", null),
      r("node", Signal.HTTPS_REDIRECT, "express-sslify|express-enforces-ssl|x-forwarded-proto[\"'`]?\\]?\\s*!==?\\s*[\"'`]https|requireHTTPS|forceHttps|helmet\\.hsts|strictTransportSecurity", null),
      r("node", Signal.RATE_LIMIT, "express-rate-limit|\\brateLimit\\(|@nestjs/throttler|ThrottlerModule|rate-limiter-flexible|@fastify/rate-limit|express-slow-down", null),
      r("node", Signal.DB_POOL, "new\\s+Pool\\(|createPool\\(|\\bpool\\s*:\\s*\\{|connectionLimit\\s*:|poolSize\\s*:|connection_limit=|idleTimeoutMillis", null),
      r("node", Signal.SESSION_STORE, "connect-redis|RedisStore|(?i)redis[\\w.]*session|session[\\w.]*redis", "redis"),
      r("node", Signal.SESSION_STORE, "connect-pg-simple|connect-mongo|connect-session-sequelize|prisma-session-store", "db"),
      r("node", Signal.SESSION_STORE, "session-file-store", "file"),
      r("node", Signal.SESSION_STORE, "\\bMemoryStore\\b|\\bmemorystore\\b", "memory"),

      // --- Java (Spring Boot, Quarkus, Micronaut; logback/log4j2; HikariCP)
      r("java", Signal.HEALTH_ROUTE, "@(?:Get|Request)Mapping\\(\\s*(?:value\\s*=\\s*|path\\s*=\\s*)?\\{?\\s*\"(/?[\\w/-]*" + HEALTH + "[\\w/-]*)\"", null),
      r("java", Signal.HEALTH_ROUTE, "spring-boot-starter-actuator", "/actuator/health"),
      r("java", Signal.HEALTH_ROUTE, "quarkus-smallrye-health", "/q/health"),
      r("java", Signal.METRICS_LIBRARY, "(micrometer-registry-prometheus|quarkus-micrometer-registry-prometheus|prometheus-metrics-core|io\\.prometheus:simpleclient|<artifactId>simpleclient)", null),
      r("java", Signal.METRICS_ROUTE, "exposure\\.include\\s*[=:][^\\n]*(?:prometheus|\\*)|include:\\s*[\"']?[^\\n]*prometheus", "/actuator/prometheus"),
      r("java", Signal.LOG_FILE, "FileAppender|logging\\.file\\.(?:name|path)|<file>[^<]+</file>|fileName=\"", null),
      r("java", Signal.LOG_ROTATION, "RollingFileAppender|RollingPolicy|rollingpolicy|max-history|maxHistory|SizeBasedTriggeringPolicy|<RollingFile", null),
      r("java", Signal.LOG_STDOUT, "ConsoleAppender|<Console\\b|System\\.(?:out|err)\\.print|spring-boot-starter-web", null),
      r("java", Signal.CORS, "@CrossOrigin|CorsRegistry|CorsConfiguration|addCorsMappings|\\.cors\\(|quarkus\\.http\\.cors", null),
      r("java", Signal.CORS_WILDCARD, "allowedOrigins\\(\\s*\"\\*\"|origins\\s*=\\s*\"\\*\"|setAllowedOrigins\\([^)]*\"\\*\"|allowedOriginPatterns\\(\\s*\"\\*\"|addAllowedOrigin\\(\\s*\"\\*\"|@CrossOrigin\\s*$|@CrossOrigin\\(\\s*\\)", null),
      r("java", Signal.CORS_CREDENTIALS, "allowCredentials\\(\\s*true\\s*\\)|setAllowCredentials\\(\\s*true|allowCredentials\\s*=\\s*\"true\"", null),
      r("java", Signal.HTTPS_REDIRECT, "requiresSecure\\(\\)|requiresChannel|server\\.ssl\\.enabled\\s*[=:]\\s*true|redirectToHttps|insecure-requests\\s*=\\s*redirect", null),
      r("java", Signal.RATE_LIMIT, "(?i)bucket4j|resilience4j-ratelimiter|@RateLimiter|RateLimiter\\.create|RequestRateLimiter", null),
      r("java", Signal.DB_POOL, "(?i)hikari|maximum-pool-size|maximumPoolSize|c3p0|commons-dbcp|tomcat-jdbc|jdbc\\.max-size|agroal", null),
      r("java", Signal.SESSION_STORE, "spring-session-data-redis|@EnableRedisHttpSession|store-type\\s*[=:]\\s*redis", "redis"),
      r("java", Signal.SESSION_STORE, "spring-session-jdbc|@EnableJdbcHttpSession|store-type\\s*[=:]\\s*jdbc", "db"),

      // --- Go (net/http, gin, echo, chi, fiber)
      r("go", Signal.HEALTH_ROUTE, "(?:HandleFunc|Handle|\\.(?:GET|Get|Any|HEAD|Head|Route))\\(\\s*\"(?:[A-Z]+\\s+)?(/[\\w/-]*" + HEALTH + "[\\w/-]*)\"", null),
      r("go", Signal.METRICS_LIBRARY, "(prometheus/client_golang|VictoriaMetrics/metrics|otel/exporters/prometheus|\"expvar\")", null),
      r("go", Signal.METRICS_ROUTE, "\"(/metrics)\"", null),
      r("go", Signal.METRICS_ROUTE, "promhttp\\.Handler\\(\\)", "/metrics"),
      r("go", Signal.LOG_FILE, "os\\.(?:OpenFile|Create)\\(\\s*\"[^\"]+\\.log\"|lumberjack", null),
      r("go", Signal.LOG_ROTATION, "lumberjack|rotatelogs", null),
      r("go", Signal.LOG_STDOUT, "os\\.Std(?:out|err)|\\blog\\.(?:Print|Fatal|Println|Printf)|\\bslog\\.|zap\\.NewProduction|logrus\\.|zerolog", null),
      r("go", Signal.CORS, "rs/cors|gin-contrib/cors|cors\\.New\\(|cors\\.Default\\(|middleware\\.CORS|Access-Control-Allow-Origin|AllowOrigins", null),
      r("go", Signal.CORS_WILDCARD, "AllowedOrigins:\\s*\\[\\]string\\{\\s*\"\\*\"|AllowAllOrigins:\\s*true|AllowOrigins:\\s*\\[\\]string\\{\\s*\"\\*\"|cors\\.Default\\(\\)|Allow-Origin\",\\s*\"\\*\"|AllowOrigins:\\s*\"\\*\"", null),
      r("go", Signal.CORS_CREDENTIALS, "AllowCredentials:\\s*true", null),
      r("go", Signal.HTTPS_REDIRECT, "unrolled/secure|SSLRedirect:\\s*true|autocert|redirectToHTTPS|HTTPSRedirect", null),
      r("go", Signal.RATE_LIMIT, "golang\\.org/x/time/rate|ulule/limiter|tollbooth|httprate|middleware\\.RateLimiter|rate\\.NewLimiter", null),
      r("go", Signal.DB_POOL, "SetMaxOpenConns|SetMaxIdleConns|SetConnMaxLifetime|pgxpool|MaxConns", null),
      r("go", Signal.SESSION_STORE, "redistore|sessions/redis|redisstore|(?i)redis[\\w.]*session|session[\\w.]*redis", "redis"),
      r("go", Signal.SESSION_STORE, "pgstore|mysqlstore|postgresstore", "db"),

      // --- Ruby (Rails, Sinatra)
      r("ruby", Signal.HEALTH_ROUTE, "\\bget\\s+[\"'](/?(?:" + HEALTH + "|up|status)[\\w/-]*)[\"']", null),
      r("ruby", Signal.METRICS_LIBRARY, "(prometheus-client|prometheus_exporter|yabeda-prometheus)", null),
      r("ruby", Signal.METRICS_ROUTE, "Prometheus::Middleware::Exporter|PrometheusExporter::Middleware", "/metrics"),
      r("ruby", Signal.LOG_FILE, "Logger\\.new\\(\\s*[\"'][^\"']+\\.log|Logger\\.new\\([^)]*log/|File\\.open\\([^)]*\\.log", null),
      r("ruby", Signal.LOG_ROTATION, "Logger\\.new\\([^)]*,\\s*\\d+\\s*,|Logger\\.new\\([^)]*[\"'](?:daily|weekly|monthly)[\"']", null),
      r("ruby", Signal.LOG_STDOUT, "Logger\\.new\\(\\s*(?:\\$stdout|STDOUT|\\$stderr|STDERR)|RAILS_LOG_TO_STDOUT", null),
      r("ruby", Signal.CORS, "rack-cors|Rack::Cors", null),
      r("ruby", Signal.CORS_WILDCARD, "\\borigins\\s+[\"']\\*[\"']|\\borigins\\s+\\*", null),
      r("ruby", Signal.CORS_CREDENTIALS, "credentials:\\s*true", null),
      r("ruby", Signal.HTTPS_REDIRECT, "config\\.force_ssl\\s*=\\s*true|Rack::SslEnforcer", null),
      r("ruby", Signal.RATE_LIMIT, "rack-attack|Rack::Attack", null),
      r("ruby", Signal.DB_POOL, "^\\s*pool:\\s*(?:<%=|\\d+)|connection_pool|ConnectionPool\\.new", null),
      r("ruby", Signal.SESSION_STORE, "redis-session-store|redis_store|session_store\\s*:redis|cache_store\\s*(?:=\\s*)?:redis", "redis"),
      r("ruby", Signal.SESSION_STORE, "activerecord-session_store|:active_record_store", "db"),
      r("ruby", Signal.SESSION_STORE, ":mem_cache_store|\\bdalli\\b", "memcached"),

      // --- PHP (Laravel, Symfony)
      r("php", Signal.HEALTH_ROUTE, "Route::(?:get|any)\\(\\s*[\"'](/?(?:" + HEALTH + "|up|status)[\\w/-]*)[\"']|#\\[Route\\(\\s*[\"'](/?" + HEALTH + "[\\w/-]*)[\"']|\\bhealth:\\s*[\"'](/[\\w/-]+)[\"']", null),
      r("php", Signal.METRICS_LIBRARY, "(promphp/prometheus_client_php|jimdo/prometheus_client_php|artprima/prometheus-metrics-bundle|spatie/laravel-prometheus)", null),
      r("php", Signal.METRICS_ROUTE, "[\"'](/metrics)[\"']", null),
      r("php", Signal.LOG_FILE, "StreamHandler\\([^)]*\\.log|[\"']driver[\"']\\s*=>\\s*[\"'](?:single|daily)[\"']|storage_path\\(\\s*[\"']logs/", null),
      r("php", Signal.LOG_ROTATION, "RotatingFileHandler|[\"']driver[\"']\\s*=>\\s*[\"']daily[\"']", null),
      r("php", Signal.LOG_STDOUT, "php://std(?:out|err)|[\"']driver[\"']\\s*=>\\s*[\"']stderr[\"']|LOG_CHANNEL=stderr", null),
      r("php", Signal.CORS, "fruitcake/laravel-cors|HandleCors|[\"']allowed_origins[\"']|nelmio/cors-bundle|NelmioCorsBundle", null),
      r("php", Signal.CORS_WILDCARD, "[\"']allowed_origins[\"']\\s*=>\\s*\\[\\s*[\"']\\*[\"']|allow_origin:\\s*\\[\\s*[\"']\\*[\"']", null),
      r("php", Signal.CORS_CREDENTIALS, "[\"']supports_credentials[\"']\\s*=>\\s*true|allow_credentials:\\s*true", null),
      r("php", Signal.HTTPS_REDIRECT, "URL::forceScheme\\(\\s*[\"']https|forceHttps|requires_channel:\\s*https", null),
      r("php", Signal.RATE_LIMIT, "throttle:|RateLimiter::(?:for|attempt)|symfony/rate-limiter", null),
      r("php", Signal.DB_POOL, "PDO::ATTR_PERSISTENT|[\"']pool[\"']\\s*=>", null),
      r("php", Signal.SESSION_STORE, "SESSION_DRIVER\\s*=\\s*redis|env\\(\\s*[\"']SESSION_DRIVER[\"']\\s*,\\s*[\"']redis|RedisSessionHandler", "redis"),
      r("php", Signal.SESSION_STORE, "SESSION_DRIVER\\s*=\\s*database|env\\(\\s*[\"']SESSION_DRIVER[\"']\\s*,\\s*[\"']database|PdoSessionHandler", "db"),
      r("php", Signal.SESSION_STORE, "SESSION_DRIVER\\s*=\\s*file|env\\(\\s*[\"']SESSION_DRIVER[\"']\\s*,\\s*[\"']file", "file"),

      // --- .NET (ASP.NET Core, Serilog, EF Core)
      r("dotnet", Signal.HEALTH_ROUTE, "MapHealthChecks\\(\\s*\"([^\"]+)\"|Map(?:Get|Methods)\\(\\s*\"(/[\\w/-]*" + HEALTH + "[\\w/-]*)\"|\\[(?:Http)?Get\\(\\s*\"(/?" + HEALTH + "[\\w/-]*)\"\\)\\]", null),
      r("dotnet", Signal.METRICS_LIBRARY, "(prometheus-net|OpenTelemetry\\.Exporter\\.Prometheus|App\\.Metrics)", null),
      r("dotnet", Signal.METRICS_ROUTE, "UseMetricServer\\(|MapMetrics\\(|MapPrometheusScrapingEndpoint\\(", "/metrics"),
      r("dotnet", Signal.LOG_FILE, "WriteTo\\.File\\(|AddFile\\(|Serilog\\.Sinks\\.File", null),
      r("dotnet", Signal.LOG_ROTATION, "rollingInterval|RollingInterval\\.|fileSizeLimitBytes|rollOnFileSizeLimit", null),
      r("dotnet", Signal.LOG_STDOUT, "AddConsole\\(|WriteTo\\.Console\\(|Serilog\\.Sinks\\.Console|Console\\.WriteLine", null),
      r("dotnet", Signal.CORS, "AddCors\\(|UseCors\\(|WithOrigins\\(|\\[EnableCors", null),
      r("dotnet", Signal.CORS_WILDCARD, "AllowAnyOrigin\\(\\)|WithOrigins\\(\\s*\"\\*\"|SetIsOriginAllowed\\(\\s*_\\s*=>\\s*true", null),
      r("dotnet", Signal.CORS_CREDENTIALS, "AllowCredentials\\(\\)", null),
      r("dotnet", Signal.HTTPS_REDIRECT, "UseHttpsRedirection\\(\\)|UseHsts\\(\\)|\\[RequireHttps\\]", null),
      r("dotnet", Signal.RATE_LIMIT, "AddRateLimiter\\(|UseRateLimiter\\(|AspNetCoreRateLimit|\\[EnableRateLimiting", null),
      r("dotnet", Signal.DB_POOL, "(?i)Max(?:imum)? Pool Size|MaxPoolSize|AddDbContextPool", null),
      r("dotnet", Signal.SESSION_STORE, "AddStackExchangeRedisCache|AddDistributedRedisCache|Caching\\.StackExchangeRedis", "redis"),
      r("dotnet", Signal.SESSION_STORE, "AddDistributedSqlServerCache", "db"),
      r("dotnet", Signal.SESSION_STORE, "AddDistributedMemoryCache", "memory"));

  private SourceSignals() {}

  /** The rules for files of one ecosystem, in table order. */
  static List<Rule> rulesFor(String ecosystem) {
    return RULES.stream().filter(r -> r.ecosystem().equals("any") || r.ecosystem().equals(ecosystem)).toList();
  }

  private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

  /** The rules for files of one ecosystem as a searchable table, built once per ecosystem. */
  static Table tableFor(String ecosystem) {
    return TABLES.computeIfAbsent(ecosystem, e -> Table.of(rulesFor(e)));
  }

  private static Rule r(String ecosystem, Signal signal, String regex, String value) {
    Pattern p = Pattern.compile(regex);
    return new Rule(ecosystem, signal, p, value);
  }

  /** The ecosystem whose rules apply to a file, by extension and name, or null. */
  static String ecosystemOf(String path) {
    String name = RepoFiles.name(path).toLowerCase(java.util.Locale.ROOT);
    switch (RepoFiles.ext(path)) {
      case "py": return "python";
      case "js": case "mjs": case "cjs": case "ts": case "tsx": case "jsx": case "vue": case "svelte": return "node";
      case "java": case "kt": case "groovy": case "properties": case "gradle": case "kts": return "java";
      case "go": case "mod": return "go";
      case "rb": case "rake": return "ruby";
      case "php": return "php";
      case "cs": case "csproj": case "fsproj": return "dotnet";
      case "xml": return name.equals("pom.xml") || name.startsWith("logback") || name.startsWith("log4j2") ? "java" : null;
      case "yml": case "yaml":
        if (name.startsWith("application") || name.startsWith("bootstrap")) return "java";
        if (name.equals("database.yml") || name.equals("cable.yml")) return "ruby";
        if (name.equals("nelmio_cors.yaml") || name.startsWith("framework")) return "php";
        return null;
      case "json":
        if (name.equals("package.json")) return "node";
        if (name.equals("composer.json")) return "php";
        if (name.startsWith("appsettings")) return "dotnet";
        return null;
      case "txt": return name.startsWith("requirements") ? "python" : null;
      case "toml": return name.equals("pyproject.toml") ? "python" : null;
      case "env": return null;
      default:
        if (name.equals("gemfile")) return "ruby";
        if (name.equals("pipfile")) return "python";
        return null;
    }
  }
}
