package readiness.checks.monitoring.metrics_test

import rego.v1

import data.readiness.checks.monitoring.metrics as check
import data.readiness.lib.fixtures as fx

_lib := {"metrics": {"library": "prometheus_client", "route": {"path": "/metrics", "file": "backend/app/main.py", "line": 12}}}

test_passes_when_exposed_and_scraped if {
	d := object.union(fx.components([_lib]), {"repo": {"monitoring": {"prometheus": [{"file": "monitoring/prometheus.yml", "scrapeJobs": ["backend"], "line": 1}]}}})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_when_only_exposed if {
	count(check.warn) == 1 with input as fx.components([_lib])
}

test_fails_without_metrics if {
	count(check.deny) == 1 with input as fx.components([{}])
}
