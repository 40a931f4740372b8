# METADATA
# title: Production settings hold no placeholder secrets
# description: >-
#   Secret settings in production-intended configuration hold no stand-in or default values (changeme,
#   CHANGE_ME, your-secret-key-here, xxx, password, secret, SOME_SECRET, pa$$word, test123, a password
#   equal to a plain word, <...>), whether or not an override exists: such values ship as-is far more
#   often than anyone intends. Fails for configuration the stack reads as it is: production, staging and
#   default env files, compose environment (including `${VAR:-fallback}` defaults) outside test, CI and
#   development setups, settings fallbacks (`os.getenv("DB_PASSWORD", "password")`) and config files;
#   warns for the templates and samples users copy to deploy (`.env.example`, `samples/`, `examples/`).
#   Empty values in templates pass: they must be filled in. Development, test and CI files are not judged.
# custom:
#   id: security.secrets.placeholders
#   category: security
#   severity: high
#   evidence:
#     - secret-like keys with placeholder values in production, staging and default env files (and empty ones in production/staging files)
#     - placeholder values (and ${VAR:-placeholder} defaults) for secret-like keys in compose environment outside test, CI and development files
#     - placeholder fallbacks of secret settings in application settings, placeholder values in config files and secret files
#     - placeholder values in the env templates and samples users copy to deploy (warn)
#   remediation: Generate real values at deploy time or mark the settings as required (${VAR:?}) so a missing value fails fast.
#   fixable: false
#   seed: Placeholder values in templates
package readiness.checks.security.secrets_placeholders

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

# Files whose values are not production values (tests, CI-only, development, docs, translations);
# samples are judged, as a warning.
_context(file) := object.get(input.repo.fileContexts, file, "production")

_skipped(file) if _context(file) in {"test", "ci", "development", "docs", "translation"}

_dev_env := {"development", "testing", "test", "local"}

_env_templates := [e |
	some e in input.envFiles
	e.template == true
	not e.environment in _dev_env
	not _skipped(e.file)
]

_env_live := [e |
	some e in input.envFiles
	e.template != true
	not e.environment in _dev_env
	e.environment != "example"
	not _skipped(e.file)
]

default applicable := false

applicable if count(_env_templates) + count(_env_live) > 0

applicable if compose.present

applicable if count(input.repo.placeholderSecrets) > 0

deny contains f.at(e.file, k.line, sprintf("env:%s", [k.key]), msg) if {
	some e in _env_live
	some k in e.keys
	k.secretLike == true
	_bad_live(e, k)
	msg := sprintf("%s sets %s to a %s value", [e.file, k.key, k.kind])
}

_bad_live(_, k) if k.kind == "placeholder"

_bad_live(e, k) if {
	k.kind == "empty"
	e.environment in {"production", "staging"}
}

# The deployed stack (a production chain, or the default compose.yaml chain) fails; other compose files
# (optional overlays, alternative examples, files in directories without a default compose file) warn.
_deployed contains svc if {
	some project in input.compose.projects
	some cfg in project.configs
	_deployed_config(cfg)
	some svc in cfg.services
}

_deployed_config(cfg) if cfg.production == true

_deployed_config(cfg) if cfg.name == "default"

deny contains f.at(file, env.line, sprintf("service:%s", [svc.name]), msg) if {
	some svc in _deployed
	some env in _placeholder_env(svc)
	file := object.get(env, "file", svc.file)
	_context(file) != "sample"
	msg := sprintf("service %s sets %s to a placeholder in %s", [svc.name, env.key, file])
}

warn contains f.at(file, env.line, sprintf("service:%s", [svc.name]), msg) if {
	some svc in compose.all_services
	some env in _placeholder_env(svc)
	file := object.get(env, "file", svc.file)
	_optional(svc, file)
	msg := sprintf("%s sets %s of service %s to a placeholder", [file, env.key, svc.name])
}

_optional(_, file) if _context(file) == "sample"

_optional(svc, _) if not svc in _deployed

_placeholder_env(svc) := [env |
	some env in svc.environment
	env.kind == "placeholder"
	env.secretLike == true
	not _skipped(object.get(env, "file", svc.file))
]

deny contains f.at(p.file, p.line, sprintf("%s:%s", [p.source, p.key]), msg) if {
	some p in input.repo.placeholderSecrets
	p.context == "production"
	msg := sprintf("%s gives %s a placeholder %s", [p.file, p.key, _source[p.source]])
}

_source := {"config": "value", "fallback": "fallback", "secret-file": "content"}

warn contains f.at(e.file, k.line, sprintf("env:%s", [k.key]), msg) if {
	some e in _env_templates
	some k in e.keys
	k.secretLike == true
	k.kind == "placeholder"
	msg := sprintf("template %s ships %s with a placeholder that works as-is if not replaced", [e.file, k.key])
}

warn contains f.at(p.file, p.line, sprintf("%s:%s", [p.source, p.key]), msg) if {
	some p in input.repo.placeholderSecrets
	p.context == "sample"
	msg := sprintf("sample %s gives %s a placeholder %s", [p.file, p.key, _source[p.source]])
}
