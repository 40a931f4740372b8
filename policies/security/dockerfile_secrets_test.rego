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
