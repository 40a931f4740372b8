# METADATA
# title: Build contexts and Dockerfiles exist
# description: >-
#   Every compose `build:` points at a context directory that exists and holds the Dockerfile it
#   names. A missing one means `docker compose build` fails on a clean checkout, typically because a
#   Dockerfile was never written for that component.
# custom:
#   id: infra.compose.build-context
#   category: infrastructure
#   severity: high
#   evidence:
#     - build.context directory present in the repository
#     - build.dockerfile (default Dockerfile) present in that context
#   remediation: Create the missing Dockerfile for the stack (readiness fix generates a stack-aware one).
#   fixable: true
#   seed: Frontend Dockerfile missing
package readiness.checks.infrastructure.compose_build_context

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_builds contains svc if {
	some svc in compose.all_services
	svc.build != null
}

_ok(svc) if {
	svc.build.contextExists == true
	svc.build.dockerfileExists == true
}

total := count({[s.file, s.name] | some s in _builds})

passing := count({[s.file, s.name] | some s in _builds; _ok(s)})

deny contains f.at(svc.file, svc.build.line, sprintf("service:%s", [svc.name]), msg) if {
	some svc in _builds
	svc.build.contextExists != true
	msg := sprintf("service %s builds from context %s, which does not exist", [svc.name, svc.build.context])
}

deny contains f.at(svc.file, svc.build.line, sprintf("service:%s", [svc.name]), msg) if {
	some svc in _builds
	svc.build.contextExists == true
	svc.build.dockerfileExists != true
	msg := sprintf("service %s builds with %s, which does not exist", [svc.name, svc.build.dockerfile])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
