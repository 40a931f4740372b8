# METADATA
# title: Migrations can be rolled back
# description: >-
#   Each migration has a working down path: Alembic downgrade(), Knex/Sequelize/TypeORM/goose down
#   functions, Flyway undo (U__) scripts, Liquibase rollback blocks, EF Down() that are not empty or
#   `pass`. Without them, rolling back a release leaves the schema ahead of the code.
# custom:
#   id: automation.migrations.reversible
#   category: automation
#   severity: medium
#   evidence:
#     - implemented downgrade/down functions in each migration
#     - Flyway undo migrations, Liquibase rollback blocks, golang-migrate .down.sql files
#   remediation: Implement the down path of each migration and document the rollback procedure.
#   fixable: false
#   seed: Rollback procedures missing
package readiness.checks.automation.migrations_reversible

import rego.v1

import data.readiness.lib.findings as f

total := sum([m.count | some m in input.repo.migrations])

passing := sum([m.reversible | some m in input.repo.migrations])

deny contains f.at(item.file, item.line, sprintf("migration:%s", [item.file]), msg) if {
	some m in input.repo.migrations
	some item in m.items
	item.reversible != true
	msg := sprintf("%s migration %s cannot be rolled back (its down path is missing or empty)", [m.tool, item.file])
}
