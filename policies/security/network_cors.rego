# METADATA
# title: CORS is configured safely
# description: >-
#   Server components that are called from browsers configure CORS with explicit origins, and never
#   combine a wildcard origin with credentials (which lets any site make authenticated requests on a
#   user's behalf). A wildcard without credentials, or no CORS configuration at all, is partial.
# custom:
#   id: security.network.cors
#   category: security
#   severity: medium
#   evidence:
#     - CORS middleware/config in server code (CORSMiddleware, django-cors-headers, cors(), @CrossOrigin / CorsConfiguration)
#     - allowed origins and allow-credentials settings
#   remediation: List the allowed origins explicitly (from configuration) and keep credentials off for wildcard origins.
#   fixable: false
#   seed: Basic CORS configuration
package readiness.checks.security.network_cors

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

applicable if count(repo.servers) > 0

_configured := [c | some c in repo.servers; c.cors.configured == true]

deny contains f.at(c.cors.file, c.cors.line, sprintf("component:%s", [c.dir]), msg) if {
	some c in _configured
	c.cors.wildcard == true
	c.cors.credentials == true
	msg := sprintf("component %s allows any origin with credentials", [c.dir])
}

warn contains f.at(c.cors.file, c.cors.line, sprintf("component:%s", [c.dir]), msg) if {
	some c in _configured
	c.cors.wildcard == true
	c.cors.credentials != true
	msg := sprintf("component %s allows any origin (*)", [c.dir])
}

warn contains f.repo("no CORS configuration found in the server components (fine only if browsers never call them cross-origin)") if {
	applicable
	count(_configured) == 0
}
