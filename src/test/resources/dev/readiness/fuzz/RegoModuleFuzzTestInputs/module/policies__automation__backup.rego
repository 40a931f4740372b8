# METADATA
# title: Database backups are automated
# description: >-
#   Databases are backed up automatically: a backup script or tool (pg_dump, mysqldump, mongodump,
#   restic, borg, velero, wal-g, pgBackRest, ...) and a schedule that runs it (cron, a compose backup
#   service, a scheduled workflow, a Kubernetes CronJob). A script nobody schedules is partial.
# custom:
#   id: automation.backup
#   category: automation
#   severity: medium
#   evidence:
#     - backup scripts or tools (pg_dump, mysqldump, mongodump, restic, borg, velero, wal-g, pgbackrest)
#     - a schedule (crontab, backup service in compose, scheduled workflow, CronJob)
#   remediation: Add scripts/backup.sh and a scheduled backup service (readiness fix generates both).
#   fixable: true
#   seed: No automated backups
package readiness.checks.automation.backup

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

default applicable := false

applicable if {
	some svc in compose.all_services
	compose.stateful(svc)
}

applicable if count(input.repo.migrations) > 0

_tool if {
	some s in input.repo.scripts
	s.kind == "backup"
}

_tool if {
	some s in input.repo.scripts
	count(s.backupTools) > 0
}

_tool if {
	some svc in compose.all_services
	regex.match(`(?i)(backup|pgbackrest|wal-g|restic|borg|velero)`, concat(" ", [svc.name, compose.image_repo(svc)]))
}

_schedule if count(input.repo.backupSchedules) > 0

# A long-running compose service that runs backups is its own schedule.
_schedule if {
	some svc in compose.all_services
	regex.match(`(?i)backup`, svc.name)
	compose.tooling(svc)
	svc.role != "job"
}

deny contains f.repo("no automated database backups: no backup script and no schedule") if {
	applicable
	not _tool
	not _schedule
}

warn contains f.repo("a backup script exists but nothing schedules it (cron, backup service, scheduled workflow, CronJob)") if {
	applicable
	_tool
	not _schedule
}

warn contains f.repo("a backup schedule exists but no backup script or tool was found") if {
	applicable
	_schedule
	not _tool
}
