# METADATA
# title: A changelog is kept
# description: >-
#   A CHANGELOG or release notes are kept (CHANGELOG.md, HISTORY.md, RELEASES.md, NEWS, or a release
#   workflow that publishes notes), so operators know what changed in the version they are deploying
#   and what a rollback gives up.
# custom:
#   id: docs.changelog
#   category: documentation
#   severity: low
#   evidence:
#     - CHANGELOG*, HISTORY*, RELEASES*, NEWS*, CHANGES* files
#     - a release workflow (release-please, semantic-release, changesets, GitHub releases)
#   remediation: Start a CHANGELOG.md (Keep a Changelog format) or automate release notes.
#   fixable: false
package readiness.checks.documentation.changelog

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_kept if count(repo.docs_of("changelog")) > 0

_kept if repo.file_named(`^(changelog|history|releases|news|changes)(\.(md|rst|txt|adoc))?$`)

_kept if repo.workflow_intent("release")

_kept if repo.file_named(`^(\.releaserc(\..*)?|release-please-config\.json|\.changeset)$`)

deny contains f.repo("no CHANGELOG or release notes") if not _kept
