package readiness.checks.monitoring.healthcheck_endpoint_test

import rego.v1

import data.readiness.checks.monitoring.healthcheck_endpoint as check
import data.readiness.lib.fixtures as fx

test_passes_with_health_route if {
	d := fx.components([{"healthRoutes": [{"path": "/health", "file": "backend/app/main.py", "line": 40}]}])
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_fails_without_route if {
	d := fx.components([{"dir": "api"}, {"dir": "web", "kind": "frontend"}])
	check.total == 1 with input as d
	check.passing == 0 with input as d
}

test_a_root_page_probe_warns if {
	d := json.patch(fx.components([{"dir": ".", "dockerfile": "Dockerfile"}]), [{"op": "add", "path": "/dockerfiles", "value": [{
		"file": "Dockerfile", "finalStage": 0,
		"stages": [{"healthcheck": {"test": "curl -fs http://localhost:8000", "none": false}}],
	}]}])
	count(check.deny) == 0 with input as d
	some w in check.warn with input as d
	w.file == "Dockerfile"
}

test_a_health_path_probe_passes if {
	d := json.patch(fx.components([{"dir": ".", "dockerfile": "Dockerfile"}]), [{"op": "add", "path": "/dockerfiles", "value": [{
		"file": "Dockerfile", "finalStage": 0,
		"stages": [{"healthcheck": {"test": "curl -fs http://localhost:8000/up", "none": false}}],
	}]}])
	check.passing == 1 with input as d
}
