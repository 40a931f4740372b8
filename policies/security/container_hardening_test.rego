package readiness.checks.security.container_hardening_test

import rego.v1

import data.readiness.checks.security.container_hardening as check
import data.readiness.lib.fixtures as fx

test_passes_when_hardened if {
	d := fx.compose([{"name": "api", "securityOpt": ["no-new-privileges:true"], "capDrop": ["ALL"]}])
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_fails_when_a_service_has_no_hardening if {
	d := fx.compose([{"name": "api"}, {"name": "db", "role": "datastore", "securityOpt": ["no-new-privileges:true"]}])
	some finding in check.deny with input as d
	finding.message == "service api is not hardened: no no-new-privileges, cap_drop or read_only"
	finding.line == 2
	some w in check.warn with input as d
	w.message == "service db is partly hardened but is missing cap_drop"
}

test_warns_when_every_service_is_partly_hardened if {
	d := fx.compose([{"name": "api", "readOnly": true}, {"name": "db", "role": "datastore", "securityOpt": ["no-new-privileges:true"]}])
	count(check.deny) == 0 with input as d
	count(check.warn) == 2 with input as d
}

test_one_off_jobs_are_not_judged if {
	d := fx.compose([{"name": "migrate", "role": "job"}])
	count(check.deny) == 0 with input as d
}
