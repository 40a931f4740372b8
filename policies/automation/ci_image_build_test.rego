package readiness.checks.automation.ci_image_build_test

import rego.v1

import data.readiness.checks.automation.ci_image_build as check
import data.readiness.lib.fixtures as fx

_df := [fx.dockerfile("Dockerfile", [{}])]

test_passes_when_ci_builds_and_pushes if {
	d := object.union(fx.workflows([fx.workflow(".github/workflows/image.yml", ["build-image", "push-image"], [])]), {"dockerfiles": _df})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_when_only_building if {
	d := object.union(fx.workflows([fx.workflow(".github/workflows/ci.yml", ["test", "build-image"], [])]), {"dockerfiles": _df})
	count(check.warn) == 1 with input as d
}

test_fails_without_image_build if {
	d := object.union(fx.workflows([fx.workflow(".github/workflows/ci.yml", ["test"], [])]), {"dockerfiles": _df})
	count(check.deny) == 1 with input as d
}

test_not_applicable_without_images if {
	not check.applicable with input as fx.doc({})
}
