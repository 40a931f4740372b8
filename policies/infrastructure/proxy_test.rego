package readiness.checks.infrastructure.proxy_test

import rego.v1

import data.readiness.checks.infrastructure.proxy as check
import data.readiness.lib.fixtures as fx

_nginx(tls, timeouts) := {"file": "nginx/nginx.conf", "kind": "nginx", "upstreams": [], "tlsListeners": tls, "httpsRedirect": false, "rateLimit": false, "timeouts": timeouts, "healthRoute": false, "line": 1}

_stack(proxy) := object.union(fx.compose([{"name": "api", "exposesHttp": true}, {"name": "nginx", "role": "proxy", "exposesHttp": true}]), {"repo": {"proxies": [proxy]}})

test_passes_with_tls_and_timeouts if {
	d := _stack(_nginx([{"line": 20}], true))
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_without_tls if {
	d := _stack(_nginx([], true))
	count(check.deny) == 0 with input as d
	count(check.warn) == 1 with input as d
}

test_fails_without_proxy if {
	count(check.deny) == 1 with input as fx.compose([{"name": "api", "exposesHttp": true}])
}

test_not_applicable_without_http_apps if {
	not check.applicable with input as fx.compose([{"name": "worker", "role": "worker"}])
}
