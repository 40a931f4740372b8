package readiness.checks.infrastructure.compose_production_override_test

import rego.v1

import data.readiness.checks.infrastructure.compose_production_override as check
import data.readiness.lib.fixtures as fx

test_passes_with_prod_file if {
	d := object.union(fx.compose([{"name": "api"}]), {"compose": {"files": [
		{"file": "docker-compose.yml", "role": "base", "services": ["api"], "version": null},
		{"file": "docker-compose.prod.yml", "role": "other", "services": ["api"], "version": null},
	]}})
	count(check.deny) == 0 with input as d
}

test_passes_with_a_production_config if {
	count(check.deny) == 0 with input as fx.compose_configs([fx.config("production", true, [{"name": "api"}])])
}

test_fails_with_only_a_base_file if {
	count(check.deny) == 1 with input as fx.compose([{"name": "api"}])
}
