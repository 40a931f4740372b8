# METADATA
# title: CI scans images
# description: >-
#   CI scans the container images or Dockerfiles for known vulnerabilities and misconfigurations
#   (trivy, grype, snyk container, docker scout, dockle, hadolint, checkov, kics), so a vulnerable base
#   image or a dangerous Dockerfile change is caught before it ships.
# custom:
#   id: security.ci.image-scanning
#   category: security
#   severity: medium
#   evidence:
#     - aquasecurity/trivy-action, anchore/scan-action, snyk/actions, docker/scout-action, hadolint-action, checkov-action, kics-github-action steps
#     - trivy, grype, snyk, docker scout, dockle, hadolint, checkov or kics commands in CI steps, or in the repository script (or script function) a CI step runs
#   remediation: Add an image scan step (trivy) to the image workflow (readiness fix does this).
#   fixable: true
#   seed: No image scanning
package readiness.checks.security.ci_image_scanning

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

_scanners := `(?i)(trivy|grype|anchore|snyk|docker[- ]scout|scout-action|dockle|hadolint|checkov|kics|clair|neuvector|prisma-cloud|twistcli)`

_scanned if {
	some s in repo.uses_steps
	regex.match(_scanners, s.action)
}

_scanned if {
	some s in repo.run_steps
	regex.match(_scanners, s.run)
}

# A step that runs a repository script (./run ci:test, scripts/ci.sh) whose commands scan images or Dockerfiles.
_scanned if repo.workflow_intent("scan-image")

deny contains f.repo("no CI step scans the container images or Dockerfiles") if {
	applicable
	not _scanned
}
