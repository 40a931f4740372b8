package readiness.checks.automation.migrations_configured_test

import rego.v1

import data.readiness.checks.automation.migrations_configured as check
import data.readiness.lib.fixtures as fx

_alembic(n) := {"tool": "alembic", "dir": "backend/alembic/versions", "count": n, "reversible": 0, "items": []}

test_passes_with_migrations if {
	d := fx.repo_doc({"migrations": [_alembic(2)]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_for_empty_migration_dir if {
	count(check.warn) == 1 with input as fx.repo_doc({"migrations": [_alembic(0)]})
}

test_fails_for_database_without_migrations if {
	d := fx.compose([{"name": "api", "build": {"context": "."}}, {"name": "db", "role": "datastore", "stateful": "postgres"}])
	count(check.deny) == 1 with input as d
}

test_not_applicable_for_a_stack_of_upstream_images if {
	not check.applicable with input as fx.compose([{"name": "app", "image": "mattermost/server:9"}, {"name": "db", "role": "datastore", "stateful": "postgres"}])
}

test_not_applicable_without_database if {
	not check.applicable with input as fx.compose([{"name": "api"}])
}
