package bug3

f(_) := true

s := set()

p1 if not f(input.missing)

p2 if not startswith(input.missing, "x")

p3 if not s[input.missing]

p4 if not object.get({}, "k", null) == input.missing

test_p1_undefined if not p1

test_p2_undefined if not p2

test_p3_undefined if not p3

# OPA rewrites == to unification first and keeps a ref operand of `=` inside the negation:
# p4 is true under OPA 1.22.4 (the issue expected undefined; the oracle decides)
test_p4_true if p4

test_p1_defined_when_false if p1 with f as false with input.missing as 1

test_p2_defined_when_false if p2 with input.missing as "y"

# more shapes, answers from OPA 1.22.4: arguments of calls (nested ones too) and ref operands move
# out of the negation; a ref side of `==` stays
q1 if { some k, _ in input.o; not f(input.o[k].missing) }

q2 if { some k, _ in input.o; not startswith(input.o[k].missing, "x") }

q3 if { some k, _ in input.o; not s[input.o[k].missing] }

q4 if { some k, _ in input.o; not object.get({}, "k", null) == input.o[k].missing }

q5 if { some k, _ in input.o; not input.o[k].missing == 1 }

q6 if { some k, _ in input.o; not input.o[k].missing }

q7 if { some k, _ in input.o; not count(input.o[k].missing) == 1 }

q8 if { some k, _ in input.o; not f(count(input.o[k].missing)) }

q9 if { some k, _ in input.o; not [input.o[k].missing] == [1] }

q10 if { some k, _ in input.o; not startswith(sprintf("%v", [input.o[k].missing]), "x") }

shape_input := {"o": {"a": {"x": 1}}}

test_shapes_undefined if {
	not q1 with input as shape_input
	not q2 with input as shape_input
	not q3 with input as shape_input
	not q7 with input as shape_input
	not q8 with input as shape_input
	not q9 with input as shape_input
	not q10 with input as shape_input
}

test_shapes_true if {
	q4 with input as shape_input
	q5 with input as shape_input
	q6 with input as shape_input
}
