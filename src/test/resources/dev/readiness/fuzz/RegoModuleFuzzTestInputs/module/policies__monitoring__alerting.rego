# METADATA
# title: Alert rules exist
# description: >-
#   Someone is told when things break: Prometheus alerting rules, an Alertmanager configuration, or
#   uptime checks (uptime-kuma, Upptime, blackbox exporter, cloud uptime monitors).
# custom:
#   id: monitoring.alerting
#   category: monitoring
#   severity: low
#   evidence:
#     - Prometheus rule files with alert rules, alertmanager.yml
#     - uptime-check configuration or services (uptime-kuma, blackbox-exporter, upptime)
#   remediation: Add alert rules for service down, error rate and disk usage, routed through Alertmanager.
#   fixable: false
package readiness.checks.monitoring.alerting

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_alerting if {
	some r in input.repo.monitoring.alertRules
	r.count > 0
}

_alerting if count(input.repo.monitoring.uptime) > 0

_alerting if {
	some svc in compose.all_services
	compose.image_matches(svc, ["alertmanager", "uptime-kuma", "blackbox-exporter", "gatus", "healthchecks"])
}

deny contains f.repo("no alert rules, alertmanager or uptime checks") if not _alerting
