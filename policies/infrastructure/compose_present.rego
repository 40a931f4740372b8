# METADATA
# title: A compose file describes the stack
# description: >-
#   The repository declares how its containers run together in a compose file (compose.yaml,
#   docker-compose.yml, or a file named in COMPOSE_FILE, scripts or workflows). Without one, every
#   environment is assembled by hand and nothing else about the runtime setup can be checked.
# custom:
#   id: infra.compose.present
#   category: infrastructure
#   severity: high
#   evidence:
#     - compose.yaml / compose.yml / docker-compose.yaml / docker-compose.yml at any depth
#     - compose files named in COMPOSE_FILE, scripts (docker compose -f) or workflows
#   remediation: Generate compose.yaml from the detected services.
#   fixable: false
#   seed: Docker Setup 1 (docker-compose.yml)
package readiness.checks.infrastructure.compose_present

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

deny contains f.repo(msg) if {
	not compose.present
	n := count(input.dockerfiles) + count([c | some c in input.repo.components; c.kind != "library"])
	msg := sprintf("no compose file found (the repository has %d Dockerfiles/application components to run together)", [n])
}
