package readiness.checks.security.network_tls_test

import rego.v1

import data.readiness.checks.security.network_tls as check
import data.readiness.lib.fixtures as fx

test_passes_with_app_https_redirect if {
	d := fx.components([{"httpsRedirect": {"file": "backend/app/main.py", "line": 31}}])
	count(check.deny) == 0 with input as d
}

test_passes_with_nginx_tls if {
	d := fx.repo_doc({"proxies": [{"file": "nginx.conf", "kind": "nginx", "upstreams": [], "tlsListeners": [{"line": 20}], "httpsRedirect": true, "rateLimit": false, "timeouts": false, "healthRoute": false, "line": 1}]})
	count(check.deny) == 0 with input as d
}

test_fails_without_tls if {
	count(check.deny) == 1 with input as fx.components([{}])
}

test_not_applicable_without_http if {
	not check.applicable with input as fx.doc({})
}
