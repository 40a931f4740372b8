package readiness.checks.monitoring.logging_stdout_test

import rego.v1

import data.readiness.checks.monitoring.logging_stdout as check
import data.readiness.lib.fixtures as fx

test_passes_with_stdout_logging if {
	d := fx.components([{"logging": {"toFile": true, "rotation": true, "stdout": true, "evidence": []}}, {"dir": "worker", "kind": "worker"}])
	check.total == 2 with input as d
	check.passing == 2 with input as d
}

test_fails_for_file_only_logging if {
	d := fx.components([{"logging": {"toFile": true, "rotation": false, "stdout": false, "evidence": [{"file": "backend/log.py", "line": 3, "what": "FileHandler"}]}}])
	check.passing == 0 with input as d
}
