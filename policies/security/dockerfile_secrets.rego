# METADATA
# title: Images carry no secrets
# description: >-
#   No Dockerfile ENV or ARG carries a secret value (anyone who pulls the image reads it with docker
#   history or inspect), no COPY/ADD puts .env files, private keys or credential files into an image,
#   and no RUN pipes a download straight into a shell.
# custom:
#   id: security.dockerfile.secrets
#   category: security
#   severity: high
#   evidence:
#     - ENV/ARG values whose kind is secret or a URL with credentials
#     - COPY/ADD sources such as .env, *.pem, *.key, id_rsa, .npmrc, .pypirc, credentials files
#     - curl/wget piped to sh/bash in RUN
#   remediation: Pass secrets at run time or with BuildKit secret mounts (RUN --mount=type=secret), and download-then-verify instead of piping to a shell.
#   fixable: false
package readiness.checks.security.dockerfile_secrets

import rego.v1

import data.readiness.lib.findings as f

default applicable := false

applicable if count(input.dockerfiles) > 0

_secret_file := `(?i)(^|/)(\.env(\..*)?|.*\.pem|.*\.key|id_rsa|id_ed25519|id_ecdsa|\.npmrc|\.pypirc|\.netrc|\.dockercfg|credentials(\.json)?|.*\.p12|.*\.pfx|\.aws(/.*)?|\.ssh(/.*)?|secrets?(\..*)?)$`

_template := `(?i)\.(example|sample|template|dist|tpl)$`

deny contains f.at(df.file, e.line, sprintf("stage:%d", [st.index]), msg) if {
	some df in input.dockerfiles
	some st in df.stages
	some kind, list in {"ENV": st.env, "ARG": st.args}
	some e in list
	e.kind in {"secret", "url-with-credentials"}
	msg := sprintf("%s %s in %s holds a %s value that is baked into the image", [kind, e.key, df.file, e.kind])
}

deny contains f.at(df.file, c.line, sprintf("stage:%d", [st.index]), msg) if {
	some df in input.dockerfiles
	some st in df.stages
	some c in st.copies
	c.from == null
	some src in c.sources
	regex.match(_secret_file, src)
	not regex.match(_template, src)
	msg := sprintf("%s copies %s into the image", [df.file, src])
}

deny contains f.at(df.file, r.line, sprintf("stage:%d", [st.index]), msg) if {
	some df in input.dockerfiles
	some st in df.stages
	some r in st.runs
	r.curlPipeShell == true
	msg := sprintf("%s pipes a download into a shell (curl | sh)", [df.file])
}
