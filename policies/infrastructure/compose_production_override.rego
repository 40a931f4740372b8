# METADATA
# title: A production compose configuration exists
# description: >-
#   Production differs from development (no bind-mounted source, no dev servers, restart policies,
#   limits, secrets), and that difference is written down: a production override or production
#   compose file (docker-compose.prod.yml, compose.production.yaml, *.prod.*), or an override chain
#   that deploy scripts or workflows pass with -f.
# custom:
#   id: infra.compose.production-override
#   category: infrastructure
#   severity: medium
#   evidence:
#     - a compose file whose role is production (docker-compose.prod.yml, compose.production.yaml, *.prod.*)
#     - compose files named with -f by deploy scripts or workflows
#   remediation: Add a compose.prod.yaml override with production settings (readiness fix generates one).
#   fixable: true
#   seed: No production overrides
package readiness.checks.infrastructure.compose_production_override

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

applicable if compose.present

_production if {
	some file in input.compose.files
	file.role == "production"
}

_production if compose.judging_production

_production if {
	some file in input.compose.files
	regex.match(`(?i)(^|[./_-])(prod|production|live)([./_-]|$)`, file.file)
}

deny contains f.at(input.compose.files[0].file, null, null, msg) if {
	compose.present
	not _production
	msg := "no production compose override or production compose file: production runs the development configuration"
}
