# METADATA
# title: Schema migrations are managed
# description: >-
#   The database schema is versioned with a migration tool (Alembic, Django migrations, Flyway,
#   Liquibase, Prisma, Knex, TypeORM, Sequelize, Rails, goose, golang-migrate, EF Core, aerich, or an
#   in-application migrator applying versioned SQL or code steps) with at least one migration, so every
#   environment's schema can be rebuilt and upgraded the same way. A tool set up with no migration yet
#   warns. Applies when this repository holds application code that uses a relational database; a stack
#   of upstream images (whose applications migrate their own schema) is n/a.
# custom:
#   id: automation.migrations.configured
#   category: automation
#   severity: medium
#   evidence:
#     - a migration directory of a known tool with at least one migration
#     - versioned SQL files under a migration(s)/ directory, or a migrations source file with DDL steps
#     - a configured tool without migrations yet (alembic.ini, manage.py, db/schema.rb, schema.prisma, [tool.aerich]): warn
#   remediation: Adopt the stack's migration tool and commit an initial migration.
#   fixable: false
#   seed: Alembic configured, initial migration exists
package readiness.checks.automation.migrations_configured

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

default applicable := false

applicable if count(input.repo.migrations) > 0

applicable if {
	some svc in compose.all_services
	compose.sql_database(svc)
	_has_app_code
}

# The repository holds application code (an application component or a compose service built here).
_has_app_code if count(repo.applications) > 0

_has_app_code if {
	some svc in compose.all_services
	svc.build != null
}

applicable if {
	some c in input.repo.components
	c.dbPool != null
}

_with_migrations := [m | some m in input.repo.migrations; m.count > 0]

deny contains f.repo("the application uses a relational database but no migration tool manages its schema") if {
	applicable
	count(input.repo.migrations) == 0
}

warn contains f.at(m.dir, null, sprintf("migrations:%s", [m.tool]), msg) if {
	count(_with_migrations) == 0
	some m in input.repo.migrations
	msg := sprintf("%s is configured in %s but holds no migration", [m.tool, m.dir])
}
