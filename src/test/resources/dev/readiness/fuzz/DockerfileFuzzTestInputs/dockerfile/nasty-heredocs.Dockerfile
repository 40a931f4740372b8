FROM alpine
RUN <<EOF bash
set -e
echo hi
EOF
RUN <<-"EOT" <<'E2' cat
	indented
	EOT
second
E2
COPY <<one <<two /dest/
1
one
2
two
RUN <<UNTERMINATED
no end
