package bug2

r() := {"a": 1}

test_ref if r == {"a": 1}
