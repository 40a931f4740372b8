package readiness.checks.security.ci_image_scanning_test

import rego.v1

import data.readiness.checks.security.ci_image_scanning as check
import data.readiness.lib.fixtures as fx

_df := [fx.dockerfile("Dockerfile", [{}])]

test_passes_with_trivy_action if {
	w := fx.workflow(".github/workflows/image.yml", ["build-image"], [{"uses": {"action": "aquasecurity/trivy-action", "ref": "0.28.0", "pinned": false, "thirdParty": true}}])
	d := object.union(fx.workflows([w]), {"dockerfiles": _df})
	count(check.deny) == 0 with input as d
}

test_passes_with_grype_command if {
	w := fx.workflow(".github/workflows/image.yml", ["build-image"], [{"run": "grype myimage:ci --fail-on high"}])
	count(check.deny) == 0 with input as object.union(fx.workflows([w]), {"dockerfiles": _df})
}

test_fails_without_scanning if {
	w := fx.workflow(".github/workflows/image.yml", ["build-image"], [{"run": "docker build ."}])
	count(check.deny) == 1 with input as object.union(fx.workflows([w]), {"dockerfiles": _df})
}
