package readiness.checks.infrastructure.compose_networks_test

import rego.v1

import data.readiness.checks.infrastructure.compose_networks as check
import data.readiness.lib.fixtures as fx

test_passes_when_services_join_declared_networks if {
	cfg := object.union(fx.config("default", false, [{"name": "api", "networks": ["backend"]}]), {"networks": [{"name": "backend", "external": false, "line": 20}]})
	d := fx.compose_configs([cfg])
	check.passing == 1 with input as d
	count(check.deny) == 0 with input as d
}

test_fails_on_the_default_network if {
	d := fx.compose([{"name": "api"}, {"name": "db", "role": "datastore"}])
	check.total == 2 with input as d
	check.passing == 0 with input as d
}

test_host_network_services_are_not_judged if {
	check.total == 0 with input as fx.compose([{"name": "agent", "networkMode": "host"}])
}
