# METADATA
# title: The README explains setup and running
# description: >-
#   A README tells a new developer or operator how to set the project up and run it, with the start
#   command in a code block, instead of leaving them to reverse-engineer the scripts.
# custom:
#   id: docs.readme
#   category: documentation
#   severity: medium
#   evidence:
#     - README(.md/.rst/.txt/.adoc) with a code block containing a run command (docker compose up, npm start, make run, ...)
#   remediation: Add Getting started and Running sections with the exact commands.
#   fixable: false
package readiness.checks.documentation.readme

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_readmes := repo.docs_of("readme")

deny contains f.repo("no README") if count(_readmes) == 0

warn contains f.file(r.file, sprintf("%s has no code block with a command to run the project", [r.file])) if {
	count(_readmes) > 0
	count([x | some x in _readmes; x.hasRunCommand == true]) == 0
	r := _readmes[0]
}
