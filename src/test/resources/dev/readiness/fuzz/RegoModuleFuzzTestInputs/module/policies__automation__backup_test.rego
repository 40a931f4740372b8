package readiness.checks.automation.backup_test

import rego.v1

import data.readiness.checks.automation.backup as check
import data.readiness.lib.fixtures as fx

_db := {"name": "db", "role": "datastore", "stateful": "postgres"}

_stack(repo) := object.union(fx.compose([_db]), {"repo": repo})

test_passes_with_script_and_schedule if {
	d := _stack({"scripts": [fx.script({"file": "scripts/backup.sh", "kind": "backup", "backupTools": ["pg_dump"]})], "backupSchedules": [{"kind": "cron", "file": "ops/crontab", "line": 1}]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_for_unscheduled_script if {
	d := _stack({"scripts": [fx.script({"file": "scripts/backup.sh", "kind": "backup", "backupTools": ["pg_dump"]})]})
	count(check.warn) == 1 with input as d
}

test_passes_with_a_backup_service if {
	d := object.union(fx.compose([_db, {"name": "backup", "role": "datastore", "stateful": "postgres", "entrypoint": ["sh", "-c", "while true; do /scripts/backup.sh; sleep 86400; done"]}]), {"repo": {"scripts": [fx.script({"file": "scripts/backup.sh", "kind": "backup", "backupTools": ["pg_dump"]})]}})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_fails_without_backups if {
	count(check.deny) == 1 with input as fx.compose([_db])
}

test_not_applicable_without_data if {
	not check.applicable with input as fx.compose([{"name": "api"}])
}
