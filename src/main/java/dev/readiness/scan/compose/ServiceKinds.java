package dev.readiness.scan.compose;

import dev.readiness.model.ImageReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Role, data engine and data directory of a service from its image name, command and build. */
final class ServiceKinds {
  /** What a known image is. */
  record Known(String role, String engine, String dataDir) {}

  private static final Map<String, Known> IMAGES = Map.ofEntries(
      Map.entry("postgres", new Known("datastore", "postgres", "/var/lib/postgresql/data")),
      Map.entry("postgresql", new Known("datastore", "postgres", "/bitnami/postgresql")),
      Map.entry("postgis", new Known("datastore", "postgres", "/var/lib/postgresql/data")),
      Map.entry("timescaledb", new Known("datastore", "postgres", "/var/lib/postgresql/data")),
      Map.entry("pgvector", new Known("datastore", "postgres", "/var/lib/postgresql/data")),
      Map.entry("mysql", new Known("datastore", "mysql", "/var/lib/mysql")),
      Map.entry("percona", new Known("datastore", "mysql", "/var/lib/mysql")),
      Map.entry("mariadb", new Known("datastore", "mariadb", "/var/lib/mysql")),
      Map.entry("mongo", new Known("datastore", "mongo", "/data/db")),
      Map.entry("mongodb", new Known("datastore", "mongo", "/data/db")),
      Map.entry("redis", new Known("cache", "redis", "/data")),
      Map.entry("redis-stack", new Known("cache", "redis", "/data")),
      Map.entry("redis-stack-server", new Known("cache", "redis", "/data")),
      Map.entry("keydb", new Known("cache", "redis", "/data")),
      Map.entry("valkey", new Known("cache", "valkey", "/data")),
      Map.entry("dragonfly", new Known("cache", "redis", "/data")),
      Map.entry("memcached", new Known("cache", "memcached", null)),
      Map.entry("elasticsearch", new Known("datastore", "elasticsearch", "/usr/share/elasticsearch/data")),
      Map.entry("opensearch", new Known("datastore", "opensearch", "/usr/share/opensearch/data")),
      Map.entry("rabbitmq", new Known("queue", "rabbitmq", "/var/lib/rabbitmq")),
      Map.entry("kafka", new Known("queue", "kafka", "/var/lib/kafka/data")),
      Map.entry("cp-kafka", new Known("queue", "kafka", "/var/lib/kafka/data")),
      Map.entry("zookeeper", new Known("queue", "zookeeper", "/data")),
      Map.entry("cp-zookeeper", new Known("queue", "zookeeper", "/var/lib/zookeeper/data")),
      Map.entry("nats", new Known("queue", "nats", "/data")),
      Map.entry("minio", new Known("datastore", "minio", "/data")),
      Map.entry("cassandra", new Known("datastore", "cassandra", "/var/lib/cassandra")),
      Map.entry("couchdb", new Known("datastore", "couchdb", "/opt/couchdb/data")),
      Map.entry("neo4j", new Known("datastore", "neo4j", "/data")),
      Map.entry("influxdb", new Known("datastore", "influxdb", "/var/lib/influxdb2")),
      Map.entry("clickhouse-server", new Known("datastore", "clickhouse", "/var/lib/clickhouse")),
      Map.entry("mssql", new Known("datastore", "mssql", "/var/opt/mssql")),
      Map.entry("nginx", new Known("proxy", null, null)),
      Map.entry("openresty", new Known("proxy", null, null)),
      Map.entry("traefik", new Known("proxy", null, null)),
      Map.entry("caddy", new Known("proxy", null, null)),
      Map.entry("haproxy", new Known("proxy", null, null)),
      Map.entry("envoy", new Known("proxy", null, null)),
      Map.entry("httpd", new Known("proxy", null, null)),
      Map.entry("prometheus", new Known("monitoring", null, null)),
      Map.entry("grafana", new Known("monitoring", null, null)),
      Map.entry("alertmanager", new Known("monitoring", null, null)),
      Map.entry("node-exporter", new Known("monitoring", null, null)),
      Map.entry("cadvisor", new Known("monitoring", null, null)),
      Map.entry("blackbox-exporter", new Known("monitoring", null, null)),
      Map.entry("uptime-kuma", new Known("monitoring", null, null)),
      Map.entry("jaeger", new Known("monitoring", null, null)),
      Map.entry("all-in-one", new Known("monitoring", null, null)),
      Map.entry("opentelemetry-collector", new Known("monitoring", null, null)),
      Map.entry("opentelemetry-collector-contrib", new Known("monitoring", null, null)),
      Map.entry("loki", new Known("logging", null, null)),
      Map.entry("promtail", new Known("logging", null, null)),
      Map.entry("fluentd", new Known("logging", null, null)),
      Map.entry("fluent-bit", new Known("logging", null, null)),
      Map.entry("vector", new Known("logging", null, null)),
      Map.entry("logstash", new Known("logging", null, null)),
      Map.entry("filebeat", new Known("logging", null, null)));

