package p
a := "\ud800"
b := "\u12"
c := "unterminated
d := `raw
multi-line`
e := 1e999999
f := 0x10
g := 123456789012345678901234567890
h := -0
i := 1.5e-400
j := "\x"
k := 1.
l := .5
