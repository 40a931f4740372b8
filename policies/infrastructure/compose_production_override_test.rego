package readiness.checks.infrastructure.compose_production_override_test

import rego.v1

import data.readiness.checks.infrastructure.compose_production_override as check
import data.readiness.lib.fixtures as fx

test_passes_with_prod_file if {
	d := object.union(fx.compose([{"name": "api"}]), {"compose": {"files": [
		{"file": "docker-compose.yml", "role": "base", "services": ["api"], "version": null},
		{"file": "docker-compose.prod.yml", "role": "other", "services": ["api"], "version": null},
	]}})
	count(check.deny) == 0 with input as d
}

test_passes_with_an_override_chain_used_by_deploys if {
	cfg := object.union(fx.config("production", true, [{"name": "api"}]), {"files": ["compose.yaml", "compose.server.yaml"]})
	count(check.deny) == 0 with input as fx.compose_configs([cfg])
}

test_a_base_file_named_by_deploy_script_is_not_an_override if {
	count(check.deny) == 1 with input as fx.compose_configs([fx.config("production", true, [{"name": "api"}])])
}

test_fails_with_only_a_base_file if {
	count(check.deny) == 1 with input as fx.compose([{"name": "api"}])
}

_released := {"name": "web", "image": fx.image("ghcr.io/acme/web", "1.4"), "restart": "unless-stopped"}

_db := {"name": "db", "role": "datastore", "stateful": "postgres", "image": fx.image("postgres", "16"), "restart": "always"}

test_passes_when_the_compose_runs_published_images_with_restart_policies if {
	d := fx.compose([_released, _db])
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_when_published_images_run_without_restart_policies if {
	d := fx.compose([object.union(_released, {"restart": null}), _db])
	count(check.deny) == 0 with input as d
	some w in check.warn with input as d
	w.resource == "service:web"
	w.line == 2
}

test_warns_when_only_example_stacks_run_published_images if {
	cfg := object.union(fx.config("basic", false, [_released, _db]), {"files": ["contrib/compose/basic.yml"]})
	d := fx.compose_configs([cfg])
	count(check.deny) == 0 with input as d
	count(check.warn) == 1 with input as d
}

test_fails_when_the_compose_builds_the_source if {
	built := object.union(_released, {"image": null, "build": {"context": ".", "dockerfile": "Dockerfile"}})
	some d in check.deny with input as fx.compose([built, _db])
	d.file == "compose.yaml"
	d.line == 2
}

test_passes_on_a_swarm_stack_file if {
	cfg := object.union(fx.config("docker-stack", false, [{"name": "api"}]), {"files": ["docker-stack.yml"]})
	count(check.deny) == 0 with input as fx.compose_configs([fx.config("default", false, [{"name": "api"}]), cfg])
}

test_passes_on_swarm_only_deploy_keys if {
	svc := {"name": "api", "deploy": {"replicas": 2, "restartPolicy": null, "swarmKeys": ["placement"]}}
	count(check.deny) == 0 with input as fx.compose([svc])
}

test_a_dev_override_is_not_production if {
	dev := object.union(fx.config("docker-compose.dev", false, [{"name": "api"}]), {"files": ["compose.yaml", "docker-compose.dev.yml"], "purpose": "development"})
	d := object.union(fx.compose_configs([fx.config("default", false, [{"name": "api"}]), dev]), {"compose": {"files": [
		{"file": "compose.yaml", "role": "base", "services": ["api"], "version": null, "purpose": "deployment"},
		{"file": "docker-compose.dev.yml", "role": "other", "services": ["api"], "version": null, "purpose": "development"},
	]}})
	count(check.deny) == 1 with input as d
}

test_a_production_named_test_harness_does_not_count if {
	d := object.union(fx.compose([{"name": "api"}]), {"compose": {"files": [
		{"file": "compose.yaml", "role": "base", "services": ["api"], "version": null, "purpose": "deployment"},
		{"file": "tests/compose.prod.yml", "role": "production", "services": ["api"], "version": null, "purpose": "test"},
	]}})
	count(check.deny) == 1 with input as d
}

test_a_compose_file_that_does_not_parse_is_an_input_error if {
	d := object.union(fx.compose([_released]), {"compose": {"files": [
		{"file": "compose.yaml", "role": "base", "services": [], "version": null, "purpose": "deployment", "error": "line 3: invalid YAML: mapping values are not allowed here"},
	]}})
	check.input_errors == {"compose.yaml: line 3: invalid YAML: mapping values are not allowed here"} with input as d
}

test_one_finding_when_several_projects_are_judged if {
	a := {"name": "a", "dir": ".", "configs": [fx.config("default", false, [{"name": "api"}])]}
	b := {"name": "b", "dir": "win", "configs": [object.union(fx.config("default", false, [{"name": "web", "file": "win/compose.yaml"}]), {"files": ["win/compose.yaml"]})]}
	d := fx.doc({"compose": {"files": [{"file": "compose.yaml", "role": "base", "services": [], "version": null}], "projects": [a, b]}})
	count(check.deny) == 1 with input as d
}
