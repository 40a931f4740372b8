package b4lib

f(x) := x + 1
