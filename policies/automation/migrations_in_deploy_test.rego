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

test_passes_with_a_process_config_that_migrates if {
	d := fx.repo_doc({"migrations": [_alembic], "migrationRuns": [{"kind": "manage.py migrate", "file": "docker/uwsgi.ini", "line": 12}]})
	count(check.deny) == 0 with input as d
}

test_a_test_script_that_migrates_is_not_the_deploy_path if {
	d := fx.repo_doc({"migrations": [_alembic], "scripts": [fx.script({"kind": "test", "migrations": true})]})
	count(check.deny) == 1 with input as d
}

test_an_in_app_migrator_applies_itself if {
	d := fx.repo_doc({"migrations": [{"tool": "embedded-sql", "dir": "store/migration", "count": 3, "reversible": 0, "items": []}]})
	count(check.deny) == 0 with input as d
}

test_applies_when_the_deploy_path_migrates_an_upstream_app if {
	d := fx.repo_doc({"migrationRuns": [{"kind": "rake db:migrate", "file": "templates/web.template.yml", "line": 40}]})
	check.applicable with input as d
	count(check.deny) == 0 with input as d
}
