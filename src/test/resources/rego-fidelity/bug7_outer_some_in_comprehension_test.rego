package bug7

p contains n if {
	some i
	xs := [x | x := ["a", "b"][i]]
	n := count(xs)
}

test_p if p == {2}
