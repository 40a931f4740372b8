# METADATA
# title: Secrets come from a secret store
# description: >-
#   Secrets reach the application from a managed store rather than from files copied around by hand:
#   Docker/compose secrets, Vault, SOPS, sealed-secrets, external-secrets, AWS/GCP/Azure secret
#   managers, Doppler, 1Password, Infisical, or CI secrets injected at deploy time.
# custom:
#   id: security.secrets.management
#   category: security
#   severity: medium
#   evidence:
#     - compose secrets declared and used by services
#     - Vault/SOPS/sealed-secrets/external-secrets/cloud secret manager configuration or SDK usage
#     - CI secrets passed to a deploy step
#   remediation: Move secrets to compose secrets or a secret manager.
#   fixable: false
#   seed: No vault integration, manual secret rotation
package readiness.checks.security.secrets_management

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_managed if count(input.repo.secretManagement) > 0

_managed if {
	some svc in compose.all_services
	count(svc.secrets) > 0
}

deny contains f.repo("no secret store: secrets are handled as plain files or environment values") if {
	not _managed
}
