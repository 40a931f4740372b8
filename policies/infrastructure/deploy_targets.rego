# METADATA
# title: A deployment target is described
# description: >-
#   The repository describes where it runs beyond a developer's Docker: Kubernetes manifests, a Helm
#   chart or Kustomize overlays, a Swarm stack, Nomad jobs, Terraform/Pulumi infrastructure, or a PaaS
#   file (fly.toml, render.yaml, app.yaml, Procfile, railway.json, vercel.json, ...).
# custom:
#   id: infra.deploy.targets
#   category: infrastructure
#   severity: low
#   evidence:
#     - Kubernetes manifests, Helm charts, Kustomize overlays
#     - Swarm stack files, Nomad job files, Terraform or Pulumi code
#     - PaaS descriptors (fly.toml, render.yaml, app.yaml, Procfile, railway.json, vercel.json, netlify.toml, heroku.yml)
#   remediation: Describe the production target as code (Kubernetes manifests, a PaaS file, or Terraform).
#   fixable: false
#   seed: Cloud providers / Kubernetes missing
package readiness.checks.infrastructure.deploy_targets

import rego.v1

import data.readiness.lib.findings as f

deny contains f.repo("no deployment target beyond local Docker (no Kubernetes/Helm, Swarm, Nomad, Terraform/Pulumi or PaaS file)") if {
	count(input.repo.deployTargets) == 0
}
