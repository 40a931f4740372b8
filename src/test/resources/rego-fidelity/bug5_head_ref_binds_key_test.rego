package bug5

m[k] := input.x[k] if some k

test_m if m == {"a": 1, "b": 2} with input as {"x": {"a": 1, "b": 2}}
