# METADATA
# title: An architecture overview exists
# description: >-
#   An architecture overview (ARCHITECTURE.md, docs/architecture*, an architecture section in the
#   README, or a diagram such as .drawio/.puml/.mmd/.excalidraw) shows the components and how they
#   talk, so newcomers and reviewers share one picture of the system.
# custom:
#   id: docs.architecture
#   category: documentation
#   severity: low
#   evidence:
#     - ARCHITECTURE.md, docs/architecture*, ADR folders
#     - a README heading about architecture, design or components
#     - diagram sources (.drawio, .puml, .plantuml, .mmd, .excalidraw, .c4)
#   remediation: Add ARCHITECTURE.md with a component diagram of the stack.
#   fixable: false
package readiness.checks.documentation.architecture

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_overview if count(repo.docs_of("architecture")) > 0

_overview if {
	some d in input.repo.docs
	some h in d.headings
	regex.match(`(?i)(architecture|system design|components|how it works|overview of the system)`, h.text)
}

_overview if repo.file_named(`.*\.(drawio|puml|plantuml|mmd|excalidraw|c4|dsl)$`)

_overview if {
	some p in repo.paths
	regex.match(`(?i)(^|/)(docs?/)?(adr|adrs|decisions)/`, p)
}

deny contains f.repo("no architecture overview (ARCHITECTURE.md, docs/architecture*, a README section or a diagram)") if not _overview
