# METADATA
# title: A policy that never finishes (hostile-input corpus)
# description: Joins every number up to 10^5 with every other one, about 10^10 steps.
# custom:
#   id: custom.hostile.endless
#   category: security
#   severity: low
package custom.hostile.endless

import rego.v1

deny contains msg if {
	some x in numbers.range(1, 100000)
	some y in numbers.range(1, 100000)
	x + y == -1
	msg := "unreachable"
}
