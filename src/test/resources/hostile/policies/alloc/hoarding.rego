# METADATA
# title: A policy that allocates without bound (hostile-input corpus)
# description: Builds a set with one element per pair of numbers up to 10^4, 10^8 elements.
# custom:
#   id: custom.hostile.hoarding
#   category: security
#   severity: low
package custom.hostile.hoarding

import rego.v1

pairs contains [x, y] if {
	some x in numbers.range(1, 10000)
	some y in numbers.range(1, 10000)
}

deny contains "too many pairs" if count(pairs) > 0
