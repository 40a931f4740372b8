# METADATA
# title: Running containers' logs rotate
# description: >-
#   Every running container that logs to a file on the host (json-file, podman's k8s-file) sets
#   max-size, so its log cannot fill the disk. The local driver rotates by default; drivers that
#   ship logs elsewhere (journald, syslog, fluentd, awslogs, ...) do not write unbounded files.
# custom:
#   id: runtime.log-rotation
#   category: monitoring
#   severity: medium
#   evidence:
#     - HostConfig.LogConfig.Type and its max-size option for every running container
#   remediation: >-
#     Set logging.options.max-size (and max-file) in compose, or log-opts in the daemon's
#     daemon.json, then recreate the container.
#   fixable: false
package readiness.checks.runtime.log_rotation

import rego.v1

import data.readiness.lib.runtime

default applicable := false

applicable if {
	runtime.connected
	count(runtime.containers) > 0
}

total := count(runtime.containers)

passing := count([c | some c in runtime.containers; not _unbounded(c)])

_unbounded(c) if {
	c.logDriver in {"json-file", "k8s-file"}
	not _max_size(c)
}

_max_size(c) if {
	size := c.logOptions["max-size"]
	not size in {"", "-1", "0"}
}

deny contains runtime.finding(c, sprintf("container %s logs with %s without max-size", [c.name, c.logDriver])) if {
	some c in runtime.containers
	_unbounded(c)
}
