# Repository helpers: components, files and docs.
package readiness.lib.repo

import rego.v1

# Components that serve HTTP or run background work (not libraries or static frontends).
servers contains c if {
	some c in input.repo.components
	c.kind == "server"
}

services_and_workers contains c if {
	some c in input.repo.components
	c.kind in {"server", "worker"}
}

# Components that are deployable applications (not libraries).
applications contains c if {
	some c in input.repo.components
	c.kind != "library"
}

# Dockerfiles by repo-relative path: look one up with dockerfile_by_file[path] instead of
# scanning input.dockerfiles for each service or component (linear instead of quadratic).
dockerfile_by_file := {df.file: df | some df in input.dockerfiles}

# Repo-relative paths of every discovered file.
paths := {f.path | some f in input.files}

# File name (last path segment) of a path.
basename(path) := name if {
	parts := split(path, "/")
	name := parts[count(parts) - 1]
}

# Directory of a path ("." at the root).
dirname(path) := "." if not contains(path, "/")

dirname(path) := dir if {
	contains(path, "/")
	parts := split(path, "/")
	dir := concat("/", array.slice(parts, 0, count(parts) - 1))
}

# A path inside a directory ("." is the root).
join(dir, name) := name if dir == "."

join(dir, name) := sprintf("%s/%s", [dir, name]) if dir != "."

# True when some discovered file's name (case-insensitive) matches the regex.
file_named(pattern) if {
	some p in paths
	regex.match(pattern, lower(basename(p)))
}

# Docs of a kind.
docs_of(kind) := [d | some d in input.repo.docs; d.kind == kind]

# True when any workflow (or one of its jobs or steps) has the intent.
workflow_intent(intent) if {
	some w in input.workflows
	intent in w.intents
}

workflow_intent(intent) if {
	some w in input.workflows
	some j in w.jobs
	intent in j.intents
}

# Workflows with an intent, as {file, line} evidence.
workflows_with(intent) := [w | some w in input.workflows; _has_intent(w, intent)]

_has_intent(w, intent) if intent in w.intents

_has_intent(w, intent) if {
	some j in w.jobs
	intent in j.intents
}

# The text of every run step of every workflow, with its position.
run_steps contains {"file": w.file, "line": s.line, "run": s.run} if {
	some w in input.workflows
	some j in w.jobs
	some s in j.steps
	s.run != null
}

# True when some CI run step matches the regex.
ci_runs(pattern) if {
	some s in run_steps
	regex.match(pattern, s.run)
}

# True when some CI step uses an action whose name matches the regex.
ci_uses(pattern) if {
	some s in uses_steps
	regex.match(pattern, s.action)
}

# Every action used by a step, with its position.
uses_steps contains {"file": w.file, "line": s.line, "action": lower(s.uses.action), "uses": s.uses} if {
	some w in input.workflows
	some j in w.jobs
	some s in j.steps
	s.uses != null
}

# Docs that describe running the product: every doc except changelogs, contributing and security
# policies, docs of development tooling (.devcontainer, .github templates, tests, fixtures) and docs
# of source packages (internal/, pkg/, src/, lib/: they document code, not operations).
operational_docs contains d if {
	some d in input.repo.docs
	not d.kind in {"changelog", "contributing", "security"}
	not regex.match(`(?i)(^|/)(\.devcontainer|\.github|\.gitlab|tests?|spec|fixtures?|node_modules|vendor|internal|pkg|src|lib)/`, d.file)
}

# The operational topics (install, configure, upgrade, backup, restore, tls, troubleshoot) the docs give
# instructions for.
doc_topics := {t.topic | some d in operational_docs; some t in d.topics}

# Where the docs instruct on a topic: {file, line, section} of every such section, in the order of the
# input's docs (not of the set operational_docs, whose iteration order differs between OPA's evaluator and
# its wasm compilation; callers report the first).
doc_topic_sections(topic) := [{"file": d.file, "line": t.line, "section": t.section} |
	some d in input.repo.docs
	d in operational_docs
	some t in d.topics
	t.topic == topic
]

# The project README: the one at the repository root, else the shallowest one.
project_readme := r if {
	readmes := [d | some d in input.repo.docs; d.kind == "readme"]
	count(readmes) > 0
	depth := min({count(split(d.file, "/")) | some d in readmes})
	r := [d | some d in readmes; count(split(d.file, "/")) == depth][0]
}

# Reusable workflows called by a job (`jobs.<id>.uses: owner/repo/.github/workflows/x.yml@ref` or
# `./.github/workflows/x.yml`), with the job's position: judged like actions for pinning.
uses_jobs contains {"file": w.file, "line": j.line, "action": lower(j.uses.action), "uses": j.uses} if {
	some w in input.workflows
	some j in w.jobs
	j.uses != null
}

# Environment variable names the operational docs document (a configuration reference or a
# deployment guide listing them counts as documentation of those variables).
documented_env_vars := {v | some d in operational_docs; some v in d.envVars}
