# METADATA
# title: CORS is configured safely
# description: >-
#   Server components never combine a wildcard (or reflected) origin with credentials, which lets any
#   site make authenticated requests on a user's behalf. Explicit origins pass, and so does a wildcard
#   without credentials (browsers then send no cookies: the usual setting for a token-authenticated
#   public API). No CORS configuration at all means same-origin only; it is reported as partial
#   because the scan cannot tell whether browsers need cross-origin access.
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

default applicable := false

applicable if count(repo.servers) > 0

_configured := [c | some c in repo.servers; c.cors.configured == true]

deny contains f.at(c.cors.file, c.cors.line, sprintf("component:%s", [c.dir]), msg) if {
	some c in _configured
	c.cors.wildcard == true
	c.cors.credentials == true
	msg := sprintf("component %s allows any origin with credentials", [c.dir])
}


warn contains f.repo("no CORS configuration found in the server components (fine only if browsers never call them cross-origin)") if {
	applicable
	count(_configured) == 0
}
