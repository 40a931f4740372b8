package dev.readiness.scan.compose;

import dev.readiness.model.ImageReference;
import java.util.List;
import java.util.Map;

/**
 * One service after merging a chain. Command, entrypoint and healthcheck test are shown as written
 * (before interpolation, so no .env value leaks) with literal secrets redacted; labels and logging
 * options are interpolated with values of secret-like keys redacted; environment values are reduced
 * to kinds.
 *
 * @param name service key
 * @param file file that declares it first in the chain
 * @param line line of its key there
 * @param role app, datastore, cache, queue, proxy, monitoring, logging, worker, job or other
 * @param stateful the data engine (postgres, mysql, redis, ...) or null
 * @param dataDir where that engine keeps its data inside the container, or null
 * @param image the image, or null
 * @param build the build, or null
 * @param ports published ports
 * @param expose {@code expose:} ports
 * @param volumes mounts
 * @param environment variables with value kinds
 * @param envFiles {@code env_file} entries
 * @param dependsOn {@code depends_on} entries
 * @param talksTo other services this one names as a host (env values, command, healthcheck)
 * @param healthcheck the healthcheck, or null
 * @param restart restart policy, or null
 * @param deploy deploy section, or null
 * @param logging logging section, or null
 * @param user {@code user:}, or null
 * @param privileged {@code privileged:}
 * @param readOnly {@code read_only:}
 * @param securityOpt {@code security_opt:}
 * @param capAdd {@code cap_add:}
 * @param capDrop {@code cap_drop:}
 * @param networkMode {@code network_mode:}, or null
 * @param pid {@code pid:}, or null
 * @param ipc {@code ipc:}, or null
 * @param userns {@code userns_mode:}, or null
 * @param networks networks joined
 * @param secrets secrets used (source names)
 * @param profiles profiles that enable it (empty: always enabled)
 * @param command the command as written, or null
 * @param entrypoint the entrypoint as written, or null
 * @param labels labels
 * @param containerName {@code container_name:}, or null
 * @param exposesHttp whether it is an app or proxy serving HTTP
 */
public record ComposeService(
    String name, String file, int line, String role, String stateful, String dataDir, ImageReference image, BuildInfo build,
    List<PortMapping> ports, List<String> expose, List<VolumeMount> volumes, List<EnvVar> environment,
    List<EnvFileRef> envFiles, List<Dependency> dependsOn, List<String> talksTo, Healthcheck healthcheck, String restart,
    DeployInfo deploy, LoggingInfo logging, String user, boolean privileged, boolean readOnly, List<String> securityOpt,
    List<String> capAdd, List<String> capDrop, String networkMode, String pid, String ipc, String userns,
    List<String> networks, List<String> secrets, List<String> profiles, String command, String entrypoint,
    Map<String, String> labels, String containerName, boolean exposesHttp) {}
