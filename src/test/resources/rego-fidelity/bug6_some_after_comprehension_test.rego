package bug6

r contains x if {
	ext := [v | v = [1, 2][_]]
	some v in ext
	x := v * 10
}

test_r if r == {10, 20}
