package readiness.checks.infrastructure.scaling_replicas_test

import rego.v1

import data.readiness.checks.infrastructure.scaling_replicas as check
import data.readiness.lib.fixtures as fx

test_passes_with_replicas if {
	d := fx.compose([{"name": "api", "deploy": {"replicas": 3, "restartPolicy": null, "limits": null, "line": 5}}])
	count(check.deny) == 0 with input as d
}

test_passes_with_hpa if {
	d := object.union(fx.compose([{"name": "api"}]), {"repo": {"deployTargets": [{"kind": "kubernetes", "file": "k8s/hpa.yaml", "detail": "HorizontalPodAutoscaler"}]}})
	count(check.deny) == 0 with input as d
}

test_fails_for_single_instance if {
	count(check.deny) == 1 with input as fx.compose([{"name": "api"}])
}