  private static final Pattern WORKER = Pattern.compile(
      "(?i)\\b(celery\\s+(-A\\s+\\S+\\s+)?worker|celery\\b.*\\bworker|sidekiq|rq\\s+worker|dramatiq|arq\\b|huey|queue:work|horizon|"
          + "bull|worker\\.(js|ts|py)|good_job|delayed_job|solid_queue|beat)\\b");
  private static final Pattern JOB = Pattern.compile(
      "(?i)\\b(migrate|migration|alembic\\s+upgrade|db:migrate|flyway|liquibase|seed|backup|pg_dump|mysqldump|init)\\b");
  private static final Pattern BACKUP = Pattern.compile("(?i)backup|pg_dump|pg_dumpall|pg_basebackup|mysqldump|mariadb-dump|mongodump|restic|borg");
  private static final Pattern JOB_NAME = Pattern.compile("(?i)(^|[-_])(migrat\\w*|init|setup|seed|backup|cron|certbot|job)($|[-_])");
  private static final Pattern WORKER_NAME = Pattern.compile("(?i)(^|[-_])(worker|workers|consumer|scheduler|beat|queue)($|[-_])");

  private ServiceKinds() {}

  /** The known image behind a reference, by its last path part or a known prefix (postgres-15, bitnami/redis). */
  static Known known(ImageReference image) {
    if (image == null) return null;
    String base = image.name();
    Known k = IMAGES.get(base);
    if (k != null) return k;
    for (String name : List.of("postgres", "mysql", "mariadb", "mongo", "redis", "valkey", "memcached", "elasticsearch",
        "opensearch", "rabbitmq", "kafka", "zookeeper", "minio", "nginx", "traefik", "caddy", "haproxy", "envoy",
        "prometheus", "grafana", "alertmanager", "loki", "promtail", "fluent-bit", "fluentd")) {
      if (base.startsWith(name + "-") || base.startsWith(name + "_")) return IMAGES.get(name);
    }
    return null;
  }

  /** The role of a service. */
  static String role(String name, ImageReference image, boolean hasBuild, String command, String restart) {
    Known k = known(image);
    String cmd = command == null ? "" : command.toLowerCase(Locale.ROOT);
    // A database image that runs pg_dump in a loop is a backup job, not a second database.
    if (k != null && k.engine() != null && (BACKUP.matcher(cmd).find() || BACKUP.matcher(name).find())) return "job";
    if (k != null) return k.role();
    if (WORKER.matcher(cmd).find() || WORKER_NAME.matcher(name).find()) return "worker";
    if (("no".equals(restart) || "on-failure".equals(restart)) && JOB.matcher(cmd).find()) return "job";
    if (JOB_NAME.matcher(name).find() && (JOB.matcher(cmd).find() || cmd.isEmpty() || "no".equals(restart))) return "job";
    if (hasBuild || image != null) return "app";
    return "other";
  }
}
