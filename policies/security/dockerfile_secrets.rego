# METADATA
# title: Images carry no secrets
# description: >-
#   No Dockerfile ENV or ARG carries a secret value or a default password (anyone who pulls the image
#   reads it with docker history or inspect; a file path is not a secret), no COPY/ADD puts .env files,
#   private keys or credential files into an image, and no RUN pipes a download straight into a shell.
#   A copied file that is in the repository is judged by what it holds (an .npmrc with only settings, a
#   public signing key such as *.gpg.key or *_public*.key, is fine); one that is not (made at build time
#   or gitignored) by its name.
# custom:
#   id: security.dockerfile.secrets
#   category: security
#   severity: high
#   evidence:
#     - ENV/ARG values whose kind is secret or a URL with credentials, and default passwords of secret-named ENV/ARG
#     - COPY/ADD sources such as .env, *.pem, *.key, id_rsa, .npmrc, .pypirc, credentials files that hold credentials (or are not in the repository)
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

deny contains f.at(df.file, e.line, sprintf("stage:%d", [st.index]), msg) if {
	some df in input.dockerfiles
	some st in df.stages
	some kind, list in {"ENV": st.env, "ARG": st.args}
	some e in list
	e.kind == "placeholder"
	regex.match(_secret_key, e.key)
	not regex.match(_not_secret_key, e.key)
	msg := sprintf("%s %s in %s sets a default password that is baked into the image", [kind, e.key, df.file])
}

# Secret-named keys (the env and compose scanners' rule, for keys the Dockerfile facts carry without it).
_secret_key := `(?i)(pass(word|wd)?|pwd|secret|token|api_?key|private_?key|access_?key|credentials?)($|_)`

_not_secret_key := `(?i)_(file|path|dir|name|id|url|uri|host|port|user|username)$`

_public_key := `(?i)(^|/)[^/]*(pub|public)[^/]*$|\.gpg(\.key)?$|\.asc$|gpg[^/]*\.key$`

deny contains f.at(df.file, c.line, sprintf("stage:%d", [st.index]), msg) if {
	some df in input.dockerfiles
	some st in df.stages
	some c in st.copies
	c.from == null
	some src in c.sources
	regex.match(_secret_file, src)
	not regex.match(_template, src)
	not regex.match(_public_key, src)
	_leaks(df, src)
	msg := sprintf("%s copies %s into the image", [df.file, src])
}

# Where a COPY source is in the repository (relative to the build context).
_path(ctx, src) := trim_prefix(src, "./") if ctx in {null, ".", ""}

_path(ctx, src) := concat("/", [ctx, trim_prefix(src, "./")]) if not ctx in {null, ".", ""}

_base(p) := parts[count(parts) - 1] if parts := split(trim_suffix(p, "/"), "/")

_known(df, src) := exact if {
	exact := [cf | some cf in input.repo.credentialFiles; cf.file == _path(df.context, src)]
	count(exact) > 0
} else := [cf | some cf in input.repo.credentialFiles; _base(cf.file) == _base(src)]

# Not in the repository: made at build time or gitignored, so judged by its name.
_leaks(df, src) if count(_known(df, src)) == 0

_leaks(df, src) if {
	some cf in _known(df, src)
	cf.secret == true
}

deny contains f.at(df.file, r.line, sprintf("stage:%d", [st.index]), msg) if {
	some df in input.dockerfiles
	some st in df.stages
	some r in st.runs
	r.curlPipeShell == true
	msg := sprintf("%s pipes a download into a shell (curl | sh)", [df.file])
}
