# METADATA
# title: Dashboards are provisioned as code
# description: >-
#   Monitoring dashboards are provisioned from the repository (Grafana provisioning files and
#   dashboard JSON, or dashboards-as-code such as grafonnet), so they exist in every environment and
#   survive a rebuild of the monitoring stack. A Grafana with only datasources is partial.
# custom:
#   id: monitoring.dashboards
#   category: monitoring
#   severity: low
#   evidence:
#     - grafana/provisioning/dashboards/*.yml with dashboard JSON files
#     - a Grafana service or datasource provisioning (partial)
#   remediation: Add Grafana provisioning with a dashboard for the stack.
#   fixable: false
#   seed: Missing monitoring dashboards
package readiness.checks.monitoring.dashboards

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_dashboards if {
	some g in input.repo.monitoring.grafana
	g.kind in {"dashboards", "dashboard-json"}
}

_grafana_only if {
	some g in input.repo.monitoring.grafana
	g.kind == "datasources"
}

_grafana_only if {
	some svc in compose.all_services
	compose.image_matches(svc, ["grafana/grafana", "grafana-oss", "grafana-enterprise"])
}

deny contains f.repo("no dashboards are provisioned from the repository") if {
	not _dashboards
	not _grafana_only
}

warn contains f.repo("Grafana is set up but no dashboards are provisioned") if {
	not _dashboards
	_grafana_only
}
