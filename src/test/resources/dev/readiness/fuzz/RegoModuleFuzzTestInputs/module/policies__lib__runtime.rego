# METADATA
# title: Helpers for runtime (running container) checks
# description: Shared by the runtime.* checks; reads input.runtime as the runtime scanner writes it.
package readiness.lib.runtime

import rego.v1

# The engine answered and the scan read its containers.
connected if input.runtime.status == "connected"

containers := input.runtime.containers if connected

default containers := []

# A finding about one running container; containers have no source file.
finding(c, msg) := {"message": msg, "file": null, "line": null, "resource": sprintf("container:%s", [c.name])}

# Root inside the container: no user (the image default, root unless the image sets one), 0 or root, with any group.
root_user(user) if user == ""

root_user(user) if {
	name := split(user, ":")[0]
	name in {"0", "root"}
}
