a = b ? c :d[0]
f = [for s in l :s[0]]
o = {k:v[0]}
p = provider::aws::arn_parse(x)
