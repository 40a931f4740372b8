package readiness.checks.monitoring.dashboards_test

import rego.v1

import data.readiness.checks.monitoring.dashboards as check
import data.readiness.lib.fixtures as fx

_mon(grafana) := fx.repo_doc({"monitoring": object.union(fx.empty_doc.repo.monitoring, {"grafana": grafana})})

test_passes_with_dashboard_provisioning if {
	d := _mon([{"file": "grafana/provisioning/dashboards/app.yml", "kind": "dashboards"}])
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_with_grafana_service_only if {
	count(check.warn) == 1 with input as fx.compose([{"name": "grafana", "role": "monitoring", "image": fx.image("grafana/grafana", "11.2.0")}])
}

test_fails_without_dashboards if {
	count(check.deny) == 1 with input as fx.doc({})
}
