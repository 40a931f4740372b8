# METADATA
# title: Build contexts have a .dockerignore
# description: >-
#   Every build context has a .dockerignore (or a per-Dockerfile <name>.dockerignore), so .git, local
#   env files, node_modules, virtualenvs and build output are not sent to the builder, copied into
#   images by a broad COPY, or leaked into a published image.
# custom:
#   id: infra.dockerignore
#   category: infrastructure
#   severity: low
#   evidence:
#     - .dockerignore at the root of each build context of a deployed image (test, CI and dev-container Dockerfiles are not judged): compose build contexts, contexts the repository's build commands use (CI build steps, docker build -f FILE DIR, dev container build.context), else the Dockerfile's directory
#     - Dockerfile-specific ignore files (Dockerfile.dockerignore)
#   remediation: Add a .dockerignore for the stack (readiness fix generates one).
#   fixable: true
package readiness.checks.infrastructure.dockerignore

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

# A Dockerfile's own directory is its context only when nothing says where it is built from.
_contexts contains {"dir": df.context, "dockerfile": df.file} if {
	some df in compose.deployed_dockerfiles
	df.context != null
	count(object.get(df, "buildContexts", [])) == 0
	not df.file in _compose_built
}

# Contexts the repository's build commands use (CI build steps, docker build lines, dev containers).
_contexts contains {"dir": c.dir, "dockerfile": df.file} if {
	some df in compose.deployed_dockerfiles
	some c in object.get(df, "buildContexts", [])
}

_compose_built := {file |
	some svc in compose.all_services
	file := svc.build.dockerfile
	is_string(file)
}

_contexts contains {"dir": svc.build.context, "dockerfile": svc.build.dockerfile} if {
	some svc in compose.all_services
	svc.build != null
	svc.build.contextExists == true

	# A missing Dockerfile is infra.compose.build-context's finding, not this one's.
	svc.build.dockerfileExists == true
}

_dirs := {c.dir | some c in _contexts}

_contexts_in[dir] contains c if {
	some c in _contexts
	dir := c.dir
}

_ok(dir) if repo.join(dir, ".dockerignore") in repo.paths

_ok(dir) if {
	some c in _contexts_in[dir]
	sprintf("%s.dockerignore", [c.dockerfile]) in repo.paths
}

total := count(_dirs)

passing := count([d | some d in _dirs; _ok(d)])

deny contains f.at(file, null, sprintf("context:%s", [d]), msg) if {
	some d in _dirs
	not _ok(d)
	file := sort([c.dockerfile | some c in _contexts_in[d]])[0]
	msg := sprintf("build context %s has no .dockerignore: .git, env files and dependencies are sent to the builder", [d])
}
