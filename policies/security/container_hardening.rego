# METADATA
# title: Containers are hardened
# description: >-
#   Long-running services of the judged production compose config set no-new-privileges, drop capabilities they do not need (cap_drop: ALL
#   plus what is required) and, where the app allows it, run with a read-only root filesystem. These
#   limit what an attacker can do after compromising a process. Fails when some service has none of
#   no-new-privileges, cap_drop and read_only; warns when every service has some of them but not
#   both no-new-privileges and cap_drop.
# custom:
#   id: security.container.hardening
#   category: security
#   severity: low
#   evidence:
#     - security_opt no-new-privileges:true
#     - cap_drop entries (ALL)
#     - read_only true (reported when missing, not required)
#   remediation: Add security_opt no-new-privileges:true and cap_drop ALL to each service.
#   fixable: false
#   seed: No runtime security
package readiness.checks.security.container_hardening

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_judged contains svc if {
	some svc in compose.services
	compose.long_running(svc)
}

default applicable := false

applicable if count(_judged) > 0

_nnp(svc) if {
	some opt in svc.securityOpt
	regex.match(`(?i)^no-new-privileges(:true|=true)?$`, trim_space(opt))
}

_drops(svc) if count(svc.capDrop) > 0

_ok(svc) if {
	_nnp(svc)
	_drops(svc)
}

# Some hardening: one of the measures is set.
_partial(svc) if _nnp(svc)

_partial(svc) if _drops(svc)

_partial(svc) if svc.readOnly == true

_missing(svc) := array.concat([m | not _nnp(svc); m := "no-new-privileges"], [m | not _drops(svc); m := "cap_drop"])

deny contains f.service(svc, msg) if {
	some svc in _judged
	not _partial(svc)
	msg := sprintf("service %s is not hardened: no no-new-privileges, cap_drop or read_only", [svc.name])
}

warn contains f.service(svc, msg) if {
	some svc in _judged
	_partial(svc)
	not _ok(svc)
	msg := sprintf("service %s is partly hardened but is missing %s", [svc.name, concat(" and ", _missing(svc))])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
