# METADATA
# title: Running containers do not run as root
# description: >-
#   Every running container runs its process as a non-root user (Config.User set to a user other
#   than root or 0). A root process that escapes the container is root on the host unless user
#   namespaces remap it.
# custom:
#   id: runtime.non-root
#   category: security
#   severity: high
#   evidence:
#     - Config.User of every running container (empty means the image default, usually root)
#   remediation: Set USER in the image's final stage or user in the compose service, then recreate the container.
#   fixable: false
package readiness.checks.runtime.non_root

import rego.v1

import data.readiness.lib.runtime

default applicable := false

applicable if {
	runtime.connected
	count(runtime.containers) > 0
}

total := count(runtime.containers)

passing := count([c | some c in runtime.containers; not runtime.root_user(c.user)])

deny contains runtime.finding(c, sprintf("container %s runs as root (user %q)", [c.name, _shown(c.user)])) if {
	some c in runtime.containers
	runtime.root_user(c.user)
}

_shown(user) := "image default" if user == ""

_shown(user) := user if user != ""
