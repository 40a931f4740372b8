# METADATA
# title: Containers run as a non-root user
# description: >-
#   Every deployed image's stage (the one compose builds with build.target, else the final stage)
#   sets a non-root USER, or the compose service that runs it sets a non-root user. Images of test,
#   CI, dev-container and development Dockerfiles are not deployed and are not judged, and an image
#   built on an official datastore image (postgres, mysql, redis, ...) whose entrypoint drops to the
#   service user passes. A process running as root inside a container turns any remote code
#   execution into root on the container and one kernel or runtime bug away from root on the host.
# custom:
#   id: security.container.non-root
#   category: security
#   severity: high
#   evidence:
#     - USER instruction (not root/0) in the deployed stage of the Dockerfile (build.target, else the final stage)
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

_stages(df) := compose.deployed_stages(df)

# Official datastore images start as root and their entrypoint switches to the service's user.
_drops_root := {"postgres", "postgis", "timescaledb", "mysql", "mariadb", "redis", "valkey", "mongo", "rabbitmq", "memcached", "elasticsearch", "opensearch", "couchdb", "cassandra"}

_base_name(st) := name if {
	parts := split(lower(object.get(st.from, "repository", "")), "/")
	name := parts[count(parts) - 1]
}

_non_root_in_compose(df) if {
	some svc in compose.services_built_from[df.file]
	not _root(svc.user)
}

# Images that are just a static file server or scratch with a binary still need USER; base images
# that switch to a non-root user themselves are not visible here and are reported like the rest.
_user(st) := st.user.value if st.user != null

_user(st) := null if st.user == null

_stage_ok(st) if not _root(_user(st))

# Base images that already switch to a non-root user (distroless :nonroot, Chainguard, nginx-unprivileged, ...).
_stage_ok(st) if {
	st.user == null
	from := st.from
	regex.match(`(?i)(nonroot|non-root|rootless|unprivileged)`, sprintf("%v:%v", [from.repository, from.tag]))
}

_stage_ok(st) if {
	st.user == null
	regex.match(`(?i)^(cgr\.dev/chainguard/|chainguard/)`, object.get(st.from, "resolved", ""))
}

_stage_ok(st) if {
	st.user == null
	_base_name(st) in _drops_root
}

_root_stages(df) := [st | some st in _stages(df); not _stage_ok(st)]

_ok(df) if {
	count(_stages(df)) > 0
	count(_root_stages(df)) == 0
}

_ok(df) if _non_root_in_compose(df)

_judged := [df | some df in compose.deployed_dockerfiles; count(_stages(df)) > 0]

total := count(_judged)

passing := count([df | some df in _judged; _ok(df)])

deny contains f.at(df.file, st.line, sprintf("stage:%s", [_stage_name(st)]), msg) if {
	some df in _judged
	not _ok(df)
	some st in _root_stages(df)
	msg := sprintf("%s: the deployed stage %s runs as root (no non-root USER, and no compose user for it)", [df.file, _stage_name(st)])
}

_stage_name(st) := st.name if st.name != null

_stage_name(st) := sprintf("%d", [st.index]) if st.name == null
