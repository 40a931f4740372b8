package p

x := $"\uZZZZ{1}"
