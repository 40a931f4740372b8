package readiness.checks.security.container_privileges_test

import rego.v1

import data.readiness.checks.security.container_privileges as check
import data.readiness.lib.fixtures as fx

test_passes_for_plain_services if {
	count(check.deny) == 0 with input as fx.compose([{"name": "api", "capDrop": ["ALL"]}])
}

test_fails_for_privileged_and_docker_socket if {
	d := fx.compose([
		{"name": "agent", "privileged": true, "volumes": [{"type": "bind", "source": "/var/run/docker.sock", "target": "/var/run/docker.sock", "readOnly": true, "line": 6}]},
		{"name": "net", "networkMode": "host", "capAdd": ["SYS_ADMIN"]},
	])
	count(check.deny) == 4 with input as d
}

test_fails_for_unconfined_seccomp if {
	count(check.deny) == 1 with input as fx.compose([{"name": "api", "securityOpt": ["seccomp:unconfined"]}])
}
