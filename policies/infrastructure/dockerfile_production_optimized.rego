# METADATA
# title: Images run a production server
# description: >-
#   The deployed stage of each deployed Dockerfile (the stage compose builds with build.target, else
#   the final stage; test, CI, dev-container and development Dockerfiles are not judged) starts a
#   production server or start command, not a development server (vite, npm run dev, next dev, flask
#   run, manage.py runserver, uvicorn/gunicorn --reload, nodemon, ng serve, spring-boot:run): a dev
#   server fails the check. Package-manager caches left in the layer (not cleaned, no cache mount)
#   make the image larger: a warning.
# custom:
#   id: infra.dockerfile.production-optimized
#   category: infrastructure
#   severity: low
#   evidence:
#     - CMD/ENTRYPOINT of the deployed stage (and a compose command override) is not a dev server
#     - package installs in the deployed stage clean their cache (--no-cache-dir, rm -rf /var/lib/apt/lists/*, npm cache clean) or use a cache mount
#   remediation: Start the app with its production server (gunicorn/uvicorn workers, node dist, nginx for static builds, java -jar) and clean caches.
#   fixable: false
#   seed: Production optimizations
package readiness.checks.infrastructure.dockerfile_production_optimized

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

_dev_server := `(?i)(\bnpm\s+(run\s+)?(dev|start:dev|serve)\b|\b(yarn|pnpm|bun)\s+(run\s+)?(dev|serve)\b|(^|[\s/"'])vite(\s|$|")|\bnext\s+dev\b|\bflask\s+run\b|\brunserver\b|--reload\b|\bnodemon\b|\bng\s+serve\b|spring-boot:run|\bbootRun\b|\bwebpack-dev-server\b|\bwebpack\s+serve\b|\bair\b\s*$|\brails\s+s(erver)?\b.*development|--debug\b)`

_text(v) := concat(" ", v) if is_array(v)

_text(v) := v if is_string(v)

_start_command(st) := _text(st.entrypoint.value) if st.entrypoint != null

_start_command(st) := _text(st.cmd.value) if {
	st.entrypoint == null
	st.cmd != null
}

_judged := [df | some df in compose.deployed_dockerfiles; count(compose.deployed_stages(df)) > 0]

default applicable := false

applicable if count(_judged) > 0

_dev_commands contains {"df": df.file, "file": df.file, "line": st.cmd.line, "command": cmd} if {
	some df in _judged
	some st in compose.deployed_stages(df)
	st.cmd != null
	cmd := _text(st.cmd.value)
	regex.match(_dev_server, cmd)
}

_dev_commands contains {"df": df.file, "file": df.file, "line": st.entrypoint.line, "command": cmd} if {
	some df in _judged
	some st in compose.deployed_stages(df)
	st.entrypoint != null
	cmd := _text(st.entrypoint.value)
	regex.match(_dev_server, cmd)
}

# A compose service built from this Dockerfile that overrides the command with a dev server.
_dev_commands contains {"df": df.file, "file": svc.file, "line": svc.line, "command": cmd} if {
	some svc in compose.services
	df := repo.dockerfile_by_file[svc.build.dockerfile]
	df in _judged
	cmd := _text(svc.command)
	regex.match(_dev_server, cmd)
}

_uncleaned contains {"df": df.file, "run": run} if {
	some df in _judged
	some st in compose.deployed_stages(df)
	some run in st.runs
	count(run.packageManagers) > 0
	run.cleansCache != true
	count([m | some m in run.mounts; contains(m, "type=cache")]) == 0
}

deny contains f.at(c.file, c.line, c.df, msg) if {
	some c in _dev_commands
	msg := sprintf("%s starts a development server (%s) instead of a production server", [c.df, c.command])
}

warn contains f.at(u.df, u.run.line, u.df, msg) if {
	some u in _uncleaned
	msg := sprintf("%s installs packages with %s in the deployed stage without cleaning the cache", [u.df, concat("/", u.run.packageManagers)])
}
