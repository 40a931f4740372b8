# METADATA
# title: No container runs with host privileges
# description: >-
#   No service is privileged, mounts the Docker socket, shares the host's pid/ipc/network/user
#   namespace, disables seccomp or AppArmor, or adds ALL or SYS_ADMIN capabilities. Each of these
#   hands a compromised container control of the host. Every deployment variant is judged (the
#   development ones when the repository has no other); test/CI harnesses and dev containers are not
#   deployed and are not judged.
# custom:
#   id: security.container.privileges
#   category: security
#   severity: critical
#   evidence:
#     - privileged, network_mode/pid/ipc/userns_mode host, security_opt seccomp/apparmor unconfined
#     - cap_add ALL or SYS_ADMIN
#     - a volume mounting /var/run/docker.sock (or another docker.sock)
#   remediation: Remove the privilege; give tools that need the Docker API a socket proxy with a narrow allow-list.
#   fixable: false
package readiness.checks.security.container_privileges

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

default applicable := false

applicable if compose.present

_problems contains {"svc": svc, "problem": "is privileged"} if {
	some svc in compose.variant_services
	svc.privileged == true
}

_problems contains {"svc": svc, "problem": sprintf("mounts the Docker socket (%s)", [v.source])} if {
	some svc in compose.variant_services
	some v in svc.volumes
	endswith(object.get(v, "source", ""), "docker.sock")
}

_problems contains {"svc": svc, "problem": sprintf("shares the host %s namespace", [ns])} if {
	some svc in compose.variant_services
	some ns, value in {"network": svc.networkMode, "pid": svc.pid, "ipc": svc.ipc, "user": svc.userns}
	value == "host"
}

_problems contains {"svc": svc, "problem": sprintf("disables a security profile (%s)", [opt])} if {
	some svc in compose.variant_services
	some opt in svc.securityOpt
	regex.match(`(?i)(seccomp|apparmor|label)[:=]\s*(unconfined|disable)`, opt)
}

_problems contains {"svc": svc, "problem": sprintf("adds the %s capability", [cap])} if {
	some svc in compose.variant_services
	some cap in svc.capAdd
	upper(trim_prefix(cap, "CAP_")) in {"ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "NET_ADMIN", "DAC_READ_SEARCH"}
}

deny contains f.service(svc, msg) if {
	some p in _problems
	svc := p.svc
	msg := sprintf("service %s %s", [svc.name, p.problem])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
