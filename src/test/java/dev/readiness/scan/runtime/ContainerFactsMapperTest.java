package dev.readiness.scan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Docker's own inspect spelling (the engine tests cover podman's). */
class ContainerFactsMapperTest {
  private static final String DOCKER_INSPECT = """
      {"Id": "abc123", "Name": "/shop-api-1", "Image": "sha256:feed", "RestartCount": 2,
       "State": {"Status": "running", "StartedAt": "2026-11-25T10:00:00Z"},
       "Config": {"User": "", "Image": "ghcr.io/acme/api:1.4",
                  "Labels": {"com.docker.compose.project": "shop", "com.docker.compose.service": "api"},
                  "Healthcheck": {"Test": ["NONE"]}},
       "HostConfig": {"Privileged": false, "CapAdd": ["CAP_NET_ADMIN"], "CapDrop": null, "NetworkMode": "host",
                      "PidMode": "", "IpcMode": "private", "UsernsMode": "", "SecurityOpt": null, "ReadonlyRootfs": false,
                      "RestartPolicy": {"Name": "", "MaximumRetryCount": 0}, "Memory": 0, "NanoCpus": 0,
                      "CpuQuota": 50000, "CpuPeriod": 100000, "PidsLimit": null,
                      "LogConfig": {"Type": "json-file", "Config": {"max-file": "3"}},
                      "PortBindings": {"8000/tcp": [{"HostIp": "", "HostPort": "8080"}]}},
       "Mounts": [{"Type": "bind", "Source": "/etc/ssl", "Destination": "/certs", "Mode": "ro", "RW": false},
                  {"Type": "volume", "Name": "data", "Source": "/var/lib/docker/volumes/data/_data",
                   "Destination": "/data", "RW": true}],
       "NetworkSettings": {"Ports": {"8000/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"},
                                                  {"HostIp": "::", "HostPort": "8080"}],
                                     "9000/udp": null}}}
      """;

  @Test
  void mapsDockerInspect() throws Exception {
    ContainerFacts c = ContainerFactsMapper.map(new ObjectMapper().readTree(DOCKER_INSPECT));
    assertEquals("shop-api-1", c.name());
    assertEquals("ghcr.io/acme/api:1.4", c.image());
    assertEquals("sha256:feed", c.imageId());
    assertEquals("shop", c.composeProject());
    assertEquals("api", c.composeService());
    assertEquals(List.of("NET_ADMIN"), c.capAdd());
    assertEquals(List.of(), c.capDrop());
    assertEquals("host", c.networkMode());
    assertEquals("no", c.restartPolicy());
    assertEquals(500_000_000L, c.nanoCpus(), "CpuQuota/CpuPeriod as NanoCpus");
    assertNull(c.pidsLimit());
    assertEquals(Map.of("max-file", "3"), c.logOptions());
    assertFalse(c.healthcheck(), "Test NONE disables the image's healthcheck");
    assertEquals("none", c.health());
    assertEquals(2, c.restartCount());
    assertEquals(List.of(new PortFacts(8000, 8080, "0.0.0.0", "tcp"), new PortFacts(8000, 8080, "::", "tcp"),
        new PortFacts(9000, null, null, "udp")), c.ports());
    MountFacts certs = c.mounts().get(0);
    assertTrue(certs.readOnly());
    assertTrue(certs.sensitiveHostPath(), "/etc/ssl is under /etc");
    MountFacts data = c.mounts().get(1);
    assertFalse(data.sensitiveHostPath(), "named volumes are not host paths");
    assertFalse(data.dockerSocket());
  }

  @Test
  void sensitiveHostPaths() {
    for (String p : List.of("/", "/etc", "/etc/", "/proc/1", "/sys", "/root/.ssh", "/var/run", "/home", "/run/podman/podman.sock")) {
      assertTrue(ContainerFactsMapper.sensitive(p), p);
    }
    for (String p : List.of("/srv/app", "/etcetera", "/home/user/project", "/var/lib/app", "/tmp/x")) {
      assertFalse(ContainerFactsMapper.sensitive(p), p);
    }
  }

  @Test
  void dropListCoveringAllDefaultsIsAll() throws Exception {
    String json = """
        {"Name": "/x", "Config": {}, "State": {}, "HostConfig": {"CapAdd": ["CAP_NET_BIND_SERVICE"],
         "CapDrop": ["CAP_AUDIT_WRITE", "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
                     "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETFCAP", "CAP_SETGID", "CAP_SETPCAP", "CAP_SETUID", "CAP_SYS_CHROOT"]}}
        """;
    ContainerFacts c = ContainerFactsMapper.map(new ObjectMapper().readTree(json));
    assertEquals(List.of("ALL"), c.capDrop());
    assertEquals(List.of("NET_BIND_SERVICE"), c.capAdd());
  }
}
