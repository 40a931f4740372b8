package readiness.checks.security.secrets_committed_test

import rego.v1

import data.readiness.checks.security.secrets_committed as check
import data.readiness.lib.fixtures as fx

test_passes_for_a_clean_repo if {
	d := fx.doc({"envFiles": [fx.env_file(".env.example", "example", true, [{"key": "SECRET_KEY", "kind": "placeholder", "secretLike": true}])]})
	count(check.deny) == 0 with input as d
}

test_fails_for_a_committed_private_key if {
	d := fx.repo_doc({"committedSecrets": [{"file": "deploy/id_rsa", "line": 1, "kind": "private-key", "tracked": true}]})
	some finding in check.deny with input as d
	finding.file == "deploy/id_rsa"
	finding.message == "private-key committed in deploy/id_rsa"
}

test_ignores_untracked_secrets_in_git_repos if {
	d := fx.repo_doc({"committedSecrets": [{"file": ".env", "line": 1, "kind": "aws-access-key", "tracked": false}]})
	count(check.deny) == 0 with input as d
}

test_fails_for_secret_in_tracked_env_file if {
	d := fx.doc({"envFiles": [fx.env_file(".env.production", "production", false, [{"key": "STRIPE_KEY", "kind": "secret", "secretLike": true}])]})
	count(check.deny) == 1 with input as d
}

test_development_env_files_are_not_judged_by_kind if {
	d := fx.doc({"envFiles": [fx.env_file(".env.development", "development", false, [{"key": "DATABASE_URL", "kind": "url-with-credentials", "secretLike": false}])]})
	count(check.deny) == 0 with input as d
}

test_fails_for_hard_coded_compose_secret if {
	d := fx.compose([{"name": "db", "environment": [{"key": "POSTGRES_PASSWORD", "kind": "secret", "line": 7, "hosts": []}]}])
	count(check.deny) == 1 with input as d
}

test_not_applicable_to_an_empty_tree if {
	not check.applicable with input as fx.doc({})
}

test_not_applicable_when_only_documentation_was_found if {
	d := fx.doc({"files": [{"path": "README.md", "kinds": ["doc"], "size": 10, "tracked": true, "ignored": false}]})
	not check.applicable with input as d
}

test_applicable_once_a_searched_file_exists if {
	d := fx.doc({"files": [{"path": ".env", "kinds": ["env"], "size": 10, "tracked": true, "ignored": false}]})
	check.applicable with input as d
}

test_ci_and_test_compose_files_are_not_judged if {
	base := fx.compose([{"name": "db", "environment": [{"key": "REDASH_COOKIE_SECRET", "kind": "secret", "line": 14, "hosts": [], "file": ".ci/compose.ci.yaml"}]}])
	d := object.union(base, {"repo": object.union(fx.empty_doc.repo, {"fileContexts": {".ci/compose.ci.yaml": "ci"}})})
	count(check.deny) == 0 with input as d
}

test_reports_the_file_an_entry_is_written_in if {
	d := fx.compose([{"name": "db", "environment": [{"key": "POSTGRES_PASSWORD", "kind": "secret", "line": 9, "hosts": [], "file": "compose.prod.yaml"}]}])
	some finding in check.deny with input as d
	finding.file == "compose.prod.yaml"
	finding.line == 9
}

test_placeholders_are_not_committed_secrets if {
	d := fx.compose([{"name": "db", "environment": [{"key": "POSTGRES_PASSWORD", "kind": "placeholder", "line": 7, "hosts": []}]}])
	count(check.deny) == 0 with input as d
}

test_jwt_keys_and_fallbacks_are_described_without_values if {
	d := fx.repo_doc({"committedSecrets": [
		{"file": "app/Login.java", "line": 56, "kind": "jwt-signing-key", "tracked": true},
		{"file": "app/settings.py", "line": 12, "kind": "hard-coded-fallback", "tracked": true},
	]})
	count(check.deny) == 2 with input as d
	some finding in check.deny with input as d
	finding.message == "a literal JWT signing key committed in app/Login.java"
}

test_env_files_in_non_production_contexts_are_not_judged if {
	e := fx.env_file("tests/.env", "default", false, [{"key": "API_TOKEN", "kind": "secret", "secretLike": true}])
	d := fx.doc({"envFiles": [e], "repo": object.union(fx.empty_doc.repo, {"fileContexts": {"tests/.env": "test"}})})
	count(check.deny) == 0 with input as d
}
