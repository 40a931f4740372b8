package readiness.checks.infrastructure.database_pooling_test

import rego.v1

import data.readiness.checks.infrastructure.database_pooling as check
import data.readiness.lib.fixtures as fx

_db := {"name": "db", "role": "datastore", "stateful": "postgres", "image": fx.image("postgres", "16")}

test_passes_with_pool_settings if {
	d := object.union(fx.compose([_db]), {"repo": {"components": [fx.component({"dbPool": {"file": "backend/db.py", "line": 10}})]}})
	count(check.deny) == 0 with input as d
}

test_passes_with_pgbouncer if {
	d := object.union(fx.compose([_db, {"name": "pgbouncer", "role": "other", "image": fx.image("edoburu/pgbouncer", "1.22")}]), {"repo": object.union(fx.empty_doc.repo, {"components": [fx.component({})]})})
	count(check.deny) == 0 with input as d
}

test_fails_without_pool if {
	d := object.union(fx.compose([_db]), {"repo": object.union(fx.empty_doc.repo, {"components": [fx.component({})]})})
	count(check.deny) == 1 with input as d
}

test_not_applicable_without_application_code if {
	not check.applicable with input as fx.compose([_db, {"name": "app", "image": fx.image("mattermost/mattermost-team-edition", "10.5")}])
}

test_not_applicable_for_document_stores if {
	not check.applicable with input as fx.compose([{"name": "mongo", "role": "datastore", "stateful": "mongo"}])
}

test_not_applicable_without_database if {
	not check.applicable with input as fx.compose([{"name": "api"}])
}
