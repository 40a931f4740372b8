# METADATA
# title: Secrets come from a secret store
# description: >-
#   The running application gets its secrets from a managed store rather than from plain files and
#   environment values copied around by hand. Passes on a real store: Docker/compose secrets that are
#   external or read from a file that is not committed, Vault, SOPS, sealed-secrets, external-secrets,
#   Kubernetes secret references, AWS/GCP/Azure secret managers, Doppler, 1Password, Infisical. Warns
#   when the only evidence is partial: the application can read its secrets from files (`VAR_FILE`,
#   `/run/secrets/`, ready for Docker or Kubernetes secrets) but nothing shipped uses a store, or CI
#   secrets reach a deploy workflow. A workflow reading `${{ secrets.X }}` only to test or publish
#   images does not manage the application's secrets.
# custom:
#   id: security.secrets.management
#   category: security
#   severity: medium
#   evidence:
#     - compose secrets declared external or from an uncommitted file
#     - Vault/SOPS/sealed-secrets/external-secrets/Kubernetes secretKeyRef/cloud secret manager configuration or SDK usage
#     - application support for VAR_FILE secret files or /run/secrets (warn)
#     - CI secrets referenced by a deploy workflow (warn)
#   remediation: Move secrets to compose secrets or a secret manager.
#   fixable: false
#   seed: No vault integration, manual secret rotation
package readiness.checks.security.secrets_management

import rego.v1

import data.readiness.lib.findings as f

_partial_kinds := {"secret-files", "ci-secrets"}

_stores := [s | some s in input.repo.secretManagement; not s.kind in _partial_kinds]

_secret_files := [s | some s in input.repo.secretManagement; s.kind == "secret-files"]

_deploy_secrets := [w |
	some w in input.workflows
	"deploy" in w.intents
	count(w.secretsReferenced) > 0
]

_managed if count(_stores) > 0

deny contains f.repo("no secret store: secrets are handled as plain files or environment values") if {
	not _managed
	count(_secret_files) + count(_deploy_secrets) == 0
}

warn contains f.at(s.file, s.line, "secret-files", msg) if {
	not _managed
	some s in _secret_files
	msg := sprintf("%s reads secrets from files (VAR_FILE or /run/secrets), but no secret store provides them", [s.file])
}

warn contains f.at(w.file, w.line, sprintf("workflow:%s", [w.file]), msg) if {
	not _managed
	some w in _deploy_secrets
	msg := sprintf("only CI secrets in %s reach the deployment; the application's own secrets have no store", [w.file])
}
