# METADATA
# title: Every application component has a Dockerfile
# description: >-
#   Each application component (a directory with package.json, pyproject.toml/requirements.txt,
#   pom.xml/build.gradle, go.mod, Gemfile, composer.json or a *.csproj that a compose service,
#   workflow or script builds or runs) has a Dockerfile, so every part of the system ships as an
#   image rather than some parts being started by hand on a server.
# custom:
#   id: infra.dockerfile.coverage
#   category: infrastructure
#   severity: high
#   evidence:
#     - a Dockerfile (or Containerfile, Dockerfile.*, *.dockerfile) in the component directory
#     - a Dockerfile elsewhere whose build context is the component directory
#   remediation: Generate a stack-aware multi-stage Dockerfile for the component (readiness fix does this).
#   fixable: true
#   seed: Frontend Dockerfile missing
package readiness.checks.infrastructure.dockerfile_coverage

import rego.v1

import data.readiness.lib.findings as f

_apps := [c | some c in input.repo.components; c.kind != "library"]

_used := [c | some c in _apps; count(c.usedBy) > 0]

# Components the stack builds or runs; when nothing says which, every application component.
_judged := _used if count(_used) > 0

_judged := _apps if count(_used) == 0

total := count(_judged)

passing := count([c | some c in _judged; c.dockerfile != null])

deny contains f.at(c.manifest, null, sprintf("component:%s", [c.dir]), msg) if {
	some c in _judged
	c.dockerfile == null
	msg := sprintf("%s component %s (%s) has no Dockerfile", [c.ecosystem, c.dir, _framework(c)])
}

_framework(c) := c.framework if c.framework != null

_framework(c) := c.kind if c.framework == null
