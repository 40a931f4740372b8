# METADATA
# title: Logs rotate
# description: >-
#   Container logs rotate (compose logging options max-size/max-file on the json-file driver, the
#   local driver, or a driver that ships logs elsewhere) and application log files rotate
#   (RotatingFileHandler/TimedRotatingFileHandler, logback/log4j rolling appenders, winston daily
#   rotate, logrotate). Unrotated logs fill the disk and take the host down.
# custom:
#   id: monitoring.logging.rotation
#   category: monitoring
#   severity: medium
#   evidence:
#     - logging.options.max-size on json-file services, or the local/fluentd/gelf/syslog/journald/awslogs/loki drivers
#     - rotating handlers or logrotate for components that write log files
#   remediation: Add logging driver json-file with max-size and max-file to every service (readiness fix patches compose).
#   fixable: true
#   seed: No log rotation strategy
package readiness.checks.monitoring.logging_rotation

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_services contains svc if {
	some svc in compose.services
	compose.long_running(svc)
}

_file_drivers := {null, "json-file"}

_rotates(svc) if {
	svc.logging != null
	not svc.logging.driver in _file_drivers
	svc.logging.driver != "none"
}

_rotates(svc) if {
	svc.logging.driver in _file_drivers
	is_object(svc.logging.options)
	object.get(svc.logging.options, "max-size", null) != null
}

_rotates(svc) if svc.logging.driver == "none"

_file_loggers contains c if {
	some c in input.repo.components
	c.logging.toFile == true
}

total := count(_services) + count(_file_loggers)

passing := count([s | some s in _services; _rotates(s)]) + count([c | some c in _file_loggers; c.logging.rotation == true])

deny contains f.service(svc, msg) if {
	some svc in _services
	not _rotates(svc)
	msg := sprintf("service %s logs with the json-file driver without max-size: its log grows without bound", [svc.name])
}

deny contains f.at(e.file, e.line, sprintf("component:%s", [c.dir]), msg) if {
	some c in _file_loggers
	c.logging.rotation != true
	e := _first_evidence(c)
	msg := sprintf("component %s writes log files without rotation", [c.dir])
}

_first_evidence(c) := c.logging.evidence[0] if count(c.logging.evidence) > 0

_first_evidence(c) := {"file": c.manifest, "line": null} if count(c.logging.evidence) == 0
