# METADATA
# title: every feature
# custom: {a: [1, 2]}
package a.b["c"].d

import rego.v1
import future.keywords.in
import data.lib.findings as f
import input.x

default allow := false

allow if {
	some i, x in input.items
	every k, v in x { v > k }
	not deny with input.user as "root" with data.a as {"b"}
	count([y | some y in x; y != null]) > 0
	{k: v | some k, v in x}[1] == 2
	{s | s := x[_]} == set()
}

deny contains msg if {
	msg := sprintf("%v %s", [input.a, `raw \ string`])
} else := "x"

f(x) := y if y := x * 2 + 1e3 - 0.5e-3 / -7 % 3
f(x, "lit") := 1
g(_) = true

obj := {"a": [1, {2, 3}, null, true], 1: -0.0}
r[x] := y if { x := "k"; y := f(1) }
t.u.v.w := 1
