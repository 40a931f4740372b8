package dev.readiness.fix.stack;

import dev.readiness.model.ImageReference;
import java.util.List;
import java.util.Optional;

/**
 * What the remediations know about the repository: a small, fix-oriented view of the input
 * document built in one place ({@link StackMapper}), so generators and patchers never reach into
 * scanner records directly.
 *
 * @param name project name (directory or compose project)
 * @param components application components (a dir with a manifest)
 * @param services compose services as the production config sees them (or the default config)
 * @param compose which compose files exist and where production changes go
 * @param dockerfiles Dockerfiles with the positions patchers need
 * @param envFiles env files and templates with their keys (never values)
 * @param composeVariables variables compose interpolates without a default
 * @param workflows CI workflows
 * @param scripts shell scripts with their compose calls
 * @param gitignorePatterns patterns of the root .gitignore
 * @param proxies reverse-proxy config files
 */
public record Stack(String name, List<Component> components, List<Service> services, ComposeLayout compose,
                    List<DockerfileInfo> dockerfiles, List<EnvFile> envFiles, List<String> composeVariables,
                    List<Workflow> workflows, List<Script> scripts, List<String> gitignorePatterns, List<Proxy> proxies) {
  public Stack {
    components = List.copyOf(components);
    services = List.copyOf(services);
    dockerfiles = List.copyOf(dockerfiles);
    envFiles = List.copyOf(envFiles);
    composeVariables = List.copyOf(composeVariables);
    workflows = List.copyOf(workflows);
    scripts = List.copyOf(scripts);
    gitignorePatterns = List.copyOf(gitignorePatterns);
    proxies = List.copyOf(proxies);
  }

  public Optional<Service> service(String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<DockerfileInfo> dockerfile(String file) {
    return dockerfiles.stream().filter(d -> d.file().equals(file)).findFirst();
  }

  /** The first stateful service that is a database (postgres, mysql, mariadb, mongo), if any. */
  public Optional<Service> database() {
    return services.stream().filter(Service::isDatabase).findFirst();
  }

  /** A compose service port. */
  public record Port(String published, String target, String hostIp, int line) {}

  /** A depends_on entry. */
  public record Dependency(String service, String condition) {}

  /**
   * An application component.
   *
   * @param dir repo-relative directory ("." for the root)
   * @param ecosystem python, node, java, go, ruby, php, dotnet
   * @param framework fastapi, django, flask, express, next, vite, react, vue, angular, spring, ... or null
   * @param packageManager pip, poetry, uv, npm, pnpm, yarn, maven, gradle, go, ...
   * @param lockfile repo-relative lockfile, or null
   * @param kind server, frontend, worker, library
   * @param port the port it serves on (from compose/EXPOSE/framework default), or null
   * @param module the Python module/app object or Java/Go entry hint (e.g. app.main:app), or null
   * @param dockerfile its Dockerfile, or null
   * @param healthPath its health route, or null
   * @param service the compose service that builds it, or null
   */
  public record Component(String dir, String ecosystem, String framework, String packageManager, String lockfile,
                          String kind, Integer port, String module, String dockerfile, String healthPath, String service) {
    public boolean frontend() { return "frontend".equals(kind); }

    /** The directory as a path prefix ("" for the root, "web/" otherwise). */
    public String prefix() { return ".".equals(dir) ? "" : dir + "/"; }
  }

  /**
   * A compose service.
   *
   * @param name service name
   * @param file compose file declaring it
   * @param role app, datastore, cache, queue, proxy, monitoring, logging, worker, job, other
   * @param stateful postgres, mysql, redis, ... or null
   * @param image image reference, or null
   * @param buildContext build context dir, or null
   * @param dockerfile the Dockerfile the build uses, or null
   * @param ports published ports
   * @param healthcheck whether it has a healthcheck (compose or image HEALTHCHECK)
   * @param restart restart policy, or null
   * @param memoryLimit whether a memory limit is set
   * @param logRotation whether log options rotate (max-size) or a non-file driver is used
   * @param dependsOn depends_on entries
   * @param talksTo services it reaches by hostname
   * @param exposesHttp whether it serves HTTP
   * @param httpPort container port it serves HTTP on, or null
   * @param healthPath the app's health route, or null
   * @param environmentKeys environment keys (never values)
   * @param envFiles env_file paths
   */
  public record Service(String name, String file, int line, String role, String stateful, String image, String buildContext,
                        String dockerfile, List<Port> ports, boolean healthcheck, String restart, boolean memoryLimit,
                        boolean logRotation, List<Dependency> dependsOn, List<String> talksTo, boolean exposesHttp,
                        Integer httpPort, String healthPath, List<String> environmentKeys, List<String> envFiles) {
    public Service {
      ports = List.copyOf(ports);
      dependsOn = List.copyOf(dependsOn);
      talksTo = List.copyOf(talksTo);
      environmentKeys = List.copyOf(environmentKeys);
      envFiles = List.copyOf(envFiles);
    }

    /** Datastores and caches: their ports must not be published in production. */
    public boolean isDatastore() {
      return "datastore".equals(role) || "cache".equals(role) || "queue".equals(role) || (stateful != null && !"minio".equals(stateful));
    }

    public boolean isDatabase() {
      return stateful != null && java.util.Set.of("postgres", "mysql", "mariadb", "mongo").contains(stateful);
    }

    /** Long-running (not a one-shot job). */
    public boolean longRunning() { return !"job".equals(role); }

    /** The image reference, or null when the service has no image. */
    public ImageReference imageReference() {
      return ImageReference.parse(image);
    }

    /** Last part of the image repository, lower-case ("" when no image). */
    public String imageName() {
      ImageReference r = imageReference();
      return r == null ? "" : r.name();
    }

    /** Image tag, lower-case ("" when no image or no tag). */
    public String imageTag() {
      ImageReference r = imageReference();
      return r == null || r.tag() == null ? "" : r.tag().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Where compose files are and where production changes go.
   *
   * @param projectDir the compose project dir ("." for the root)
   * @param baseFiles the files of the default config, in merge order
   * @param productionFile the production file or override that exists, or null
   * @param productionIsOverride true when productionFile is merged over the base files (false when it stands alone)
   * @param version the base file's {@code version:} value, or null (an override repeats it so old compose accepts the chain)
   * @param devFiles files of the default chain that configure development or tests (e.g. docker-compose.override.yml):
   *     compose loads them by default, production never does
   * @param placeholderSecrets secret-like variables the base files set to placeholder values ("KEY of service (file:line)"), when
   *     nothing deploys those files yet (no production chain, not the default chain): an example stack that readiness
   *     must not turn into the production deployment until real secrets replace them
   */
  public record ComposeLayout(String projectDir, List<String> baseFiles, String productionFile, boolean productionIsOverride, String version,
                              List<String> devFiles, List<String> placeholderSecrets) {
    public ComposeLayout {
      baseFiles = List.copyOf(baseFiles);
      devFiles = List.copyOf(devFiles);
      placeholderSecrets = List.copyOf(placeholderSecrets);
    }

    public ComposeLayout(String projectDir, List<String> baseFiles, String productionFile, boolean productionIsOverride, String version,
                         List<String> devFiles) {
      this(projectDir, baseFiles, productionFile, productionIsOverride, version, devFiles, List.of());
    }

    public ComposeLayout(String projectDir, List<String> baseFiles, String productionFile, boolean productionIsOverride, String version) {
      this(projectDir, baseFiles, productionFile, productionIsOverride, version, List.of());
    }

    /** The files a bare {@code docker compose} loads (development included). */
    public List<String> defaultFiles() {
      List<String> out = new java.util.ArrayList<>(baseFiles);
      out.addAll(devFiles);
      return out;
    }

    public boolean present() { return !baseFiles.isEmpty() || productionFile != null; }
  }

  /**
   * A Dockerfile with the positions its patchers need.
   *
   * @param file repo-relative path
   * @param context build context dir
   * @param finalStageLine line of the final stage's FROM
   * @param finalImage resolved base image of the final stage (e.g. python:3.12-slim), "scratch", or null
   * @param finalUser last USER of the final stage, or null
   * @param cmdLine line of the final stage's CMD, or null
   * @param entrypointLine line of the final stage's ENTRYPOINT, or null
   * @param healthcheck whether the final stage has a HEALTHCHECK (not NONE)
   * @param exposedPorts EXPOSEd ports of the final stage
   */
  public record DockerfileInfo(String file, String context, int finalStageLine, String finalImage, String finalUser,
                               Integer cmdLine, Integer entrypointLine, boolean healthcheck, List<String> exposedPorts) {
    public DockerfileInfo {
      exposedPorts = List.copyOf(exposedPorts);
    }
  }

  /** An env file or template: its keys (never values). */
  public record EnvFile(String file, String environment, boolean template, boolean tracked, boolean gitignored, List<EnvKey> keys) {
    public EnvFile {
      keys = List.copyOf(keys);
    }
  }

  /** One env key, with whether it names a secret and the kind of its value. */
  public record EnvKey(String key, boolean secretLike, String kind) {}

  /**
   * A CI workflow.
   *
   * @param branches branches its push and pull_request triggers name (no globs)
   * @param actions the actions its steps use, each as {@code owner/name@ref}
   * @param pinnedActions how many of those are pinned to a full commit SHA
   */
  public record Workflow(String file, String provider, boolean permissionsDeclared, boolean allJobsDeclarePermissions, List<String> intents,
                         List<String> branches, List<String> actions, int pinnedActions) {
    public Workflow {
      intents = List.copyOf(intents);
      branches = List.copyOf(branches);
      actions = List.copyOf(actions);
    }

    public Workflow(String file, String provider, boolean permissionsDeclared, boolean allJobsDeclarePermissions, List<String> intents) {
      this(file, provider, permissionsDeclared, allJobsDeclarePermissions, intents, List.of(), List.of(), 0);
    }
  }

  /** A shell script and the compose calls in it. */
  public record Script(String file, String kind, boolean healthWait, List<ComposeCall> composeCalls) {
    public Script {
      composeCalls = List.copyOf(composeCalls);
    }
  }

  /** A compose invocation in a script. */
  public record ComposeCall(int line, String command, List<String> files) {
    public ComposeCall {
      files = List.copyOf(files);
    }
  }

  /** A reverse-proxy config file. */
  public record Proxy(String file, String kind, boolean tls, boolean rateLimit, List<String> upstreams) {
    public Proxy {
      upstreams = List.copyOf(upstreams);
    }
  }
}
