# METADATA
# title: A deployment guide exists
# description: >-
#   The repository documents how to run the product in production, judged by content, not by
#   headings or file names: instructions (commands, or a section of real prose) to install or start
#   it, to configure it (the settings or environment variables it needs) and at least one of upgrading,
#   backup/restore or TLS/reverse-proxy setup. Any doc counts (DEPLOYMENT.md, docs/*, the README),
#   except changelogs, contributing guides and development-tooling docs; install and configure steps
#   in development sections do not. Partial instructions warn; none, or only a link elsewhere, fails.
# custom:
#   id: docs.deployment
#   category: documentation
#   severity: high
#   evidence:
#     - a section with install/start commands (docker compose up, docker run, helm install, an installer) outside development sections
#     - configuration instructions (cp .env.example, editing a config file, three or more documented variables)
#     - upgrade (pull + restart, helm upgrade), backup/restore or TLS/proxy instructions
#   remediation: Write DEPLOYMENT.md from the detected stack (readiness fix generates it).
#   fixable: true
#   seed: Documentation 5/10
package readiness.checks.documentation.deployment

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_operations := {"upgrade", "backup", "restore", "tls"}

_complete if {
	"install" in repo.doc_topics
	"configure" in repo.doc_topics
	count(repo.doc_topics & _operations) > 0
}

_covered := repo.doc_topics & ({"install", "configure"} | _operations)

_missing := [t | some t in ["install", "configure", "upgrade/backup/tls"]; not _has(t)]

_has(t) if t in repo.doc_topics

_has("upgrade/backup/tls") if count(repo.doc_topics & _operations) > 0

deny contains f.repo("no deployment instructions in the repository: no doc says how to install, configure or operate the product in production") if {
	count(_covered) == 0
}

warn contains f.at(s.file, s.line, "section", msg) if {
	count(_covered) > 0
	not _complete
	s := repo.doc_topic_sections(_first_topic)[0]
	msg := sprintf("deployment instructions are partial (covered: %s; missing: %s)", [concat(", ", sort(_covered)), concat(", ", _missing)])
}

# The partial guide is reported once, at the first covered topic in this order.
_first_topic := [t | some t in ["install", "configure", "upgrade", "backup", "restore", "tls"]; t in _covered][0]
