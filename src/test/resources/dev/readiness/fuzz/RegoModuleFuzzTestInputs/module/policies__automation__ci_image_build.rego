# METADATA
# title: CI builds the container images
# description: >-
#   CI builds (and pushes to a registry) the images that the Dockerfiles and compose files define, so
#   deployments pull a versioned, reproducible artifact instead of building on the server.
# custom:
#   id: automation.ci.image-build
#   category: automation
#   severity: medium
#   evidence:
#     - docker/build-push-action, docker build / buildx / compose build, kaniko, buildah, jib or ko steps in CI
#     - a push to a registry (push: true, docker push, registry login) for a pass; build-only is partial
#   remediation: Add a workflow that builds and pushes tagged images (readiness fix generates .github/workflows/container-build.yml).
#   fixable: true
#   seed: No container build workflow
package readiness.checks.automation.ci_image_build

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

default applicable := false

applicable if count(input.dockerfiles) > 0

applicable if {
	some svc in compose.all_services
	svc.build != null
}

_builds if repo.workflow_intent("build-image")

_builds if repo.ci_runs(`(?i)(docker (image )?build|docker buildx build|docker compose[^\n]* build|buildah (bud|build)|podman build|kaniko|jib:build|jibDockerBuild|spring-boot:build-image|bootBuildImage|\bko build)`)

_builds if repo.ci_uses(`(?i)(docker/build-push-action|redhat-actions/buildah-build|docker/bake-action)`)

_pushes if repo.workflow_intent("push-image")

_pushes if repo.ci_runs(`(?i)(docker (image )?push|buildx build[^\n]*--push|podman push|jib:build|\bko build|compose[^\n]* push)`)

deny contains f.repo("no CI workflow builds the container images") if {
	applicable
	not _builds
	not _pushes
}

warn contains f.repo("CI builds the images but does not push them to a registry") if {
	applicable
	_builds
	not _pushes
}
