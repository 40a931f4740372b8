# Compose helpers shared by the checks: which merged config a production judgement looks at,
# and what kind of service something is.
package readiness.lib.compose

import rego.v1

# True when the repository has at least one compose file (also when it does not parse: a compose
# file with a syntax error is never "no compose file").
present if count(input.compose.files) > 0

present if count(input.compose.projects) > 0

# Why compose files could not be read ("path: line 3: invalid YAML: ..."): the checks judging the
# stack report these as input_errors (status error) instead of judging what is left.
parse_errors contains sprintf("%s: %s", [file.file, file.error]) if {
	some file in input.compose.files
	is_string(file.error)
	not object.get(file, "purpose", "deployment") in {"test", "devcontainer"}
}

# What a config is for: deployment, development, devcontainer or test (older inputs: deployment).
purpose(cfg) := object.get(cfg, "purpose", "deployment")

# Configs that may be deployed: test harnesses and dev containers never are.
deployable(cfg) if not purpose(cfg) in {"test", "devcontainer"}

_deployment_configs := [cfg |
	some project in input.compose.projects
	some cfg in project.configs
	purpose(cfg) == "deployment"
]

# The purpose judged: deployment configs when the repository has any, else development ones.
judged_purpose := "deployment" if count(_deployment_configs) > 0

else := "development"

# The config judged per project: among the configs of the judged purpose, the production chain
# when one exists (a prod override or a file named by deploy scripts/workflows), else the default
# chain, else the first one. Projects with no config of that purpose are not judged.
selected_configs contains cfg if {
	some project in input.compose.projects
	cfg := _select([c | some c in project.configs; purpose(c) == judged_purpose])
}

_select(configs) := cfg if {
	prods := [c | some c in configs; c.production == true]
	count(prods) > 0
	cfg := prods[0]
} else := cfg if {
	defaults := [c | some c in configs; c.name == "default"]
	count(defaults) > 0
	cfg := defaults[0]
} else := configs[0]

# True when the judged config is a production one for at least one project.
judging_production if {
	some cfg in selected_configs
	cfg.production == true
}

# Every service of the judged configs.
services contains svc if {
	some cfg in selected_configs
	some svc in cfg.services
}

# Services of every config, production or not (for checks where any declaration matters).
all_services contains svc if {
	some project in input.compose.projects
	some cfg in project.configs
	some svc in cfg.services
}

# Services of every config that may be deployed (test harnesses and dev containers left out).
deployed_services contains svc if {
	some project in input.compose.projects
	some cfg in project.configs
	deployable(cfg)
	some svc in cfg.services
}

# The deployment variants judged per project: every config of the judged purpose except those a
# production chain supersedes (the base it overrides is not run alone): each production chain, each
# standalone stack and each overlay an operator may choose.
judged_configs contains cfg if {
	some project in input.compose.projects
	configs := [c | some c in project.configs; purpose(c) == judged_purpose]
	prods := [c | some c in configs; c.production == true]
	some cfg in configs
	not _superseded(cfg, prods)
}

_superseded(cfg, prods) if {
	cfg.production != true
	some p in prods
	count(p.files) > count(cfg.files)
	array.slice(p.files, 0, count(cfg.files)) == cfg.files
}

# Services of every judged deployment variant: for what any variant an operator may run must get
# right (restart policies, limits, published datastores, privileges).
variant_services contains svc if {
	some cfg in judged_configs
	some svc in cfg.services
}

# True when a config is a Swarm stack (services restart by default, deploy.replicas is honoured).
swarm(cfg) if object.get(cfg, "swarm", false) == true

# Judged services by the Dockerfile they build from (repo-relative path).
services_built_from[file] contains svc if {
	some svc in services
	file := svc.build.dockerfile
	file != null
}

# Services of every config by their build context directory (repo-relative).
all_services_by_context[dir] contains svc if {
	some svc in all_services
	dir := svc.build.context
	dir != null
}

stateful_roles := {"datastore", "cache", "queue"}

# Databases, caches, queues and object stores: services that own data. A service that reuses a
# database image to run a backup, dump, restore or migration job does not own data.
stateful(svc) if {
	svc.stateful != null
	not tooling(svc)
}

stateful(svc) if {
	svc.role in stateful_roles
	not tooling(svc)
}

# The text of a command or entrypoint (string or list form).
command_text(v) := concat(" ", v) if is_array(v)

command_text(v) := v if is_string(v)

command_text(null) := ""

# A one-off or periodic tool built on a datastore image (backup, dump, restore, migrate).
tooling(svc) if regex.match(`(?i)(backup|dump|restore|migrat)`, svc.name)

tooling(svc) if regex.match(`(?i)(backup|pg_dump|mysqldump|mongodump|restore|migrat)`, command_text(svc.command))

