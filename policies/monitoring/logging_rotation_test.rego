package readiness.checks.monitoring.logging_rotation_test

import rego.v1

import data.readiness.checks.monitoring.logging_rotation as check
import data.readiness.lib.fixtures as fx

_json(opts) := {"driver": "json-file", "options": opts, "line": 10}

test_passes_with_max_size if {
	d := fx.compose([{"name": "api", "logging": _json({"max-size": "10m", "max-file": "3"})}, {"name": "db", "role": "datastore", "logging": {"driver": "local", "options": {}, "line": 4}}])
	check.total == 2 with input as d
	check.passing == 2 with input as d
}

test_fails_without_logging_options if {
	d := fx.compose([{"name": "api"}, {"name": "db", "role": "datastore", "logging": _json({})}])
	check.passing == 0 with input as d
	count(check.deny) == 2 with input as d
}

test_file_logging_needs_rotation if {
	d := fx.components([{"logging": {"toFile": true, "rotation": false, "stdout": true, "evidence": [{"file": "backend/app/log.py", "line": 5, "what": "FileHandler"}]}}])
	check.total == 1 with input as d
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.file == "backend/app/log.py"
}
