# METADATA
# title: Running containers are healthy
# description: >-
#   No running container reports the health status unhealthy. Containers without any healthcheck
#   are a partial result: nothing tells the engine, an orchestrator or a deploy script that the
#   process inside has stopped doing its job.
# custom:
#   id: runtime.health
#   category: monitoring
#   severity: high
#   evidence:
#     - State.Health.Status of every running container (healthy, unhealthy, starting)
#     - the last healthcheck probe output
#   remediation: >-
#     Fix what makes the probe fail (its last output is in the finding); give containers without
#     one a HEALTHCHECK in the image or a compose healthcheck.
#   fixable: false
package readiness.checks.runtime.health

import rego.v1

import data.readiness.lib.runtime

default applicable := false

applicable if {
	runtime.connected
	count(runtime.containers) > 0
}

deny contains runtime.finding(c, msg) if {
	some c in runtime.containers
	c.health == "unhealthy"
	msg := sprintf("container %s is unhealthy%s", [c.name, _probe_output(c)])
}

warn contains runtime.finding(c, sprintf("container %s has no healthcheck", [c.name])) if {
	some c in runtime.containers
	c.health == "none"
}

_probe_output(c) := sprintf(": last probe said %q", [c.healthLastOutput]) if {
	is_string(c.healthLastOutput)
	c.healthLastOutput != ""
}

_probe_output(c) := "" if {
	not is_string(c.healthLastOutput)
}

_probe_output(c) := "" if {
	c.healthLastOutput == ""
}
