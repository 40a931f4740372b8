# METADATA
# title: Test fixtures for runtime checks
# description: Builds input documents with running containers for the runtime.* policy tests.
package readiness.lib.runtime_fixtures

import rego.v1

# A running container with safe settings; fields in overrides replace the defaults (whole values,
# not merged: object.union alone would merge {"logOptions": {}} into the default options).
container(overrides) := object.union(object.remove(_defaults, overrides), overrides)

_defaults := {
	"id": "0123456789ab", "name": "app-web-1", "image": "app:1", "imageId": "sha256:01",
	"composeProject": null, "composeService": null,
	"user": "1000", "privileged": false, "capAdd": [], "capDrop": ["ALL"], "mounts": [],
	"networkMode": "bridge", "pidMode": "", "ipcMode": "private", "usernsMode": "",
	"securityOpt": ["no-new-privileges"], "readOnlyRootfs": true,
	"restartPolicy": "unless-stopped", "memoryLimit": 268435456, "nanoCpus": 500000000, "pidsLimit": 100,
	"logDriver": "json-file", "logOptions": {"max-size": "10m"},
	"healthcheck": true, "health": "healthy", "healthLastOutput": "",
	"ports": [], "state": "running", "startedAt": "2026-01-01T00:00:00Z", "restartCount": 0,
}

# An input document whose engine answered with these containers.
connected(containers) := {"runtime": {
	"status": "connected",
	"engine": {"version": "27.0.0", "apiVersion": "1.46", "os": "linux", "kind": "docker", "host": "/var/run/docker.sock"},
	"reason": null, "containers": containers, "drift": [], "driftCompared": [],
}}

unavailable := {"runtime": {
	"status": "unavailable", "engine": null, "reason": "no Docker engine socket at /var/run/docker.sock",
	"containers": [], "drift": [], "driftCompared": [],
}}
