# METADATA
# title: Running containers match their compose declaration
# description: >-
#   Containers of the scanned compose project run what the compose files declare: the same image,
#   user, healthcheck, restart policy, published ports, memory limit and privileged flag. A
#   difference means the running stack was changed by hand or deployed from other files, so the
#   repository no longer describes production.
# custom:
#   id: runtime.drift
#   category: infrastructure
#   severity: medium
#   evidence:
#     - running containers matched to compose services by com.docker.compose.* labels or by name
#     - the merged compose declaration of each matched service
#   remediation: Redeploy from the repository (docker compose up -d), or commit the change to the compose files.
#   fixable: false
package readiness.checks.runtime.drift

import rego.v1

import data.readiness.lib.runtime

default applicable := false

applicable if {
	runtime.connected
	count(_compared) > 0
}

_compared := {name | some name in input.runtime.driftCompared}

_drifted := {d.container | some d in input.runtime.drift}

total := count(_compared)

passing := count(_compared - _drifted)

deny contains {"message": msg, "file": d.file, "line": d.line, "resource": sprintf("service:%s", [d.service])} if {
	some d in input.runtime.drift
	msg := sprintf("container %s differs from service %s: %s is %s, declared %s", [
		d.container, d.service, d.field, _shown(d.actual), _shown(d.declared),
	])
}

_shown(v) := sprintf("%q", [v]) if {
	is_string(v)
	v != ""
}

_shown(v) := "none" if v == ""

_shown(v) := "none" if v == null
