# METADATA
# title: Images are pinned
# description: >-
#   Every base image (FROM, with ARG defaults resolved) and every compose image names an explicit
#   tag other than latest, or a digest. Floating tags make builds and deployments change without a
#   commit, and make a rollback to "the same image" impossible.
# custom:
#   id: infra.image.pinned
#   category: infrastructure
#   severity: medium
#   evidence:
#     - FROM image:tag or image@sha256 digest (scratch and references to earlier stages are skipped)
#     - compose image with a non-latest tag or a digest (services that build their image are skipped)
#   remediation: Pin every image to a version tag (or a digest); readiness fix pins tags it can infer.
#   fixable: true
package readiness.checks.infrastructure.image_pinned

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_pinned(ref) if ref.digest != null

_pinned(ref) if {
	ref.digest == null
	ref.tag != null
	ref.tag != ""
	lower(ref.tag) != "latest"
	not contains(ref.tag, "$")
}

_items contains {"file": df.file, "line": st.line, "resource": sprintf("stage:%d", [st.index]), "ref": st.from, "what": st.from.raw} if {
	some df in input.dockerfiles
	some st in df.stages
	st.from.scratch != true
	st.from.stageRef == null
}

_items contains {"file": svc.file, "line": svc.line, "resource": sprintf("service:%s", [svc.name]), "ref": svc.image, "what": svc.image.raw} if {
	some svc in compose.all_services
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
