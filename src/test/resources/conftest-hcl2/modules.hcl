terraform {
  required_version = ">= 1.0"
  backend "s3" {
    bucket = "state"
  }
}

provider "aws" {
  region = "us-east-1"
}

variable "foo" {
  type    = string
  default = "bar"
}

module "m" {
  source   = "./m"
  splat    = var.list[*].id
  cond     = var.x ? "a" : "b"
  idx      = aws_s3_bucket.b[0].id
  template = "${var.a}-${upper(var.b)}"
  nested   = { a = { b = [1, { c = "d" }] } }
}

resource "aws_instance" "a" {
  ami = "x"
}

resource "aws_instance" "a" {
  ami = "y"
}
