# comment
resource "aws_s3_bucket" "b" {
  acl     = "private" // note
  count   = 3
  ratio   = 1.5
  exp     = 1e3
  neg     = -1
  enabled = true
  nothing = null
  tags = {
    Name  = "x"
    "Env" = "dev"
  }
  list   = ["a", 1, false, var.x]
  ref    = var.foo
  interp = "pre-${var.foo}-\"q\""
  expr   = 1 + 2
  fn     = lower("ABC")
  for    = [for s in var.l : upper(s)]
  versioning {
    enabled = true
  }
  rule {
    id = "one"
  }
  rule {
    id = "two"
    nested {
      deep = [
        1,
        2,
      ]
    }
  }
  doc = <<EOT
hello
  world
EOT
  idoc = <<-EOT
    indented
      more
    EOT
}

resource "aws_s3_bucket" "c" {
  acl = "public"
}

locals {
  a = 1
}

locals {
  b = { k = "v", n = 2 }
}
