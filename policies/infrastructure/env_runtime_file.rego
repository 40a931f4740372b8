# METADATA
# title: Runtime environment resolves
# description: >-
#   Every env_file a compose service reads exists, and every ${VAR} the compose files use without a
#   default is set in the .env file compose reads (or the shell that runs it is documented to set it).
#   Otherwise `docker compose up` fails, or starts services with empty settings, on a fresh host.
# custom:
#   id: infra.env.runtime-file
#   category: infrastructure
#   severity: high
#   evidence:
#     - env_file entries that exist (required: false entries are optional)
#     - ${VAR} references without default resolved by the .env next to the compose file
#   remediation: Create the runtime .env from the template (readiness fix copies .env.example with values blanked).
#   fixable: true
#   seed: .env (runtime) missing
package readiness.checks.infrastructure.env_runtime_file

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

default applicable := false

applicable if compose.present

deny contains f.at(svc.file, ef.line, sprintf("service:%s", [svc.name]), msg) if {
	some svc in compose.services
	some ef in svc.envFiles
	ef.exists != true
	ef.required != false
	msg := sprintf("service %s reads env_file %s, which does not exist", [svc.name, ef.path])
}

deny contains f.at(v.file, v.line, sprintf("variable:%s", [v.name]), msg) if {
	some cfg in compose.selected_configs
	some v in cfg.unresolvedVariables
	v.hasDefault != true
	msg := sprintf("${%s} is used without a default and is not set in the .env compose reads", [v.name])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
