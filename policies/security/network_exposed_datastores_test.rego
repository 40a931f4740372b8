package readiness.checks.security.network_exposed_datastores_test

import rego.v1

import data.readiness.checks.security.network_exposed_datastores as check
import data.readiness.lib.fixtures as fx

_port(host_ip) := {"published": "5432", "target": "5432", "hostIp": host_ip, "protocol": "tcp", "line": 8}

test_passes_for_unpublished_or_loopback if {
	d := fx.compose([{"name": "db", "role": "datastore", "stateful": "postgres"}, {"name": "cache", "role": "cache", "stateful": "redis", "ports": [_port("127.0.0.1")]}])
	check.total == 2 with input as d
	check.passing == 2 with input as d
}

test_fails_for_published_database if {
	d := fx.compose([{"name": "db", "role": "datastore", "stateful": "postgres", "ports": [_port(null)]}])
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.line == 8
}

test_prod_override_without_ports_passes if {
	d := fx.compose_configs([
		fx.config("default", false, [{"name": "db", "role": "datastore", "stateful": "postgres", "ports": [_port(null)]}]),
		fx.config("production", true, [{"name": "db", "role": "datastore", "stateful": "postgres"}]),
	])
	check.passing == 1 with input as d
}
