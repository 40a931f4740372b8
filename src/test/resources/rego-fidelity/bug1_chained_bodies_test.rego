package bug1

f(x) := y if { x == 1; y := 10 } { x == 2; y := 20 }

test_f1 if f(1) == 10

test_f2 if f(2) == 20
