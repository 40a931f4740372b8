# METADATA
# title: No container runs with host privileges
# description: >-
#   No service is privileged, mounts the Docker socket, shares the host's pid/ipc/network/user
#   namespace, disables seccomp or AppArmor, or adds ALL or SYS_ADMIN capabilities. Each of these
#   hands a compromised container control of the host.
# custom:
#   id: security.container.privileges
#   category: security
#   severity: critical
#   evidence:
#     - privileged, network_mode/pid/ipc/userns_mode host, security_opt seccomp/apparmor unconfined
#     - cap_add ALL or SYS_ADMIN
#     - a volume mounting /var/run/docker.sock (or another docker.sock)
#   remediation: Remove the privilege; give tools that need the Docker API a socket proxy with a narrow allow-list.
#   fixable: true
package readiness.checks.security.container_privileges

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

applicable if compose.present

_problems(svc) contains "is privileged" if svc.privileged == true

_problems(svc) contains sprintf("mounts the Docker socket (%s)", [v.source]) if {
	some v in svc.volumes
	endswith(object.get(v, "source", ""), "docker.sock")
}

_problems(svc) contains sprintf("shares the host %s namespace", [ns]) if {
	some ns, value in {"network": svc.networkMode, "pid": svc.pid, "ipc": svc.ipc, "user": svc.userns}
	value == "host"
}

_problems(svc) contains sprintf("disables a security profile (%s)", [opt]) if {
	some opt in svc.securityOpt
	regex.match(`(?i)(seccomp|apparmor|label)[:=]\s*(unconfined|disable)`, opt)
}

_problems(svc) contains sprintf("adds the %s capability", [cap]) if {
	some cap in svc.capAdd
	upper(trim_prefix(cap, "CAP_")) in {"ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "NET_ADMIN", "DAC_READ_SEARCH"}
}

deny contains f.service(svc, msg) if {
	some svc in compose.all_services
	some p in _problems(svc)
	msg := sprintf("service %s %s", [svc.name, p])
}
