package readiness.checks.security.secrets_management_test

import rego.v1

import data.readiness.checks.security.secrets_management as check
import data.readiness.lib.fixtures as fx

_managed(kinds) := fx.repo_doc({"secretManagement": [{"kind": k, "file": "x", "line": 1} | some k in kinds]})

test_passes_with_compose_secrets if {
	d := _managed(["compose-secrets"])
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_passes_with_vault if {
	count(check.deny) + count(check.warn) == 0 with input as fx.repo_doc({"secretManagement": [{"kind": "vault", "file": "app/config.py", "line": 3}]})
}

test_fails_without_secret_store if {
	count(check.deny) == 1 with input as fx.compose([{"name": "api"}])
}

test_ci_secrets_alone_are_not_a_store if {
	d := object.union(_managed(["ci-secrets"]), {"workflows": [{"file": ".github/workflows/ci.yml", "line": 1, "intents": ["test", "publish"], "secretsReferenced": ["DOCKERHUB_TOKEN"]}]})
	count(check.deny) == 1 with input as d
}

test_ci_secrets_reaching_a_deploy_workflow_warn if {
	d := object.union(_managed(["ci-secrets"]), {"workflows": [{"file": ".github/workflows/main.yml", "line": 1, "intents": ["test", "deploy"], "secretsReferenced": ["HEROKU_AUTH_TOKEN"]}]})
	count(check.deny) == 0 with input as d
	some finding in check.warn with input as d
	finding.file == ".github/workflows/main.yml"
}

test_secret_file_support_warns if {
	d := fx.repo_doc({"secretManagement": [{"kind": "secret-files", "file": "hc/settings.py", "line": 56}]})
	count(check.deny) == 0 with input as d
	some finding in check.warn with input as d
	finding.line == 56
}

test_a_store_outweighs_partial_evidence if {
	d := _managed(["secret-files", "sops"])
	count(check.deny) + count(check.warn) == 0 with input as d
}
