# Builders of input documents for the checks' unit tests: defaults for every field of
# docs/input-document.md, so a test states only what matters to it.
package readiness.lib.fixtures

import rego.v1

empty_doc := {
	"schemaVersion": 1,
	"target": {"path": "/repo", "name": "repo", "gitCommit": null, "git": true},
	"files": [],
	"compose": {"files": [], "projects": []},
	"dockerfiles": [],
	"envFiles": [],
	"workflows": [],
	"repo": {
		"docs": [], "scripts": [], "makeTargets": [], "migrations": [], "proxies": [],
		"monitoring": {"prometheus": [], "alertRules": [], "grafana": [], "logShipping": [], "uptime": []},
		"deployTargets": [], "components": [],
		"dependencyUpdates": {"dependabot": null, "renovate": null},
		"secretManagement": [], "committedSecrets": [], "placeholderSecrets": [], "fileContexts": {}, "credentialFiles": [],
		"gitignore": null, "backupSchedules": [],
		"inlineSuppressions": [],
		"migrationRuns": [],
	},
	"runtime": {"status": "disabled", "engine": null, "reason": null, "containers": []},
	"diagnostics": [],
}

# A document: the empty one with the given top-level parts merged in.
doc(parts) := object.union(empty_doc, parts)

# A document whose repo facts are merged with the given ones.
repo_doc(repo) := doc({"repo": object.union(empty_doc.repo, repo)})

default_service := {
	"name": "app", "file": "compose.yaml", "line": 2, "role": "app", "stateful": null,
	"image": null, "build": null, "ports": [], "volumes": [], "environment": [], "envFiles": [],
	"dependsOn": [], "talksTo": [], "healthcheck": null, "restart": null, "deploy": null,
	"logging": null, "user": null, "privileged": false, "readOnly": false, "securityOpt": [],
	"capAdd": [], "capDrop": [], "networkMode": null, "pid": null, "ipc": null, "userns": null,
	"networks": [], "secrets": [], "profiles": [], "command": null, "entrypoint": null,
	"labels": {}, "exposesHttp": false,
}

# A compose service with defaults for what is not given.
svc(fields) := object.union(default_service, fields)

# An image reference.
image(repository, tag) := {"raw": sprintf("%s:%s", [repository, tag]), "registry": null, "repository": repository, "tag": tag, "digest": null}

# A merged compose config.
config(name, production, services) := {
	"name": name, "files": ["compose.yaml"], "production": production,
	"services": [svc(s) | some s in services],
	"networks": [], "volumes": [], "secrets": [], "unresolvedVariables": [],
}

# A document with one compose project whose default config holds the services.
compose(services) := compose_configs([config("default", false, services)])

# A document with one compose project made of the given configs.
compose_configs(configs) := doc({"compose": {
	"files": [{"file": "compose.yaml", "role": "base", "services": [], "version": null}],
	"projects": [{"name": "repo", "dir": ".", "configs": configs}],
}})

default_stage := {
	"index": 0, "name": null, "line": 1,
	"from": {"raw": "python:3.12-slim", "resolved": "python:3.12-slim", "registry": null, "repository": "python", "tag": "3.12-slim", "digest": null, "scratch": false, "stageRef": null},
	"user": null, "healthcheck": null, "expose": [], "env": [], "args": [], "runs": [], "copies": [],
	"cmd": null, "entrypoint": null, "workdir": "/app",
}

# A Dockerfile stage with defaults.
stage(fields) := object.union(default_stage, fields)

# A Dockerfile whose stages are given (the last one is final).
dockerfile(file, stages) := {
	"file": file, "context": _dir(file), "directives": {"syntax": null, "escape": "\\"}, "args": [],
	"stages": [object.union(stage(s), {"index": i}) | some i, s in stages],
	"finalStage": count(stages) - 1, "instructions": 10,
}

_dir(file) := "." if not contains(file, "/")

_dir(file) := concat("/", array.slice(split(file, "/"), 0, count(split(file, "/")) - 1)) if contains(file, "/")

# A FROM reference.
from(repository, tag) := {"raw": sprintf("%s:%s", [repository, tag]), "resolved": sprintf("%s:%s", [repository, tag]), "registry": null, "repository": repository, "tag": tag, "digest": null, "scratch": false, "stageRef": null}

# A document with the given Dockerfiles.
dockerfiles(dfs) := doc({"dockerfiles": dfs})

default_component := {
	"dir": "backend", "ecosystem": "python", "framework": "fastapi", "manifest": "backend/requirements.txt",
	"lockfile": null, "packageManager": "pip", "kind": "server", "dockerfile": null, "usedBy": [],
	"healthRoutes": [], "metrics": {"library": null, "route": null}, "apm": [],
	"logging": null, "cors": null, "httpsRedirect": null, "rateLimit": null, "dbPool": null,
	"sessionStore": null, "devServerOnly": false,
}

# A component with defaults.
component(fields) := object.union(default_component, fields)

# A document with the given components.
components(cs) := repo_doc({"components": [component(c) | some c in cs]})

default_step := {"name": "step", "line": 10, "uses": null, "run": null, "intents": []}

# A workflow step with defaults.
step(fields) := object.union(default_step, fields)

# A GitHub workflow with one job made of the given steps and intents.
workflow(file, intents, steps) := {
	"file": file, "provider": "github", "name": file, "line": 1,
	"triggers": [{"event": "push", "branches": ["main"], "tags": [], "line": 3}],
	"permissions": null,
	"jobs": [{
		"id": "job", "name": "job", "line": 8, "runsOn": "ubuntu-latest", "permissions": null,
		"environment": null, "services": [], "needs": [], "if": null, "intents": intents,
		"steps": [step(s) | some s in steps],
	}],
	"intents": intents, "secretsReferenced": [], "pullRequestTarget": false, "checksOutPrHead": false,
	"composeFiles": [],
}

# A document with the given workflows.
workflows(ws) := doc({"workflows": ws})

default_script := {
	"file": "deploy.sh", "kind": "deploy", "shell": "bash", "setE": true, "healthWait": false,
	"rollback": false, "backupTools": [], "composeCalls": [], "kubectl": false, "helm": false,
	"migrations": false, "line": 1,
}

# A script with defaults.
script(fields) := object.union(default_script, fields)

# An env file with the given keys ({key, kind, secretLike}).
env_file(file, environment, template, keys) := {
	"file": file, "environment": environment, "template": template, "tracked": true, "gitignored": false,
	"keys": [object.union({"key": "K", "line": i + 1, "kind": "text", "secretLike": false}, k) | some i, k in keys],
}

# A document listing files by path.
files(paths) := doc({"files": [{"path": p, "kinds": [], "size": 1, "tracked": true, "ignored": false} | some p in paths]})

# A doc fact.
document(file, kind, fields) := object.union({
	"file": file, "kind": kind, "headings": [], "codeBlocks": 0, "hasRunCommand": false,
	"releaseEntries": 0, "topics": [], "envVars": [],
}, fields)

# A doc topic (install, configure, upgrade, backup, restore, tls, troubleshoot) at a line.
doc_topic(topic, line) := {"topic": topic, "line": line, "section": topic, "commands": 1, "words": 50}
