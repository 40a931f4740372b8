package
import
x := 
y if {
z[ := 1
} else
:= := if if contains
