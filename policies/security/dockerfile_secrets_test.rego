package readiness.checks.security.dockerfile_secrets_test

import rego.v1

import data.readiness.checks.security.dockerfile_secrets as check
import data.readiness.lib.fixtures as fx

_copy(src) := {"line": 6, "instruction": "COPY", "sources": [src], "dest": ".", "from": null, "chown": null}

test_passes_for_a_clean_dockerfile if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"env": [{"key": "PYTHONUNBUFFERED", "kind": "boolean", "line": 3}], "copies": [_copy("requirements.txt"), _copy(".env.example")]}])])
	count(check.deny) == 0 with input as d
}

test_fails_for_secret_env if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"env": [{"key": "API_TOKEN", "kind": "secret", "line": 3}]}])])
	some finding in check.deny with input as d
	finding.line == 3
	not contains(finding.message, "=")
}

test_fails_for_copied_env_file_and_curl_pipe if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"copies": [_copy(".env")], "runs": [{"line": 9, "command": "curl -sL x | sh", "mounts": [], "packageManagers": [], "cleansCache": false, "curlPipeShell": true}]}])])
	count(check.deny) == 2 with input as d
}

test_a_path_in_a_credentials_variable_is_not_a_secret if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"env": [{"key": "GOOGLE_APPLICATION_CREDENTIALS", "kind": "text", "line": 13}]}])])
	count(check.deny) == 0 with input as d
}

test_fails_for_a_default_password_in_env if {
	d := fx.dockerfiles([fx.dockerfile("db/Dockerfile", [{"env": [{"key": "MYSQL_PASSWORD", "kind": "placeholder", "line": 9}, {"key": "MYSQL_USER", "kind": "placeholder", "line": 8}]}])])
	count(check.deny) == 1 with input as d
	some finding in check.deny with input as d
	finding.line == 9
}

test_public_signing_keys_may_be_copied if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"copies": [_copy("nodesource-repo.gpg.key"), _copy("nginx_public_keys.key"), _copy("yarn-pubkey.gpg.key")]}])])
	count(check.deny) == 0 with input as d
}

test_a_copied_npmrc_is_judged_by_what_it_holds if {
	clean := object.union(fx.dockerfiles([fx.dockerfile("Dockerfile", [{"copies": [_copy(".npmrc")]}])]), {"repo": object.union(fx.empty_doc.repo, {"credentialFiles": [{"file": ".npmrc", "secret": false}]})})
	count(check.deny) == 0 with input as clean
	leaky := object.union(clean, {"repo": object.union(fx.empty_doc.repo, {"credentialFiles": [{"file": ".npmrc", "secret": true}]})})
	count(check.deny) == 1 with input as leaky
}

test_a_copied_key_missing_from_the_repository_is_judged_by_name if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"copies": [_copy("certs/server.key")]}])])
	count(check.deny) == 1 with input as d
}
