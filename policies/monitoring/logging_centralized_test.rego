package readiness.checks.monitoring.logging_centralized_test

import rego.v1

import data.readiness.checks.monitoring.logging_centralized as check
import data.readiness.lib.fixtures as fx

test_passes_with_promtail_config if {
	d := object.union(fx.compose([{"name": "api"}]), {"repo": {"monitoring": {"logShipping": [{"file": "monitoring/promtail.yml", "kind": "promtail"}]}}})
	count(check.deny) == 0 with input as d
}

test_passes_with_a_loki_driver if {
	count(check.deny) == 0 with input as fx.compose([{"name": "api", "logging": {"driver": "loki", "options": {}, "line": 3}}])
}

test_fails_without_shipping if {
	count(check.deny) == 1 with input as fx.compose([{"name": "api"}])
}
