package readiness.checks.infrastructure.dockerfile_production_optimized_test

import rego.v1

import data.readiness.checks.infrastructure.dockerfile_production_optimized as check
import data.readiness.lib.fixtures as fx

_cmd(args) := {"form": "json", "value": args, "line": 12}

_run(pm, cleans) := {"line": 5, "command": "install", "mounts": [], "packageManagers": [pm], "cleansCache": cleans, "curlPipeShell": false}

test_passes_for_gunicorn_with_clean_installs if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"runs": [_run("pip", true)], "cmd": _cmd(["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "app.main:app"])}])])
	check.passing == 1 with input as d
	count(check.deny) == 0 with input as d
}

test_fails_for_vite_dev_server if {
	d := fx.dockerfiles([fx.dockerfile("frontend/Dockerfile", [{"from": fx.from("node", "20"), "cmd": _cmd(["npm", "run", "dev"])}])])
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.line == 12
}

test_fails_for_uvicorn_reload if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"cmd": {"form": "shell", "value": "uvicorn app.main:app --reload", "line": 9}}])])
	check.passing == 0 with input as d
}

test_fails_when_caches_stay_in_the_final_stage if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"runs": [_run("apt", false)], "cmd": _cmd(["java", "-jar", "app.jar"])}])])
	check.passing == 0 with input as d
}

test_not_applicable_without_dockerfiles if {
	check.total == 0 with input as fx.doc({})
}
