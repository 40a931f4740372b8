# METADATA
# title: Application services can run several instances
# description: >-
#   App services are deployed with more than one instance, or can be: deploy.replicas above 1 or
#   deploy.mode global (Swarm) in any deployment compose variant, a Kubernetes or Helm
#   HorizontalPodAutoscaler, a KEDA ScaledObject, a Kubernetes workload with replicas above 1, or a
#   load-balanced proxy upstream with several servers. A single instance is a single point of failure
#   and cannot be updated without downtime.
# custom:
#   id: infra.scaling.replicas
#   category: infrastructure
#   severity: low
#   evidence:
#     - deploy.replicas greater than 1 on an app service
#     - a proxy upstream listing more than one server
#     - deploy.mode global on an app service (one instance per Swarm node)
#     - a Kubernetes HorizontalPodAutoscaler or KEDA ScaledObject (also in Helm chart templates)
#     - a Kubernetes Deployment/StatefulSet with replicas above 1
#   remediation: Run at least two replicas of stateless app services behind the proxy.
#   fixable: false
#   seed: Single instance deployment, no load balancer
package readiness.checks.infrastructure.scaling_replicas

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

default applicable := false

applicable if {
	some svc in compose.services
	compose.app(svc)
}

applicable if count(repo.servers) > 0

_scaled if {
	some svc in compose.variant_services
	compose.app(svc)
	svc.deploy.replicas > 1
}

_scaled if {
	some svc in compose.variant_services
	compose.app(svc)
	svc.deploy.mode == "global"
}

_scaled if {
	some p in input.repo.proxies
	some u in p.upstreams
	count(u.servers) > 1
}

_scaled if {
	some t in input.repo.deployTargets
	regex.match(`(?i)(HorizontalPodAutoscaler|ScaledObject|replicas=([2-9]|[1-9][0-9]+))`, object.get(t, "detail", ""))
}

deny contains f.repo("every application service runs as a single instance (no replicas, autoscaler or load-balanced upstream)") if {
	applicable
	not _scaled
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
