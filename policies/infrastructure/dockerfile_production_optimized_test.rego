package readiness.checks.infrastructure.dockerfile_production_optimized_test

import rego.v1

import data.readiness.checks.infrastructure.dockerfile_production_optimized as check
import data.readiness.lib.fixtures as fx

_cmd(args) := {"form": "json", "value": args, "line": 12}

_run(pm, cleans) := {"line": 5, "command": "install", "mounts": [], "packageManagers": [pm], "cleansCache": cleans, "curlPipeShell": false}

test_passes_for_gunicorn_with_clean_installs if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"runs": [_run("pip", true)], "cmd": _cmd(["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "app.main:app"])}])])
	check.applicable with input as d
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_fails_for_vite_dev_server if {
	d := fx.dockerfiles([fx.dockerfile("frontend/Dockerfile", [{"from": fx.from("node", "20"), "cmd": _cmd(["npm", "run", "dev"])}])])
	some finding in check.deny with input as d
	finding.line == 12
}

test_fails_for_uvicorn_reload if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"cmd": {"form": "shell", "value": "uvicorn app.main:app --reload", "line": 9}}])])
	count(check.deny) == 1 with input as d
}

test_warns_when_caches_stay_in_the_final_stage if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"runs": [_run("apt", false)], "cmd": _cmd(["java", "-jar", "app.jar"])}])])
	count(check.deny) == 0 with input as d
	some w in check.warn with input as d
	w.line == 5
}

test_not_applicable_without_dockerfiles if {
	not check.applicable with input as fx.doc({})
}

test_a_dev_container_dockerfile_is_not_judged if {
	d := fx.dockerfiles([fx.dockerfile(".devcontainer/Dockerfile", [{"cmd": _cmd(["npm", "run", "dev"])}])])
	not check.applicable with input as d
}

test_the_stage_compose_targets_is_judged if {
	df := fx.dockerfile("Dockerfile", [
		{"name": "prod", "cmd": _cmd(["gunicorn", "app:app"])},
		{"name": "dev", "cmd": _cmd(["flask", "run", "--debug"])},
	])
	svc := {"name": "web", "build": {"context": ".", "dockerfile": "Dockerfile", "target": "prod"}}
	d := object.union(fx.compose([svc]), {"dockerfiles": [df]})
	count(check.deny) == 0 with input as d
	count(check.deny) == 1 with input as fx.dockerfiles([df])
}

test_a_dockerfile_beside_a_prod_one_is_the_dev_image if {
	dev := fx.dockerfile("project/Dockerfile", [{"cmd": _cmd(["uvicorn", "app:app", "--reload"])}])
	prod := fx.dockerfile("project/Dockerfile.prod", [{"cmd": _cmd(["gunicorn", "app:app"])}])
	svc := {"name": "web", "build": {"context": "project", "dockerfile": "project/Dockerfile", "target": null}, "command": "uvicorn app:app --reload"}
	d := object.union(fx.compose([svc]), {"dockerfiles": [dev, prod]})
	count(check.deny) == 0 with input as d
}
