# METADATA
# title: Builds use multi-stage Dockerfiles
# description: >-
#   Application Dockerfiles that compile code or install build tooling (npm/yarn/pnpm build, mvn or
#   gradle packaging, go build, cargo build, dotnet publish, compilers such as gcc or build-essential)
#   use a multi-stage build, so the shipped image holds the runtime and the artifact but not the
#   toolchain, its caches and its attack surface.
# custom:
#   id: infra.dockerfile.multi-stage
#   category: infrastructure
#   severity: low
#   evidence:
#     - more than one FROM stage in Dockerfiles whose RUN steps compile or install build tooling
#   remediation: Split the Dockerfile into a build stage and a slim runtime stage that copies the artifact.
#   fixable: false
#   seed: Multi-stage build
package readiness.checks.infrastructure.dockerfile_multi_stage

import rego.v1

import data.readiness.lib.findings as f

_build_step := `(?i)((npm|pnpm|yarn|bun)\s+(run\s+)?build|\bmvnw?\b.*\b(package|install|verify)\b|gradlew?\b.*\b(build|assemble|bootJar|installDist)\b|\bgo\s+build\b|\bcargo\s+build\b|\bdotnet\s+(publish|build)\b|\btsc\b|\bwebpack\b|\bvite\s+build\b|\bng\s+build\b|build-essential|\bgcc\b|\bg\+\+|\bmake\b|\bcmake\b|\bcomposer\s+install\b|\bbundle\s+install\b)`

_builds(df) if {
	some st in df.stages
	some run in st.runs
	regex.match(_build_step, run.command)
}

_judged contains df if {
	some df in input.dockerfiles
	_builds(df)
}

_judged contains df if {
	some df in input.dockerfiles
	count(df.stages) > 1
}

total := count(_judged)

passing := count([df | some df in _judged; count(df.stages) > 1])

deny contains f.at(df.file, df.stages[0].line, df.file, msg) if {
	some df in _judged
	count(df.stages) == 1
	msg := sprintf("%s builds or installs build tooling in its only stage: the toolchain ships in the image", [df.file])
}
