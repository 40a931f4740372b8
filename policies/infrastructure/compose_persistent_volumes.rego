# METADATA
# title: Stateful services persist their data
# description: >-
#   Every stateful service (postgres, mysql, mariadb, mongo, redis, elasticsearch, rabbitmq, minio,
#   ...) keeps its data directory on a named volume or a bind mount. Without one, recreating the
#   container (an upgrade, a compose down) silently deletes the data.
# custom:
#   id: infra.compose.persistent-volumes
#   category: infrastructure
#   severity: high
#   evidence:
#     - a named volume or bind mount on the image's data directory (/var/lib/postgresql/data, /var/lib/mysql, /data/db, /data, ...)
#     - any non-tmpfs volume on a data-looking path for images whose data directory is unknown
#   remediation: Mount a named volume on the data directory.
#   fixable: false
#   seed: Volume persistence
package readiness.checks.infrastructure.compose_persistent_volumes

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_data_dirs := {
	"postgres": ["/var/lib/postgresql"],
	"postgresql": ["/var/lib/postgresql", "/bitnami/postgresql"],
	"timescaledb": ["/var/lib/postgresql"],
	"mysql": ["/var/lib/mysql", "/bitnami/mysql"],
	"mariadb": ["/var/lib/mysql", "/bitnami/mariadb"],
	"mongo": ["/data/db", "/bitnami/mongodb"],
	"mongodb": ["/data/db", "/bitnami/mongodb"],
	"redis": ["/data", "/bitnami/redis"],
	"valkey": ["/data"],
	"elasticsearch": ["/usr/share/elasticsearch/data"],
	"opensearch": ["/usr/share/opensearch/data"],
	"rabbitmq": ["/var/lib/rabbitmq"],
	"minio": ["/data"],
	"mssql": ["/var/opt/mssql"],
	"cassandra": ["/var/lib/cassandra"],
	"clickhouse": ["/var/lib/clickhouse"],
	"influxdb": ["/var/lib/influxdb", "/var/lib/influxdb2"],
	"etcd": ["/etcd-data", "/var/lib/etcd"],
}

_persistent(v) if v.type in {"volume", "bind"}

_on_data_dir(svc, v) if {
	some dir in _data_dirs[lower(svc.stateful)]
	startswith(v.target, dir)
}

# Unknown engines: any persistent mount on a path that looks like data.
_on_data_dir(svc, v) if {
	not _data_dirs[lower(svc.stateful)]
	regex.match(`(?i)(data|/var/lib/|/bitnami/)`, v.target)
}

_persists(svc) if {
	some v in svc.volumes
	_persistent(v)
	_on_data_dir(svc, v)
}

_judged contains svc if {
	some svc in compose.variant_services
	compose.stateful(svc)
}

total := count(_judged)

passing := count([s | some s in _judged; _persists(s)])

deny contains f.service(svc, msg) if {
	some svc in _judged
	not _persists(svc)
	kind := object.get(svc, "stateful", null)
	msg := sprintf("stateful service %s (%v) keeps its data inside the container: no named volume or bind mount on its data directory", [svc.name, kind])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
