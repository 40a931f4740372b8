# METADATA
# title: A changelog is kept
# description: >-
#   Release notes are kept: a CHANGELOG/HISTORY/RELEASES/NEWS/CHANGES doc that lists releases (at least
#   two version or dated entries), or release-notes tooling (release-drafter, release-please,
#   semantic-release, changesets, goreleaser, git-cliff, `gh release create --generate-notes`), so
#   operators know what changed in the version they deploy and what a rollback gives up. A changelog
#   file without release entries (a stub, or one saying it is no longer kept) warns; a workflow merely
#   named "release" is not release notes.
# custom:
#   id: docs.changelog
#   category: documentation
#   severity: low
#   evidence:
#     - CHANGELOG*, HISTORY*, RELEASES*, NEWS*, CHANGES* docs with two or more release entries
#     - release-notes tooling config (.github/release-drafter.yml, release-please-config.json, .releaserc, .changeset/, .goreleaser.yml, cliff.toml)
#     - CI running or using release-notes tooling
#   remediation: Start a CHANGELOG.md (Keep a Changelog format) or automate release notes.
#   fixable: false
package readiness.checks.documentation.changelog

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_changelogs := repo.docs_of("changelog")

_kept if {
	some d in _changelogs
	d.releaseEntries >= 2
}

# A changelog-named file that is not read as a doc (no extension the docs reader knows): taken as kept.
_kept if {
	some p in repo.paths
	regex.match(`^(changelog|history|releases|news|changes)$`, lower(repo.basename(p)))
	count(_changelogs) == 0
}

_notes_tool := `(?i)\b(semantic-release|goreleaser|changeset\s+(version|publish)|release-please|git-cliff|gh\s+release\s+create\b[^\n]*--generate-notes)`

_kept if repo.file_named(`^(\.releaserc(\..*)?|release-please-config\.json|release-drafter\.ya?ml|\.goreleaser\.ya?ml|cliff\.toml)$`)

_kept if {
	some p in repo.paths
	startswith(p, ".changeset/")
}

_kept if repo.ci_runs(_notes_tool)

_kept if repo.ci_uses(`(release-drafter|release-please|changesets/action|goreleaser|semantic-release)`)

deny contains f.repo("no CHANGELOG or release notes") if {
	not _kept
	count(_changelogs) == 0
}

warn contains f.file(d.file, sprintf("%s lists no releases (fewer than two version or dated entries)", [d.file])) if {
	not _kept
	some d in _changelogs
}
