package p

a if b
b if a
f(x) := f(x)
c := d
d := c
