package readiness.checks.security.env_gitignored_test

import rego.v1

import data.readiness.checks.security.env_gitignored as check
import data.readiness.lib.fixtures as fx

_env(file, environment, template, tracked, ignored) := object.union(fx.env_file(file, environment, template, []), {"tracked": tracked, "gitignored": ignored})

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
