# METADATA
# title: Containers run as a non-root user
# description: >-
#   Every application image's final stage sets a non-root USER, or the compose service that runs it
#   sets a non-root user. A process running as root inside a container turns any remote code
#   execution into root on the container and one kernel or runtime bug away from root on the host.
# custom:
#   id: security.container.non-root
#   category: security
#   severity: high
#   evidence:
#     - USER instruction (not root/0) in the final stage of the Dockerfile
#     - compose service user (not root/0) for the service built from it
#   remediation: Add a non-root USER to the final stage (readiness fix does this).
#   fixable: true
#   seed: Root user in containers
package readiness.checks.security.container_non_root

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_root(user) if user == null

_root(user) if regex.match(`^(root|0)(:.*)?$`, trim_space(user))

_final(df) := df.stages[df.finalStage]

_non_root_in_compose(df) if {
	some svc in compose.services_built_from[df.file]
	not _root(svc.user)
}

# Images that are just a static file server or scratch with a binary still need USER; base images
# that switch to a non-root user themselves are not visible here and are reported like the rest.
_user(st) := st.user.value if st.user != null

_user(st) := null if st.user == null

_ok(df) if not _root(_user(_final(df)))

_ok(df) if _non_root_in_compose(df)

# Base images that already switch to a non-root user (distroless :nonroot, Chainguard, nginx-unprivileged, ...).
_ok(df) if {
	_final(df).user == null
	from := _final(df).from
	regex.match(`(?i)(nonroot|non-root|rootless|unprivileged)`, sprintf("%v:%v", [from.repository, from.tag]))
}

_ok(df) if {
	_final(df).user == null
	regex.match(`(?i)^(cgr\.dev/chainguard/|chainguard/)`, object.get(_final(df).from, "resolved", ""))
}

total := count(input.dockerfiles)

passing := count([df | some df in input.dockerfiles; _ok(df)])

deny contains f.at(df.file, st.line, sprintf("stage:%s", [_stage_name(st)]), msg) if {
	some df in input.dockerfiles
	not _ok(df)
	st := _final(df)
	msg := sprintf("%s: the final stage runs as root (no non-root USER, and no compose user for it)", [df.file])
}

_stage_name(st) := st.name if st.name != null

_stage_name(st) := sprintf("%d", [st.index]) if st.name == null
