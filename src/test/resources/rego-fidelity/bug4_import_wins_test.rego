package b4

import data.b4lib

b4lib["k"] := 1

test_import_wins if b4lib.f(1) == 2
