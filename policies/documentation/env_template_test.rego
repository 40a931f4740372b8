package readiness.checks.documentation.env_template_test

import rego.v1

import data.readiness.checks.documentation.env_template as check
import data.readiness.lib.fixtures as fx

test_passes_when_template_covers_everything if {
	d := fx.doc({"envFiles": [
		fx.env_file(".env", "default", false, [{"key": "DATABASE_URL"}, {"key": "SECRET_KEY"}]),
		fx.env_file(".env.example", "example", true, [{"key": "DATABASE_URL"}, {"key": "SECRET_KEY"}, {"key": "EXTRA"}]),
	]})
	check.total == 2 with input as d
	check.passing == 2 with input as d
}

test_fails_for_undocumented_variables if {
	d := fx.doc({"envFiles": [
		fx.env_file(".env.production", "production", false, [{"key": "DATABASE_URL"}, {"key": "SENTRY_DSN"}]),
		fx.env_file(".env.example", "example", true, [{"key": "DATABASE_URL"}]),
	]})
	check.passing == 1 with input as d
	some finding in check.deny with input as d
	finding.resource == "variable:SENTRY_DSN"
	finding.file == ".env.production"
}

test_finding_points_at_the_first_read if {
	d := fx.doc({"envFiles": [
		fx.env_file(".env.production", "production", false, [{"key": "B", "line": 1}, {"key": "A", "line": 7}]),
		fx.env_file(".env", "default", false, [{"key": "A", "line": 3}, {"key": "A", "line": 2}]),
		fx.env_file(".env.example", "example", true, [{"key": "B", "line": 1}]),
	]})
	denies := check.deny with input as d
	[[x.file, x.line] | some x in denies; x.resource == "variable:A"] == [[".env", 2]]
	count(denies) == 1
}

test_a_template_alone_passes if {
	d := fx.doc({"envFiles": [fx.env_file(".env.example", "example", true, [{"key": "A"}])]})
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_not_applicable_without_env if {
	check.total == 0 with input as fx.doc({})
}

test_fails_without_template if {
	d := fx.doc({"envFiles": [fx.env_file(".env.development", "development", false, [{"key": "A"}])]})
	check.total == 1 with input as d
	check.passing == 0 with input as d
}

test_variables_documented_in_the_docs_count if {
	d := json.patch(fx.doc({"envFiles": [fx.env_file("docker/compose.env", "default", false, [{"key": "APP_SECRET_KEY"}, {"key": "APP_URL"}])]}), [{
		"op": "add", "path": "/repo/docs",
		"value": [fx.document("docs/configuration.md", "other", {"envVars": ["APP_SECRET_KEY", "APP_URL", "APP_TIME_ZONE"]})],
	}])
	count(check.deny) == 0 with input as d
}