tooling(svc) if regex.match(`(?i)(backup|pg_dump|mysqldump|mongodump|restore|migrat)`, command_text(svc.entrypoint))

# Relational databases: what migrations and connection pools are about.
sql_kinds := {"postgres", "postgresql", "mysql", "mariadb", "mssql", "sqlserver", "oracle", "cockroachdb", "timescaledb"}

sql_database(svc) if {
	lower(svc.stateful) in sql_kinds
	not tooling(svc)
}

# Relational and document databases (what migrations, pooling and backups are about).
database_kinds := {"postgres", "postgresql", "mysql", "mariadb", "mongo", "mongodb", "mssql", "sqlserver", "oracle", "cockroachdb", "timescaledb"}

database(svc) if {
	lower(svc.stateful) in database_kinds
	not tooling(svc)
}

database(svc) if {
	svc.role == "datastore"
	svc.stateful == null
	not tooling(svc)
}

# Application services: built from the repository or declared as app/worker by the scanner.
app(svc) if svc.role in {"app", "worker"}

# Services expected to keep running: everything but one-off jobs (migrations, seeders) and
# services hidden behind optional profiles (debug tools). A profile that COMPOSE_PROFILES enables in
# the .env (or the env template the deployment copies) is not optional; and when no profile is enabled
# that way but every service of the judged configs has one, profiles select the stack rather than mark
# optional tools, so they are all judged.
long_running(svc) if {
	svc.role != "job"
	not build_step(svc)
	count(svc.profiles) == 0
}

long_running(svc) if {
	svc.role != "job"
	not build_step(svc)
	some p in svc.profiles
	p in active_profiles
}

long_running(svc) if {
	svc.role != "job"
	not build_step(svc)
	count(svc.profiles) > 0
	profiles_select_the_stack
}

profiles_select_the_stack if {
	count(services) > 0
	count(active_profiles) == 0
	every s in services {
		count(s.profiles) > 0
	}
}

# A service that runs an asset build or a file watcher (yarn build:css, npm run build, --watch) is a
# development build step, not a service production keeps running.
build_step(svc) if regex.match(`(?i)(\b(yarn|npm|pnpm|bun)\b.*\bbuild\b|\bbuild:(js|css|assets)\b|--watch\b|\bwatch:)`, command_text(svc.command))

active_profiles contains p if {
	some project in input.compose.projects
	some cfg in project.configs
	some p in object.get(cfg, "activeProfiles", [])
}

# True when the judged configs have services.
has_services if count(services) > 0

# Names of the services of the config that declares svc.
names_in(cfg) := {s.name | some s in cfg.services}

# The image repository of a service in lower case ("" when it has no image).
image_repo(svc) := lower(svc.image.repository) if svc.image != null

image_repo(svc) := "" if svc.image == null

# True when the service's image or name matches one of the given name fragments.
image_matches(svc, fragments) if {
	some frag in fragments
	contains(image_repo(svc), frag)
}

# What a Dockerfile is for, from its path as for compose files: test/CI images, dev containers and
# development images (Dockerfile.dev, dev/Dockerfile) are not what production runs.
_non_deployment_path := `(?i)(^|/)\.devcontainer/|(^|[/._-])(test|tests|testing|ci|e2e|cypress|playwright|selenium|integration|fixtures?|spec|specs|testdata|smoke|dev|develop|development|local|debug|devcontainer)([/._-]|$)`

# Dockerfiles production runs: those the judged compose configs build, and every other one whose
# path does not say it is a test, CI, dev-container or development image.
deployed_dockerfiles contains df if {
	some df in input.dockerfiles
	count(services_built_from[df.file]) > 0
	not _prod_sibling(df)
}

deployed_dockerfiles contains df if {
	some df in input.dockerfiles
	not regex.match(_non_deployment_path, df.file)
	not _prod_sibling(df)
}

_prod_name := `(?i)(^|[/._-])(prod|production)([._-]|$)`

# A Dockerfile next to a prod-named one (Dockerfile beside Dockerfile.prod) is the development image.
_prod_sibling(df) if {
	not regex.match(_prod_name, _basename(df.file))
	some other in input.dockerfiles
	other.file != df.file
	other.context == df.context
	regex.match(_prod_name, _basename(other.file))
}

_basename(path) := parts[count(parts) - 1] if parts := split(path, "/")

# The stages of a Dockerfile that are deployed: the ones the judged compose services build with
# build.target, else the final stage.
deployed_stages(df) := stages if {
	targets := {lower(svc.build.target) | some svc in services_built_from[df.file]; is_string(svc.build.target); long_running(svc)}
	stages := [st | some st in df.stages; is_string(st.name); lower(st.name) in targets]
	count(stages) > 0
} else := [df.stages[df.finalStage]] if df.finalStage != null

else := []
