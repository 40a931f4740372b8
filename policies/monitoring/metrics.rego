# METADATA
# title: Metrics are exposed and collected
# description: >-
#   Application metrics are both exposed and collected: a metrics library or exporter
#   (prometheus_client, prometheus-fastapi-instrumentator, django-prometheus, micrometer/actuator,
#   prom-client, expvar, ...) with a /metrics route, plus something that scrapes it (a prometheus.yml,
#   a ServiceMonitor, an agent). Either half alone is partial.
# custom:
#   id: monitoring.metrics
#   category: monitoring
#   severity: medium
#   evidence:
#     - a metrics library with a /metrics route in server components
#     - prometheus scrape configuration, ServiceMonitor/PodMonitor, or a metrics agent service (prometheus, grafana-agent/alloy, otel-collector, datadog, victoria-metrics)
#   remediation: Expose /metrics and add a prometheus.yml scrape config plus a prometheus service (readiness fix generates both).
#   fixable: true
#   seed: Prometheus metrics (partial)
package readiness.checks.monitoring.metrics

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

applicable if count(repo.servers) > 0

applicable if {
	some svc in compose.services
	compose.app(svc)
}

_exposed if {
	some c in input.repo.components
	c.metrics.library != null
}

_collected if count(input.repo.monitoring.prometheus) > 0

_collected if {
	some svc in compose.all_services
	compose.image_matches(svc, ["prometheus", "grafana/agent", "grafana/alloy", "otel/opentelemetry-collector", "datadog/agent", "victoriametrics", "netdata", "telegraf", "newrelic/infrastructure"])
	not compose.image_matches(svc, ["exporter", "alertmanager", "pushgateway"])
}

_collected if {
	some t in input.repo.deployTargets
	regex.match(`(ServiceMonitor|PodMonitor)`, object.get(t, "detail", ""))
}

deny contains f.repo("no metrics: no metrics library or exporter in the apps and no scrape configuration") if {
	applicable
	not _exposed
	not _collected
}

warn contains f.repo("the apps expose metrics but nothing scrapes them (no prometheus.yml, ServiceMonitor or agent)") if {
	applicable
	_exposed
	not _collected
}

warn contains f.repo("a scrape configuration exists but no app exposes metrics") if {
	applicable
	_collected
	not _exposed
}
