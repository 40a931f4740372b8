package readiness.checks.security.secrets_management_test

import rego.v1

import data.readiness.checks.security.secrets_management as check
import data.readiness.lib.fixtures as fx

test_passes_with_compose_secrets if {
	count(check.deny) == 0 with input as fx.compose([{"name": "api", "secrets": ["db_password"]}])
}

test_passes_with_vault if {
	count(check.deny) == 0 with input as fx.repo_doc({"secretManagement": [{"kind": "vault", "file": "app/config.py", "line": 3}]})
}

test_fails_without_secret_store if {
	count(check.deny) == 1 with input as fx.compose([{"name": "api"}])
}
