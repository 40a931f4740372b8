package readiness.checks.security.network_cors_test

import rego.v1

import data.readiness.checks.security.network_cors as check
import data.readiness.lib.fixtures as fx

_cors(wildcard, credentials) := {"configured": true, "wildcard": wildcard, "credentials": credentials, "file": "backend/app/main.py", "line": 30}

test_passes_with_explicit_origins if {
	d := fx.components([{"cors": _cors(false, true)}])
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_fails_for_wildcard_with_credentials if {
	count(check.deny) == 1 with input as fx.components([{"cors": _cors(true, true)}])
}

test_warns_without_cors if {
	count(check.warn) == 1 with input as fx.components([{}])
}

test_a_wildcard_without_credentials_passes if {
	d := fx.components([{"dir": "api", "cors": {"configured": true, "wildcard": true, "credentials": false, "file": "api/app.py", "line": 4}}])
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}
