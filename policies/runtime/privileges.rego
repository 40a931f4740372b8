# METADATA
# title: Running containers have no host-level privileges
# description: >-
#   No running container is privileged, adds ALL or SYS_ADMIN capabilities, has the Docker (or
#   podman) API socket mounted, or shares the host's PID, IPC or network namespace. Each of these
#   hands the container control over the host. Writable binds of sensitive host paths (/, /etc,
#   /proc, /sys, /root, /var/run, ...) are reported as warnings.
# custom:
#   id: runtime.privileges
#   category: security
#   severity: critical
#   evidence:
#     - HostConfig.Privileged, CapAdd, PidMode, IpcMode, NetworkMode
#     - mounts of docker.sock / podman.sock and binds of sensitive host paths
#   remediation: >-
#     Remove privileged, the socket mount and host namespaces; add only the capabilities the process
#     needs. Containers that must manage containers should talk to a filtered socket proxy instead.
#   fixable: false
package readiness.checks.runtime.privileges

import rego.v1

import data.readiness.lib.runtime

default applicable := false

applicable if {
	runtime.connected
	count(runtime.containers) > 0
}

deny contains runtime.finding(c, sprintf("container %s is privileged", [c.name])) if {
	some c in runtime.containers
	c.privileged
}

deny contains runtime.finding(c, sprintf("container %s adds capability %s", [c.name, cap])) if {
	some c in runtime.containers
	some cap in c.capAdd
	upper(cap) in {"ALL", "SYS_ADMIN", "CAP_SYS_ADMIN"}
}

deny contains runtime.finding(c, sprintf("container %s has the container engine socket mounted at %s", [c.name, m.destination])) if {
	some c in runtime.containers
	some m in c.mounts
	m.dockerSocket
}

deny contains runtime.finding(c, sprintf("container %s shares the host %s namespace", [c.name, ns])) if {
	some c in runtime.containers
	some ns, mode in {"pid": c.pidMode, "ipc": c.ipcMode, "network": c.networkMode}
	mode == "host"
}

warn contains runtime.finding(c, sprintf("container %s mounts host path %s writable at %s", [c.name, m.source, m.destination])) if {
	some c in runtime.containers
	some m in c.mounts
	m.sensitiveHostPath
	not m.dockerSocket
	not m.readOnly
}
