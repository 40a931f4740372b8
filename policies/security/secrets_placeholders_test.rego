package readiness.checks.security.secrets_placeholders_test

import rego.v1

import data.readiness.checks.security.secrets_placeholders as check
import data.readiness.lib.fixtures as fx

test_passes_for_references if {
	d := fx.doc({"envFiles": [fx.env_file(".env.production", "production", false, [{"key": "SECRET_KEY", "kind": "reference", "secretLike": true}])]})
	count(check.deny) == 0 with input as d
}

test_fails_for_changeme_in_production if {
	d := fx.doc({"envFiles": [fx.env_file(".env.production", "production", false, [
		{"key": "SECRET_KEY", "kind": "placeholder", "secretLike": true},
		{"key": "DEBUG", "kind": "boolean", "secretLike": false},
	])]})
	count(check.deny) == 1 with input as d
}

test_templates_users_copy_warn_on_placeholders if {
	d := fx.doc({"envFiles": [fx.env_file(".env.example", "example", true, [{"key": "SECRET_KEY", "kind": "placeholder", "secretLike": true}])]})
	check.applicable with input as d
	count(check.deny) == 0 with input as d
	some finding in check.warn with input as d
	finding.file == ".env.example"
}

test_empty_values_in_templates_pass if {
	d := fx.doc({"envFiles": [fx.env_file("env.example", "example", true, [{"key": "JICOFO_AUTH_PASSWORD", "kind": "empty", "secretLike": true}])]})
	count(check.deny) + count(check.warn) == 0 with input as d
}

test_development_templates_are_not_judged if {
	d := fx.doc({"envFiles": [fx.env_file(".env.development.example", "development", true, [{"key": "SECRET_KEY", "kind": "placeholder", "secretLike": true}])]})
	count(check.deny) + count(check.warn) == 0 with input as d
}

test_fails_for_a_placeholder_in_the_deployed_compose_file if {
	d := fx.compose([{"name": "db", "environment": [{"key": "POSTGRES_PASSWORD", "kind": "placeholder", "secretLike": true, "line": 7, "hosts": [], "file": "contrib/compose/caddy.yml"}]}])
	some finding in check.deny with input as d
	finding.file == "contrib/compose/caddy.yml"
	finding.line == 7
}

test_ci_and_dev_compose_files_are_not_judged if {
	base := fx.compose([{"name": "db", "environment": [{"key": "POSTGRES_PASSWORD", "kind": "placeholder", "secretLike": true, "line": 7, "hosts": [], "file": ".ci/compose.yaml"}]}])
	d := object.union(base, {"repo": object.union(fx.empty_doc.repo, {"fileContexts": {".ci/compose.yaml": "ci"}})})
	count(check.deny) + count(check.warn) == 0 with input as d
}

test_settings_fallbacks_fail_and_samples_warn if {
	d := fx.repo_doc({"placeholderSecrets": [
		{"file": "src/config/settings.py", "line": 100, "key": "POSTGRES_PASSWORD", "source": "fallback", "context": "production", "tracked": true},
		{"file": "samples/web_only.yml", "line": 77, "key": "DISCOURSE_DB_PASSWORD", "source": "config", "context": "sample", "tracked": true},
	]})
	some denied in check.deny with input as d
	denied.file == "src/config/settings.py"
	some warned in check.warn with input as d
	warned.file == "samples/web_only.yml"
	not contains(denied.message, "password\"")
}

test_not_applicable_without_configuration if {
	not check.applicable with input as fx.doc({})
}

test_optional_compose_files_warn if {
	env := [{"key": "ADMIN_PASSWORD", "kind": "placeholder", "secretLike": true, "line": 25, "hosts": [], "file": "contrib/docker-compose/caddy.yml"}]
	d := fx.compose_configs([fx.config("caddy", false, [{"name": "miniflux", "file": "contrib/docker-compose/caddy.yml", "environment": env}])])
	count(check.deny) == 0 with input as d
	some finding in check.warn with input as d
	finding.file == "contrib/docker-compose/caddy.yml"
}
