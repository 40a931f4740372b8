# METADATA
# title: Running containers have memory limits
# description: >-
#   Every running container has a memory limit, so one leaking or overloaded service cannot take the
#   host's memory from the others (and the OOM killer picks the right process).
# custom:
#   id: runtime.resource-limits
#   category: infrastructure
#   severity: medium
#   evidence:
#     - HostConfig.Memory of every running container (0 = unlimited)
#     - HostConfig.NanoCpus / CpuQuota (reported, not required)
#   remediation: Set deploy.resources.limits.memory (and cpus) in compose and recreate the container.
#   fixable: false
package readiness.checks.runtime.resource_limits

import rego.v1

import data.readiness.lib.runtime

default applicable := false

applicable if {
	runtime.connected
	count(runtime.containers) > 0
}

total := count(runtime.containers)

passing := count([c | some c in runtime.containers; c.memoryLimit > 0])

deny contains runtime.finding(c, sprintf("container %s has no memory limit", [c.name])) if {
	some c in runtime.containers
	c.memoryLimit <= 0
}
