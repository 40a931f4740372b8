package p

x if { y > 1 }
z := w
q[k] if true
r := [v | true]
