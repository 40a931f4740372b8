# METADATA
# title: Apps log to stdout
# description: >-
#   Applications write their logs to stdout/stderr (the twelve-factor way), where the container
#   runtime collects, rotates and ships them, rather than only to files inside the container that
#   vanish with it and are invisible to docker logs.
# custom:
#   id: monitoring.logging.stdout
#   category: monitoring
#   severity: low
#   evidence:
#     - stream/console handlers or default framework logging in server and worker components
#     - components that log only to files are reported
#   remediation: Add a stdout handler (and keep file logging only for what must be on disk).
#   fixable: false
#   seed: File-based logging
package readiness.checks.monitoring.logging_stdout

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_files_only(c) if {
	c.logging.toFile == true
	c.logging.stdout != true
}

total := count(repo.services_and_workers)

passing := count([c | some c in repo.services_and_workers; not _files_only(c)])

deny contains f.at(e.file, e.line, sprintf("component:%s", [c.dir]), msg) if {
	some c in repo.services_and_workers
	_files_only(c)
	e := _evidence(c)
	msg := sprintf("component %s logs only to files inside the container", [c.dir])
}

_evidence(c) := c.logging.evidence[0] if count(c.logging.evidence) > 0

_evidence(c) := {"file": c.manifest, "line": null} if count(c.logging.evidence) == 0
