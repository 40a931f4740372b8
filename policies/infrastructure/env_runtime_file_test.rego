package readiness.checks.infrastructure.env_runtime_file_test

import rego.v1

import data.readiness.checks.infrastructure.env_runtime_file as check
import data.readiness.lib.fixtures as fx

test_passes_when_env_files_exist if {
	d := fx.compose([{"name": "api", "envFiles": [{"path": ".env", "exists": true, "required": true, "line": 6}]}])
	count(check.deny) == 0 with input as d
}

test_fails_for_missing_env_file if {
	d := fx.compose([{"name": "api", "envFiles": [{"path": ".env", "exists": false, "required": true, "line": 6}]}])
	some finding in check.deny with input as d
	finding.line == 6
}

test_optional_env_file_may_be_missing if {
	d := fx.compose([{"name": "api", "envFiles": [{"path": ".env.local", "exists": false, "required": false, "line": 6}]}])
	count(check.deny) == 0 with input as d
}

test_fails_for_unresolved_variable if {
	cfg := object.union(fx.config("default", false, [{"name": "api"}]), {"unresolvedVariables": [
		{"name": "SECRET_KEY", "file": "compose.yaml", "line": 9, "hasDefault": false, "required": false},
		{"name": "PORT", "file": "compose.yaml", "line": 10, "hasDefault": true, "required": false},
	]})
	denied := check.deny with input as fx.compose_configs([cfg])
	count(denied) == 1
}
