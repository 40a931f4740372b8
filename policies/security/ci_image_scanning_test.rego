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

test_passes_when_a_ci_script_scans_the_dockerfile if {
	w := fx.workflow(".github/workflows/ci.yml", ["test", "scan-image"], [{"run": "./run ci:test"}])
	count(check.deny) == 0 with input as object.union(fx.workflows([w]), {"dockerfiles": _df})
}

test_a_code_scanner_is_not_an_image_scanner if {
	w := fx.workflow(".github/workflows/codeql.yml", ["scan"], [{"uses": {"action": "github/codeql-action/analyze", "ref": "v3", "pinned": false, "thirdParty": false}}])
	count(check.deny) == 1 with input as object.union(fx.workflows([w]), {"dockerfiles": _df})
}
