package readiness.checks.automation.migrations_reversible_test

import rego.v1

import data.readiness.checks.automation.migrations_reversible as check
import data.readiness.lib.fixtures as fx

_item(file, ok) := {"file": file, "reversible": ok, "line": 20}

test_passes_when_every_migration_has_a_downgrade if {
	d := fx.repo_doc({"migrations": [{"tool": "alembic", "dir": "alembic/versions", "count": 2, "reversible": 2, "items": [_item("alembic/versions/1.py", true), _item("alembic/versions/2.py", true)]}]})
	check.total == 2 with input as d
	check.passing == 2 with input as d
	count(check.deny) == 0 with input as d
}

test_fails_for_empty_downgrade if {
	d := fx.repo_doc({"migrations": [{"tool": "alembic", "dir": "alembic/versions", "count": 1, "reversible": 0, "items": [_item("alembic/versions/1.py", false)]}]})
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.file == "alembic/versions/1.py"
}

test_not_applicable_without_migrations if {
	check.total == 0 with input as fx.doc({})
}
