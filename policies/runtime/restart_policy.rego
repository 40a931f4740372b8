# METADATA
# title: Running containers restart after a crash or reboot
# description: >-
#   Every running container has a restart policy other than "no" (always, unless-stopped or
#   on-failure), so a crash or a host reboot does not leave the service down until someone notices.
# custom:
#   id: runtime.restart-policy
#   category: infrastructure
#   severity: medium
#   evidence:
#     - HostConfig.RestartPolicy.Name of every running container
#   remediation: Set restart unless-stopped (or deploy.restart_policy) in compose and recreate the container.
#   fixable: false
package readiness.checks.runtime.restart_policy

import rego.v1

import data.readiness.lib.runtime

default applicable := false

applicable if {
	runtime.connected
	count(runtime.containers) > 0
}

total := count(runtime.containers)

passing := count([c | some c in runtime.containers; not _no_restart(c)])

_no_restart(c) if c.restartPolicy in {"", "no"}

deny contains runtime.finding(c, sprintf("container %s has no restart policy", [c.name])) if {
	some c in runtime.containers
	_no_restart(c)
}
