package readiness.checks.infrastructure.compose_persistent_volumes_test

import rego.v1

import data.readiness.checks.infrastructure.compose_persistent_volumes as check
import data.readiness.lib.fixtures as fx

_vol(target) := {"type": "volume", "source": "data", "target": target, "readOnly": false, "line": 9}

test_passes_with_named_volume_on_data_dir if {
	d := fx.compose([{"name": "db", "role": "datastore", "stateful": "postgres", "volumes": [_vol("/var/lib/postgresql/data")]}])
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_fails_without_volume if {
	d := fx.compose([{"name": "db", "role": "datastore", "stateful": "postgres"}, {"name": "cache", "role": "cache", "stateful": "redis", "volumes": [_vol("/data")]}])
	check.total == 2 with input as d
	check.passing == 1 with input as d
	some finding in check.deny with input as d
	finding.resource == "service:db"
}

test_tmpfs_does_not_persist if {
	d := fx.compose([{"name": "db", "role": "datastore", "stateful": "mysql", "volumes": [{"type": "tmpfs", "source": null, "target": "/var/lib/mysql", "readOnly": false, "line": 3}]}])
	check.passing == 0 with input as d
}

test_not_applicable_without_stateful_services if {
	check.total == 0 with input as fx.compose([{"name": "api"}])
}
