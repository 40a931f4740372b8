# METADATA
# title: Deployments run migrations
# description: >-
#   The deploy path applies pending migrations (an entrypoint, init or prestart script, a migration job
#   service, a process config such as a Procfile release phase or a uWSGI hook, a deploy script or a
#   step of a workflow that deploys, or an application that migrates on startup: Flyway/Liquibase, an
#   embedded SQL migrator or an in-application migrator), so code never runs against a schema it does
#   not expect. A migration run in a test workflow or test script is not the deploy path. Also applies
#   when the deploy path migrates an upstream application whose migrations live elsewhere.
# custom:
#   id: automation.migrations.in-deploy
#   category: automation
#   severity: low
#   evidence:
#     - alembic upgrade / manage.py migrate / prisma migrate deploy / knex migrate:latest / rails db:migrate in scripts, entrypoints, Dockerfile CMD or compose commands
#     - the same commands in a Procfile, uWSGI/supervisord ini, platform config or deployment template/manifest
#     - a step with migrate intent in a workflow that deploys
#     - Flyway, Liquibase, embedded SQL migrations or an in-application migrator (run on application startup)
#   remediation: Run migrations in the deploy script or as a one-off compose service before the app starts.
#   fixable: false
package readiness.checks.automation.migrations_in_deploy

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

default applicable := false

applicable if count(input.repo.migrations) > 0

applicable if _runs_migrations

_migrate := `(?i)(alembic\s+upgrade|manage\.py\s+migrate|\bmigrate\s+deploy\b|prisma\s+migrate|knex\s+migrate|sequelize(-cli)?\s+db:migrate|typeorm\s+migration:run|db:migrate|\bflyway\s+migrate|liquibase\s+update|goose\s+.*\bup\b|migrate\s+.*\bup\b|dotnet\s+ef\s+database\s+update|npm\s+run\s+migrate|aerich\s+upgrade|flask\s+db\s+upgrade|\bmigrat(e|ions?)\.sh)`

_text(v) := concat(" ", v) if is_array(v)

_text(v) := v if is_string(v)

_runs_migrations if {
	some s in input.repo.scripts
	s.migrations == true
	s.kind != "test"
}

_runs_migrations if {
	some w in repo.workflows_with("deploy")
	_has_intent(w, "migrate")
}

_runs_migrations if count(input.repo.migrationRuns) > 0

_has_intent(w, intent) if intent in w.intents

_has_intent(w, intent) if {
	some j in w.jobs
	intent in j.intents
}

_runs_migrations if {
	some svc in compose.all_services
	regex.match(_migrate, _text(svc.command))
}

_runs_migrations if {
	some svc in compose.all_services
	regex.match(_migrate, _text(svc.entrypoint))
}

_runs_migrations if {
	some df in input.dockerfiles
	some st in df.stages
	some c in [st.cmd, st.entrypoint]
	c != null
	regex.match(_migrate, _text(c.value))
}

_runs_migrations if {
	some df in input.dockerfiles
	some st in df.stages
	some run in st.runs
	regex.match(_migrate, run.command)
}

# Flyway and Liquibase migrate when a Spring Boot (or similar) app starts.
_runs_migrations if {
	some m in input.repo.migrations
	m.tool in {"flyway", "liquibase", "embedded-sql", "in-app"}
}

deny contains f.repo("migrations exist but nothing in the deploy path applies them") if {
	applicable
	not _runs_migrations
}
