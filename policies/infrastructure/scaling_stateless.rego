# METADATA
# title: Application state lives outside the process
# description: >-
#   Server components keep sessions and caches in Redis, Memcached or the database rather than in
#   process memory or local files, so instances can be added, replaced or restarted without logging
#   users out or losing work.
# custom:
#   id: infra.scaling.stateless
#   category: infrastructure
#   severity: low
#   evidence:
#     - session store configured on Redis, Memcached or the database (express-session stores, Django SESSION_ENGINE, Spring Session, ...)
#     - no in-memory or file session store in server components
#   remediation: Move sessions and caches to Redis (or the database).
#   fixable: false
#   seed: Stateless backend, Redis for sessions
package readiness.checks.infrastructure.scaling_stateless

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_local(c) if c.sessionStore.kind in {"memory", "file"}

total := count(repo.services_and_workers)

passing := count([c | some c in repo.services_and_workers; not _local(c)])

deny contains f.at(c.sessionStore.file, c.sessionStore.line, sprintf("component:%s", [c.dir]), msg) if {
	some c in repo.services_and_workers
	_local(c)
	msg := sprintf("component %s keeps sessions in %s: instances cannot be scaled or replaced without losing them", [c.dir, c.sessionStore.kind])
}
