# METADATA
# title: Services are orchestrated together
# description: >-
#   The compose stack declares more than one service (the application plus its database, cache,
#   proxy or workers), so the whole system starts, stops and is networked as one unit instead of
#   containers wired by hand.
# custom:
#   id: infra.compose.orchestration
#   category: infrastructure
#   severity: low
#   evidence:
#     - more than one service in the judged compose config
#   remediation: Declare the application's backing services (database, cache, proxy) in the compose file.
#   fixable: false
#   seed: Multi-container orchestration
package readiness.checks.infrastructure.compose_orchestration

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

default applicable := false

applicable if compose.present

deny contains f.at(file, null, null, msg) if {
	compose.present
	count(compose.services) < 2
	file := _first_file
	msg := sprintf("the compose stack declares %d service(s): backing services run outside it", [count(compose.services)])
}

_first_file := input.compose.files[0].file if count(input.compose.files) > 0

_first_file := null if count(input.compose.files) == 0

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
