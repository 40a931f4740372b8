# METADATA
# title: Logs are shipped to a central store
# description: >-
#   Logs leave the host for a central, searchable store (Loki/Promtail, Fluentd/Fluent Bit, Vector,
#   ELK/Logstash/Filebeat, cloud logging drivers such as awslogs/gcplogs), so they survive container
#   and host loss and can be searched across services during an incident.
# custom:
#   id: monitoring.logging.centralized
#   category: monitoring
#   severity: medium
#   evidence:
#     - log shipper configuration (promtail, fluent-bit, fluentd, vector, logstash, filebeat)
#     - compose logging drivers loki, fluentd, gelf, syslog, awslogs, gcplogs, splunk
#     - log shipper or log store services in compose
#   remediation: Add a Loki + Promtail profile to compose (readiness fix generates it).
#   fixable: true
#   seed: No centralized logging
package readiness.checks.monitoring.logging_centralized

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

applicable if compose.has_services

applicable if count(repo.applications) > 0

_shipped if count(input.repo.monitoring.logShipping) > 0

_shipped if {
	some svc in compose.all_services
	svc.logging.driver in {"loki", "fluentd", "gelf", "syslog", "awslogs", "gcplogs", "splunk", "logentries", "etwlogs", "journald"}
}

_shipped if {
	some svc in compose.all_services
	compose.image_matches(svc, ["loki", "promtail", "fluent-bit", "fluentd", "fluent/", "timberio/vector", "vector", "logstash", "filebeat", "graylog", "opensearch-dashboards", "kibana"])
}

deny contains f.repo("logs are not shipped to a central store") if {
	applicable
	not _shipped
}
