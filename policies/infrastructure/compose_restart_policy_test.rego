package readiness.checks.infrastructure.compose_restart_policy_test

import rego.v1

import data.readiness.checks.infrastructure.compose_restart_policy as check
import data.readiness.lib.fixtures as fx

test_passes_with_restart_policies if {
	d := fx.compose([{"name": "api", "restart": "unless-stopped"}, {"name": "db", "role": "datastore", "deploy": {"replicas": 1, "restartPolicy": "on-failure", "limits": null, "line": 9}}])
	check.total == 2 with input as d
	check.passing == 2 with input as d
}

test_fails_without_restart if {
	d := fx.compose([{"name": "api"}, {"name": "worker", "role": "worker", "restart": "no"}])
	check.passing == 0 with input as d
	count(check.deny) == 2 with input as d
}

test_jobs_are_not_judged if {
	check.total == 0 with input as fx.compose([{"name": "migrate", "role": "job"}])
}

test_production_config_is_judged_over_default if {
	prod := object.union(fx.config("production", true, [{"name": "api", "restart": "always"}]), {"files": ["compose.yaml", "compose.prod.yaml"]})
	d := fx.compose_configs([fx.config("default", false, [{"name": "api"}]), prod])
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_services_in_profiles_enabled_by_compose_profiles_are_judged if {
	cfg := object.union(fx.config("default", false, [{"name": "web", "profiles": ["web"]}, {"name": "debug", "profiles": ["debug"]}]), {"activeProfiles": ["web"]})
	check.total == 1 with input as fx.compose_configs([cfg])
	check.passing == 0 with input as fx.compose_configs([cfg])
}

test_swarm_stack_services_restart_by_default if {
	cfg := object.union(fx.config("production", true, [{"name": "web"}, {"name": "db", "deploy": {"replicas": 1, "restartPolicy": "none", "swarmKeys": []}}]), {"swarm": true})
	check.total == 2 with input as fx.compose_configs([cfg])
	check.passing == 1 with input as fx.compose_configs([cfg])
}

test_a_standalone_stack_beside_the_production_one_is_judged_too if {
	stack := object.union(fx.config("production", true, [{"name": "api", "restart": "always"}]), {"files": ["docker-stack.yml"]})
	d := fx.compose_configs([fx.config("default", false, [{"name": "api"}]), stack])
	check.total == 2 with input as d
	check.passing == 1 with input as d
}
