package readiness.checks.runtime.privileges_test

import rego.v1

import data.readiness.checks.runtime.privileges as check
import data.readiness.lib.runtime_fixtures as fx

_socket := {"type": "bind", "source": "/var/run/docker.sock", "destination": "/var/run/docker.sock", "readOnly": true, "dockerSocket": true, "sensitiveHostPath": true}

_etc := {"type": "bind", "source": "/etc", "destination": "/host/etc", "readOnly": false, "dockerSocket": false, "sensitiveHostPath": true}

test_passes_for_a_plain_container if {
	d := fx.connected([fx.container({})])
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_each_privilege_is_a_finding if {
	d := fx.connected([fx.container({
		"privileged": true, "capAdd": ["SYS_ADMIN", "NET_BIND_SERVICE"], "mounts": [_socket],
		"pidMode": "host", "ipcMode": "host", "networkMode": "host",
	})])
	msgs := {f.message | some f in check.deny} with input as d
	msgs == {
		"container app-web-1 is privileged",
		"container app-web-1 adds capability SYS_ADMIN",
		"container app-web-1 has the container engine socket mounted at /var/run/docker.sock",
		"container app-web-1 shares the host pid namespace",
		"container app-web-1 shares the host ipc namespace",
		"container app-web-1 shares the host network namespace",
	}
}

test_writable_sensitive_bind_warns if {
	d := fx.connected([fx.container({"mounts": [_etc]})])
	count(check.deny) == 0 with input as d
	{f.message | some f in check.warn} == {"container app-web-1 mounts host path /etc writable at /host/etc"} with input as d
}

test_read_only_sensitive_bind_is_fine if {
	d := fx.connected([fx.container({"mounts": [object.union(_etc, {"readOnly": true})]})])
	count(check.warn) == 0 with input as d
}

test_not_applicable_without_engine if {
	not check.applicable with input as fx.unavailable
}
