# METADATA
# title: A security policy or contact exists
# description: >-
#   SECURITY.md (at the root, in docs/ or .github/) or a security.txt tells people how to report a
#   vulnerability privately instead of in a public issue.
# custom:
#   id: docs.security-policy
#   category: documentation
#   severity: low
#   evidence:
#     - SECURITY.md in the root, docs/ or .github/
#     - .well-known/security.txt
#   remediation: Add SECURITY.md with a private reporting channel (readiness fix generates it).
#   fixable: true
package readiness.checks.documentation.security_policy

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_policy if count(repo.docs_of("security")) > 0

_policy if repo.file_named(`^(security\.(md|rst|txt|adoc)|security)$`)

deny contains f.repo("no SECURITY.md or security contact") if not _policy
