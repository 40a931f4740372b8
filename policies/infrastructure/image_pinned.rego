# METADATA
# title: Images are pinned
# description: >-
#   Every base image (FROM, with ARG defaults resolved) and every compose image of a deployable
#   config (test harnesses and dev containers are not deployed) names a version tag (one with a
#   version number: 16, 3.12-slim, v1.13.3; not latest, stable, alpine or a codename) or a digest;
#   compose variables without a default take the env template's value (env.example, .env.example). Floating tags make builds and deployments change without a
#   commit, and make a rollback to "the same image" impossible.
# custom:
#   id: infra.image.pinned
#   category: infrastructure
#   severity: medium
#   evidence:
#     - FROM image:tag or image@sha256 digest (scratch and references to earlier stages are skipped)
#     - compose image with a version tag or a digest (services that build their image are skipped)
#   remediation: Pin every image to a version tag (or a digest).
#   fixable: false
package readiness.checks.infrastructure.image_pinned

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_pinned(ref) if ref.digest != null

# A version tag names a version: it has a digit (16, 3.12-slim, v1.13.3, 13-alpine). Tags such as
# latest, stable, alpine, edge, lts or a distribution codename move with every release.
_pinned(ref) if {
	ref.digest == null
	is_string(ref.tag)
	regex.match(`[0-9]`, ref.tag)
	not contains(ref.tag, "$")
}

_items contains {"file": df.file, "line": st.line, "resource": sprintf("stage:%d", [st.index]), "ref": st.from, "what": st.from.raw} if {
	some df in input.dockerfiles
	some st in df.stages
	st.from.scratch != true
	st.from.stageRef == null
}

_items contains {"file": svc.file, "line": svc.line, "resource": sprintf("service:%s", [svc.name]), "ref": svc.image, "what": svc.image.raw} if {
	some svc in compose.deployed_services
	svc.image != null
	svc.build == null
}

total := count(_items)

passing := count([i | some i in _items; _pinned(i.ref)])

deny contains f.at(i.file, i.line, i.resource, msg) if {
	some i in _items
	not _pinned(i.ref)
	msg := sprintf("image %s is not pinned to a version tag or digest", [i.what])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
