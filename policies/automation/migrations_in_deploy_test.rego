package readiness.checks.automation.migrations_in_deploy_test

import rego.v1

import data.readiness.checks.automation.migrations_in_deploy as check
import data.readiness.lib.fixtures as fx

_alembic := {"tool": "alembic", "dir": "alembic/versions", "count": 1, "reversible": 0, "items": []}

test_passes_with_a_migrating_entrypoint if {
	d := object.union(fx.compose([{"name": "api", "command": "sh -c 'alembic upgrade head && uvicorn app:app'"}]), {"repo": {"migrations": [_alembic]}})
	count(check.deny) == 0 with input as d
}

test_passes_with_a_migrate_script if {
	count(check.deny) == 0 with input as fx.repo_doc({"migrations": [_alembic], "scripts": [fx.script({"migrations": true})]})
}

test_fails_when_nothing_migrates if {
	count(check.deny) == 1 with input as fx.repo_doc({"migrations": [_alembic], "scripts": [fx.script({})]})
}

test_not_applicable_without_migrations if {
	not check.applicable with input as fx.doc({})
}
