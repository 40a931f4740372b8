package readiness.checks.security.network_waf_test

import rego.v1

import data.readiness.checks.security.network_waf as check
import data.readiness.lib.fixtures as fx

test_passes_with_app_rate_limit if {
	count(check.deny) == 0 with input as fx.components([{"rateLimit": {"file": "backend/app/main.py", "line": 12}}])
}

test_passes_with_modsecurity_service if {
	d := fx.compose([{"name": "web", "exposesHttp": true}, {"name": "waf", "role": "proxy", "image": fx.image("owasp/modsecurity-crs", "4-nginx")}])
	count(check.deny) == 0 with input as d
}

test_fails_without_protection if {
	count(check.deny) == 1 with input as fx.components([{}])
}
