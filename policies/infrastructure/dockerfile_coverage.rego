# METADATA
# title: Every application component has a Dockerfile
# description: >-
#   Each application component (a directory with package.json, pyproject.toml/requirements.txt,
#   pom.xml/build.gradle, go.mod, Gemfile, composer.json or a *.csproj that a compose service,
#   workflow or script builds or runs) has a Dockerfile, so every part of the system ships as an
#   image rather than some parts being started by hand on a server. A component is covered by a
#   Dockerfile in its directory, one whose build context is its directory (as compose, a CI build
#   step or a docker build line says), or one built from an enclosing context that copies the
#   component's directory in (COPY ./web ...; e.g. a frontend compiled in a stage of the backend's
#   image). Mobile (Expo, React Native) and desktop (Electron) apps ship as
#   packages, not images, and are not judged.
# custom:
#   id: infra.dockerfile.coverage
#   category: infrastructure
#   severity: high
#   evidence:
#     - a Dockerfile (or Containerfile, Dockerfile.*, *.dockerfile) in the component directory
#     - a Dockerfile elsewhere whose build context is the component directory
#     - a Dockerfile built from an enclosing context (compose, CI build step, docker build) that COPYs the component in
#   remediation: Generate a stack-aware multi-stage Dockerfile for the component (readiness fix does this).
#   fixable: true
#   seed: Frontend Dockerfile missing
package readiness.checks.infrastructure.dockerfile_coverage

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_apps := [c | some c in input.repo.components; not c.kind in {"library", "mobile", "desktop"}]

_used := [c | some c in _apps; count(c.usedBy) > 0]

# Components the stack builds or runs; when nothing says which, every application component.
_judged := _used if count(_used) > 0

_judged := _apps if count(_used) == 0

total := count(_judged)

# Where each deployed Dockerfile is built from: what compose and the build commands say, else its directory.
_built_from contains [df, dir] if {
	some df in compose.deployed_dockerfiles
	some c in object.get(df, "buildContexts", [])
	dir := c.dir
}

_built_from contains [df, svc.build.context] if {
	some df in compose.deployed_dockerfiles
	some svc in compose.all_services_by_context[_]
	svc.build.dockerfile == df.file
}

_built_from contains [df, df.context] if {
	some df in compose.deployed_dockerfiles
	df.context != null
}

# A path inside a context ("." is the context itself).
_inside(ctx, rel) := ctx if rel in {".", "./", ""}

_inside(ctx, rel) := p if {
	not rel in {".", "./", ""}
	r := trim_suffix(trim_prefix(rel, "./"), "/")
	p := _join(ctx, r)
}

_join(".", r) := r

_join(ctx, r) := sprintf("%s/%s", [ctx, r]) if ctx != "."

# The component's directory is the copied path or inside a copied subdirectory. Copying a whole
# context (COPY . .) covers the component at that context only: other components under it are
# copied as files, not necessarily built.
_under(dir, copied) if dir == copied

_under(dir, copied) if {
	copied != "."
	startswith(dir, sprintf("%s/", [copied]))
}

_copied(c) if {
	some [df, ctx] in _built_from
	some st in df.stages
	some cp in st.copies
	cp.from == null
	some src in cp.sources
	not contains(src, "$")
	_under(c.dir, _inside(ctx, src))
}

_covered(c) if c.dockerfile != null

_covered(c) if _copied(c)

passing := count([c | some c in _judged; _covered(c)])

deny contains f.at(c.manifest, null, sprintf("component:%s", [c.dir]), msg) if {
	some c in _judged
	not _covered(c)
	msg := sprintf("%s component %s (%s) has no Dockerfile", [c.ecosystem, c.dir, _framework(c)])
}

_framework(c) := c.framework if c.framework != null

_framework(c) := c.kind if c.framework == null
