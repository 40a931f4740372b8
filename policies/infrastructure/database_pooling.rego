# METADATA
# title: Database connections are pooled
# description: >-
#   The application configures a database connection pool (SQLAlchemy pool_size, Django CONN_MAX_AGE,
#   HikariCP, pg/knex/Prisma pool settings, database/sql SetMaxOpenConns, ...) or runs a pooler such as
#   PgBouncer, so load spikes do not exhaust the database's connections. A repository with no
#   application code (it deploys a published image) leaves pooling to that image: n/a.
# custom:
#   id: infra.database.pooling
#   category: infrastructure
#   severity: low
#   evidence:
#     - pool settings in application code or configuration
#     - a pgbouncer, pgpool or proxysql service
#   remediation: Configure a bounded connection pool in the application (or add PgBouncer).
#   fixable: false
#   seed: Database pooling
package readiness.checks.infrastructure.database_pooling

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

default applicable := false

# Application code of the repository: without any, the deployed image's own pooling is not visible here.
_app_code if {
	some c in input.repo.components
	not c.kind in {"library", "mobile", "desktop"}
}

applicable if {
	_app_code
	some svc in compose.deployed_services
	compose.sql_database(svc)
}

applicable if {
	_app_code
	count(input.repo.migrations) > 0
}

applicable if {
	some c in input.repo.components
	c.dbPool != null
}

_pooled if {
	some c in input.repo.components
	c.dbPool != null
}

_pooled if {
	some svc in compose.all_services
	compose.image_matches(svc, ["pgbouncer", "pgpool", "proxysql", "odyssey"])
}

deny contains f.repo("no database connection pool configured in the application and no pooler service") if {
	applicable
	not _pooled
}
