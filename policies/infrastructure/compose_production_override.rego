# METADATA
# title: A production compose configuration exists
# description: >-
#   Production differs from development (no bind-mounted source, no dev servers, restart policies,
#   limits, secrets), and that difference is written down. Passes on a production override or
#   production compose file (docker-compose.prod.yml, compose.production.yaml, *.prod.*), an override
#   chain that deploy scripts or workflows pass with -f, a Swarm stack file (docker-stack.yml, or
#   deploy placement/update_config), or a deployment compose that runs the project's published images
#   (no build from source) with restart policies: such a repository ships its production stack rather
#   than a development one. Warns when the only production-shaped stacks are examples (under
#   examples/, contrib/, samples/) or run published images without restart policies. Fails when the
#   only compose builds and runs the source tree (a development setup). Dev overrides, dev containers
#   and test/CI compose files are never taken for the production configuration.
# custom:
#   id: infra.compose.production-override
#   category: infrastructure
#   severity: medium
#   evidence:
#     - a compose file whose role is production (docker-compose.prod.yml, compose.production.yaml, *.prod.*)
#     - compose files named with -f by deploy scripts or workflows
#     - a Swarm stack file (docker-stack.yml; deploy placement, update_config)
#     - a deployment compose running published images (no build) with restart policies
#   remediation: Add a compose.prod.yaml override with production settings (readiness fix generates one).
#   fixable: true
#   seed: No production overrides
package readiness.checks.infrastructure.compose_production_override

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

default applicable := false

applicable if compose.present

_deployable_file(file) if not object.get(file, "purpose", "deployment") in {"test", "devcontainer", "development"}

_deployment_configs := [cfg |
	some project in input.compose.projects
	some cfg in project.configs
	compose.purpose(cfg) == "deployment"
]

_production if {
	some file in input.compose.files
	file.role == "production"
	_deployable_file(file)
}

# An override chain that deploy scripts or workflows use (base + override files).
_production if {
	some cfg in _deployment_configs
	cfg.production == true
	count(cfg.files) > 1
}

_production if {
	some file in input.compose.files
	_deployable_file(file)
	regex.match(`(?i)(^|[./_-])(prod|production)([./_-]|$)`, file.file)
}

# A Swarm stack: named as one, or using deploy keys only `docker stack deploy` acts on.
_production if {
	some cfg in _deployment_configs
	some file in cfg.files
	regex.match(`(?i)(^|/|[._-])stack([._-][^/]*)?\.ya?ml$`, file)
}

_production if {
	some cfg in _deployment_configs
	some svc in cfg.services
	is_object(svc.deploy)
	count(object.get(svc.deploy, "swarmKeys", [])) > 0
}

# A shipped production stack: released images with restart policies, outside example directories.
_production if {
	some cfg in _deployment_configs
	_released(cfg)
	_restarts(cfg)
	not _example(cfg)
}

_apps(cfg) := [svc | some svc in cfg.services; compose.app(svc)]

# Every application service runs a published image rather than building the source tree.
_released(cfg) if {
	count(_apps(cfg)) > 0
	every svc in _apps(cfg) {
		svc.image != null
		svc.build == null
	}
}

_restart_set(svc) if svc.restart in {"always", "unless-stopped", "on-failure"}

_restart_set(svc) if startswith(svc.restart, "on-failure:")

_restart_set(svc) if svc.deploy.restartPolicy != null

_restarts(cfg) if {
	every svc in [s | some s in cfg.services; compose.long_running(s)] {
		_restart_set(svc)
	}
}

_example(cfg) if {
	some file in cfg.files
	regex.match(`(?i)(^|/)(examples?|samples?|contrib|demos?)/`, file)
}

_shaped := [cfg | some cfg in _deployment_configs; _released(cfg)]

# Where the finding points: the first service of the judged config (or the first compose file).
_anchors := [{"file": svc.file, "line": svc.line} |
	some cfg in compose.selected_configs
	svc := cfg.services[0]
]

_anchor := _anchors[0] if count(_anchors) > 0

else := {"file": input.compose.files[0].file, "line": null}

deny contains f.at(_anchor.file, _anchor.line, null, msg) if {
	compose.present
	not _production
	count(_shaped) == 0
	msg := "no production compose override or production compose file: the compose builds and runs the development configuration"
}

warn contains f.at(svc.file, svc.line, null, msg) if {
	compose.present
	not _production
	cfg := _shaped[0]
	svc := cfg.services[0]
	_example(cfg)
	msg := sprintf("only example stacks run the published images (%s): no production compose configuration is maintained", [concat(", ", cfg.files)])
}

warn contains f.service(svc, msg) if {
	compose.present
	not _production
	cfg := _shaped[0]
	not _example(cfg)
	some svc in cfg.services
	compose.long_running(svc)
	not _restart_set(svc)
	msg := sprintf("%s runs the published images but service %s has no restart policy: it is not yet a production configuration", [concat(", ", cfg.files), svc.name])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
