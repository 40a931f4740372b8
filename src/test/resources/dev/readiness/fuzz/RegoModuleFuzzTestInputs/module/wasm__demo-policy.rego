# The Rego source of opa-java-wasm's demo-policy.wasm, as its behaviour shows: allowed when the
# user's role in data is admin, false otherwise.
package opa.wasm.test

import rego.v1

default allowed := false

allowed if data.role[input.user] == "admin"
