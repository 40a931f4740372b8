package readiness.checks.security.container_hardening_test

import rego.v1

import data.readiness.checks.security.container_hardening as check
import data.readiness.lib.fixtures as fx

test_passes_when_hardened if {
	d := fx.compose([{"name": "api", "securityOpt": ["no-new-privileges:true"], "capDrop": ["ALL"]}])
	check.passing == 1 with input as d
}

test_fails_without_hardening if {
	d := fx.compose([{"name": "api"}, {"name": "db", "role": "datastore", "securityOpt": ["no-new-privileges:true"]}])
	check.total == 2 with input as d
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.message == "service db is missing cap_drop"
}
