package readiness.checks.monitoring.apm_test

import rego.v1

import data.readiness.checks.monitoring.apm as check
import data.readiness.lib.fixtures as fx

test_passes_with_sentry if {
	count(check.deny) == 0 with input as fx.components([{"apm": [{"kind": "sentry", "file": "backend/app/main.py", "line": 3}]}])
}

test_passes_with_jaeger_service if {
	count(check.deny) == 0 with input as fx.compose([{"name": "api"}, {"name": "jaeger", "role": "monitoring", "image": fx.image("jaegertracing/all-in-one", "1.60")}])
}

test_fails_without_apm if {
	count(check.deny) == 1 with input as fx.components([{}])
}
