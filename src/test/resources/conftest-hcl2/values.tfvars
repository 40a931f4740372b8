a = ["a", var.x, 1 + 2]
b = { k = var.y, "q" = "z\n\"w\"", n = [1, 2] }
c = "esc \"q\" ${var.z} \\n"
e = 1e3
f = 0.5
g = [
  "x",
  "y",
]
h = {
  m = 1
  n = 2
}
i = {}
j = []
k = "${var.only}"
l = <<-EOT
    one
      two
    EOT
m = var.x # trailing comment
n = (1)
