package readiness.checks.documentation.security_policy_test

import rego.v1

import data.readiness.checks.documentation.security_policy as check
import data.readiness.lib.fixtures as fx

test_passes_with_security_md if {
	count(check.deny) == 0 with input as fx.files([".github/SECURITY.md"])
}

test_passes_with_security_txt if {
	count(check.deny) == 0 with input as fx.files(["public/.well-known/security.txt"])
}

test_fails_without_policy if {
	count(check.deny) == 1 with input as fx.files(["README.md"])
}
