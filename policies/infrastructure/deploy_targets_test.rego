package readiness.checks.infrastructure.deploy_targets_test

import rego.v1

import data.readiness.checks.infrastructure.deploy_targets as check
import data.readiness.lib.fixtures as fx

test_passes_with_kubernetes_manifests if {
	count(check.deny) == 0 with input as fx.repo_doc({"deployTargets": [{"kind": "kubernetes", "file": "k8s/deployment.yaml", "detail": "Deployment"}]})
}

test_fails_without_target if {
	count(check.deny) == 1 with input as fx.doc({})
}
