package readiness.checks.security.env_gitignored_test

import rego.v1

import data.readiness.checks.security.env_gitignored as check
import data.readiness.lib.fixtures as fx

_secret := {"key": "DB_PASSWORD", "kind": "secret", "secretLike": true}

_env(file, environment, template, tracked, ignored) := _env_keys(file, environment, template, tracked, ignored, [_secret])

_env_keys(file, environment, template, tracked, ignored, keys) := object.union(fx.env_file(file, environment, template, keys), {"tracked": tracked, "gitignored": ignored})

test_passes_for_ignored_env_and_tracked_template if {
	d := fx.doc({"envFiles": [_env(".env", "default", false, false, true), _env(".env.example", "example", true, true, false)]})
	check.total == 1 with input as d
	check.passing == 1 with input as d
}

test_fails_for_tracked_production_env if {
	d := fx.doc({"envFiles": [_env(".env.production", "production", false, true, false), _env(".env", "default", false, false, true)]})
	check.total == 2 with input as d
	check.passing == 1 with input as d
	some finding in check.deny with input as d
	finding.file == ".env.production"
}

test_not_applicable_with_only_templates if {
	check.total == 0 with input as fx.doc({"envFiles": [_env(".env.example", "example", true, true, false)]})
}

test_tracked_env_holding_only_settings_passes if {
	keys := [{"key": "COMPOSE_PROJECT_NAME", "kind": "text", "secretLike": false}, {"key": "SECRET_KEY", "kind": "reference", "secretLike": true}]
	d := fx.doc({"envFiles": [_env_keys(".env", "default", false, true, false, keys)]})
	check.total == 1 with input as d
	check.passing == 1 with input as d
	count(check.deny) == 0 with input as d
}

test_tracked_env_with_placeholders_to_fill_in_is_judged if {
	keys := [{"key": "PAPERLESS_SECRET_KEY", "kind": "placeholder", "secretLike": true}]
	d := fx.doc({"envFiles": [_env_keys("docker-compose.env", "default", false, true, false, keys)]})
	check.passing == 0 with input as d
	count(check.deny) == 1 with input as d
}

test_tracked_env_with_a_chosen_value_is_judged if {
	keys := [{"key": "POSTGRES_PASSWORD", "kind": "text", "secretLike": true}]
	d := fx.doc({"envFiles": [_env_keys("docker/.env", "default", false, true, false, keys)]})
	some finding in check.deny with input as d
	finding.file == "docker/.env"
}

test_untracked_unignored_env_is_judged_whatever_it_holds if {
	d := fx.doc({"envFiles": [_env_keys(".env", "default", false, false, false, [])]})
	check.total == 1 with input as d
	count(check.deny) == 1 with input as d
}
