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

test_fails_without_template if {
	d := fx.doc({"envFiles": [fx.env_file(".env.development", "development", false, [{"key": "A"}])]})
	check.total == 1 with input as d
	check.passing == 0 with input as d
}
