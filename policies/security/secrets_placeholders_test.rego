package readiness.checks.security.secrets_placeholders_test

import rego.v1

import data.readiness.checks.security.secrets_placeholders as check
import data.readiness.lib.fixtures as fx

test_passes_for_references if {
	d := fx.doc({"envFiles": [fx.env_file(".env.production", "production", false, [{"key": "SECRET_KEY", "kind": "reference", "secretLike": true}])]})
	count(check.deny) == 0 with input as d
}

test_fails_for_changeme_in_production if {
	d := fx.doc({"envFiles": [fx.env_file(".env.production", "production", false, [
		{"key": "SECRET_KEY", "kind": "placeholder", "secretLike": true},
		{"key": "DEBUG", "kind": "boolean", "secretLike": false},
	])]})
	count(check.deny) == 1 with input as d
}

test_example_templates_are_not_judged if {
	d := fx.doc({"envFiles": [fx.env_file(".env.example", "example", true, [{"key": "SECRET_KEY", "kind": "placeholder", "secretLike": true}])]})
	not check.applicable with input as d
}
