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

applicable if count(input.dockerfiles) > 0

applicable if {
	some svc in compose.all_services
	svc.build != null
}

deny contains f.repo("no CI workflow builds the container images") if {
	applicable
	not repo.workflow_intent("build-image")
	not repo.workflow_intent("push-image")
}

warn contains f.at(w.file, w.line, sprintf("workflow:%s", [w.file]), "CI builds the images but does not push them to a registry") if {
	applicable
	repo.workflow_intent("build-image")
	not repo.workflow_intent("push-image")
	w := repo.workflows_with("build-image")[0]
}
