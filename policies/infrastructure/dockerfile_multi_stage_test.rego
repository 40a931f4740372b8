package readiness.checks.infrastructure.dockerfile_multi_stage_test

import rego.v1

import data.readiness.checks.infrastructure.dockerfile_multi_stage as check
import data.readiness.lib.fixtures as fx

_run(cmd) := {"line": 4, "command": cmd, "mounts": [], "packageManagers": [], "cleansCache": false, "curlPipeShell": false}

test_passes_for_a_multi_stage_node_build if {
	d := fx.dockerfiles([fx.dockerfile("web/Dockerfile", [{"runs": [_run("npm ci && npm run build")]}, {"from": fx.from("nginx", "1.27-alpine")}])])
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_fails_for_a_single_stage_maven_build if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"from": fx.from("maven", "3.9-eclipse-temurin-21"), "runs": [_run("mvn -B package -DskipTests")]}])])
	check.passing == 0 with input as d
	count(check.deny) == 1 with input as d
}

test_simple_images_are_not_judged if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"runs": [_run("pip install --no-cache-dir -r requirements.txt")]}])])
	check.total == 0 with input as d
}
