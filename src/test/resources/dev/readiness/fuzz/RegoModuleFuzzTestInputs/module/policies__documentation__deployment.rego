# METADATA
# title: A deployment guide exists
# description: >-
#   A deployment guide (DEPLOYMENT.md, docs/deploy*, or a README section that is more than a single
#   command) covers the environments, the configuration each needs and the steps to deploy, so a
#   deployment does not depend on one person's memory.
# custom:
#   id: docs.deployment
#   category: documentation
#   severity: high
#   evidence:
#     - DEPLOYMENT.md, docs/deploy*.md, docs/deployment/ with headings or commands
#     - a README section about deployment/production with code blocks (partial when thin)
#   remediation: Write DEPLOYMENT.md from the detected stack (readiness fix generates it).
#   fixable: true
#   seed: Documentation 5/10
package readiness.checks.documentation.deployment

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_guides := repo.docs_of("deployment")

_substantial(d) if count(d.headings) >= 2

_substantial(d) if d.codeBlocks >= 1

_readme_sections contains [d, h] if {
	some d in input.repo.docs
	d.kind == "readme"
	some h in d.headings
	regex.match(`(?i)(deploy|production|release|hosting|going live|operations)`, h.text)
}

_pass if {
	some d in _guides
	_substantial(d)
}

_pass if {
	some pair in _readme_sections
	pair[0].codeBlocks >= 2
}

deny contains f.repo("no deployment guide (DEPLOYMENT.md, docs/deploy*, or a README deployment section)") if {
	count(_guides) == 0
	count(_readme_sections) == 0
}

warn contains f.file(_guides[0].file, sprintf("%s is too thin to deploy from (no steps or commands)", [_guides[0].file])) if {
	count(_guides) > 0
	not _pass
}

warn contains f.at(pair[0].file, pair[1].line, "section", sprintf("the README section '%s' is the only deployment documentation and has little detail", [pair[1].text])) if {
	count(_guides) == 0
	not _pass
	some pair in _readme_sections
}
