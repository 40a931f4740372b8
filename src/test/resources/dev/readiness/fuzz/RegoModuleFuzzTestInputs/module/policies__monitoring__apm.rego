# METADATA
# title: Tracing or error tracking is wired
# description: >-
#   The application reports errors and traces to an APM or error tracker (OpenTelemetry, Sentry,
#   Datadog, New Relic, Elastic APM, Honeycomb, Jaeger, Tempo), so production failures are seen with
#   their stack traces and the slow paths are visible.
# custom:
#   id: monitoring.apm
#   category: monitoring
#   severity: low
#   evidence:
#     - APM/error-tracking SDK initialisation in server components
#     - a tracing backend or collector service in compose (jaeger, tempo, zipkin, otel-collector, apm-server)
#   remediation: Initialise OpenTelemetry or Sentry in the server components.
#   fixable: false
#   seed: No APM integration
package readiness.checks.monitoring.apm

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

default applicable := false

applicable if count(repo.applications) > 0

applicable if compose.has_services

_wired if {
	some c in input.repo.components
	count(c.apm) > 0
}

_wired if {
	some svc in compose.all_services
	compose.image_matches(svc, ["jaeger", "tempo", "zipkin", "opentelemetry-collector", "otel/", "apm-server", "signoz", "datadog/agent", "sentry"])
}

deny contains f.repo("no APM, tracing or error tracking is wired") if {
	applicable
	not _wired
}
