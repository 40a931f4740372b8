# METADATA
# title: The README explains setup and running
# description: >-
#   The project README (the one at the repository root; READMEs of subdirectories and tooling such as
#   .devcontainer are not it) tells a new developer or operator how to set the project up and run it,
#   with the start or install command in a code block, instead of only linking elsewhere or leaving
#   them to reverse-engineer the scripts.
# custom:
#   id: docs.readme
#   category: documentation
#   severity: medium
#   evidence:
#     - the root README(.md/.rst/.txt/.adoc) with a code block containing a run or install command (docker compose up, docker run, npm start, make run, an installer piped to a shell, ...)
#   remediation: Add Getting started and Running sections with the exact commands.
#   fixable: false
package readiness.checks.documentation.readme

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_readmes := repo.docs_of("readme")

deny contains f.repo("no README") if count(_readmes) == 0

warn contains f.file(r.file, sprintf("%s has no code block with a command to run or install the project", [r.file])) if {
	r := repo.project_readme
	r.hasRunCommand != true
}
