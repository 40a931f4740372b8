package dev.readiness.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A conftest-style policy set for compose files: 10 rule templates, each instantiated with 5
 * parameters, gives 50 {@code deny}/{@code warn} rules in 10 packages ({@code compose.<template>}),
 * plus a helper package with the functions and comprehensions the rules share. The templates cover
 * what teams write for compose: image tags, published ports, labels, secrets in the environment,
 * capabilities, host mounts, host namespaces, internal-only tiers ({@code every}), health checks
 * and required fields (restart, log rotation, limits, user).
 */
final class ConftestPolicySet {
  /** Rules per template; {@link #TEMPLATES} times this is the number of rules. */
  static final int RULES_PER_TEMPLATE = 5;

  private static final String HEADER = "package compose.%s\n\nimport rego.v1\n\nimport data.compose.lib\n";

  /** One rule template: the package it goes in, its text with {@code @P@} (and {@code @Q@}) placeholders, its parameters. */
  private record Template(String pkg, String rule, List<String[]> params) {}

  private static final String LIB = """
      package compose.lib

      import rego.v1

      # Published host side of each port mapping: "8080:80" -> "8080", "127.0.0.1:5432:5432" -> "127.0.0.1:5432",
      # {"published": 8443, "target": 443} -> "8443".
      host_ports(svc) := {p |
        some port in object.get(svc, "ports", [])
        p := host_port(port)
      }

      host_port(port) := p if {
        is_string(port)
        parts := split(port, ":")
        count(parts) > 1
        p := concat(":", array.slice(parts, 0, count(parts) - 1))
      }

      host_port(port) := sprintf("%v", [port.published]) if is_object(port)

      # The environment as an object, from either compose form (mapping or list of KEY=VALUE).
      env(svc) := svc.environment if is_object(svc.environment)

      env(svc) := {k: v |
        some item in svc.environment
        parts := split(item, "=")
        k := parts[0]
        v := concat("=", array.slice(parts, 1, count(parts)))
      } if is_array(svc.environment)

      # Image name without registry, path or tag: registry.example.com/shop/api:1.2 -> api.
      image_name(svc) := name if {
        path := split(svc.image, "/")
        last := path[count(path) - 1]
        name := split(split(last, "@")[0], ":")[0]
      }

      has_healthcheck(svc) if {
        svc.healthcheck.test
        not svc.healthcheck.disable
      }

      bind_sources(svc) := [src |
        some v in object.get(svc, "volumes", [])
        src := bind_source(v)
      ]

      bind_source(v) := split(v, ":")[0] if is_string(v)

      bind_source(v) := v.source if {
        is_object(v)
        v.type == "bind"
      }
      """;

  private static final List<Template> TEMPLATES = List.of(
      new Template("image_tags", """
          deny contains msg if {
            some name, svc in input.services
            endswith(svc.image, ":@P@")
            msg := sprintf("service %s uses the mutable image tag '@P@' (%s)", [name, svc.image])
          }
          """, params("latest", "dev", "edge", "nightly", "master")),
      new Template("host_ports", """
          deny contains msg if {
            some name, svc in input.services
            some published in lib.host_ports(svc)
            regex.match(`(^|:)@P@$`, published)
            msg := sprintf("service %s publishes port @P@ on the host (%s)", [name, published])
          }
          """, params("22", "23", "2375", "3389", "11211")),
      new Template("labels", """
          warn contains msg if {
            some name, svc in input.services
            not svc.labels["com.example.@P@"]
            msg := sprintf("service %s has no com.example.@P@ label", [name])
          }
          """, params("team", "owner", "tier", "cost-center", "on-call")),
      new Template("secrets", """
          deny contains msg if {
            some name, svc in input.services
            some key, value in lib.env(svc)
            regex.match(`(?i)(^|_)@P@$`, key)
            not startswith(sprintf("%v", [value]), "${")
            msg := sprintf("service %s sets %s to a literal value: pass it as ${%s} or a secret", [name, key, key])
          }
          """, params("PASSWORD", "PASS", "SECRET", "TOKEN", "API_KEY")),
      new Template("capabilities", """
          deny contains msg if {
            some name, svc in input.services
            "@P@" in object.get(svc, "cap_add", [])
            msg := sprintf("service %s adds the capability @P@", [name])
          }
          """, params("SYS_ADMIN", "NET_ADMIN", "ALL", "SYS_PTRACE", "SYS_MODULE")),
      new Template("host_mounts", """
          deny contains msg if {
            some name, svc in input.services
            some src in lib.bind_sources(svc)
            startswith(src, "@P@")
            msg := sprintf("service %s mounts %s from the host", [name, src])
          }
          """, params("/var/run/docker.sock", "/etc", "/proc", "/sys", "/root")),
      new Template("host_namespaces", """
          deny contains msg if {
            some name, svc in input.services
            svc.@P@ == @Q@
            msg := sprintf("service %s sets @P@: %v", [name, @Q@])
          }
          """, List.of(new String[] {"privileged", "true"}, new String[] {"network_mode", "\"host\""},
              new String[] {"pid", "\"host\""}, new String[] {"ipc", "\"host\""}, new String[] {"userns_mode", "\"host\""})),
      new Template("internal_tiers", """
          deny contains msg if {
            some name, svc in input.services
            svc.labels["com.example.tier"] == "@P@"
            count(lib.host_ports(svc)) > 0
            not loopback_only(svc)
            msg := sprintf("service %s is in the @P@ tier but publishes %v beyond 127.0.0.1", [name, sort(lib.host_ports(svc))])
          }
          """, params("backend", "data", "cache", "queue", "internal")),
      new Template("healthchecks", """
          warn contains msg if {
            some name, svc in input.services
            startswith(lib.image_name(svc), "@P@")
            not lib.has_healthcheck(svc)
            msg := sprintf("service %s (@P@) has no health check", [name])
          }
          """, params("postgres", "redis", "nginx", "rabbitmq", "api")),
      new Template("required_fields", """
          warn contains msg if {
            some name, svc in input.services
            not svc.@P@
            msg := sprintf("service %s does not set @Q@", [name])
          }
          """, List.of(new String[] {"restart", "a restart policy"},
              new String[] {"logging.options[\"max-size\"]", "log rotation (logging.options.max-size)"},
              new String[] {"deploy.resources.limits.memory", "a memory limit"},
              new String[] {"deploy.resources.limits.cpus", "a CPU limit"}, new String[] {"user", "a non-root user"})));

  /** Extra text of a template's package (helpers used only there). */
  private static final Map<String, String> PACKAGE_HELPERS = Map.of("internal_tiers", """

      loopback_only(svc) if {
        every p in lib.host_ports(svc) {
          startswith(p, "127.0.0.1:")
        }
      }
      """);

  private ConftestPolicySet() {}

  private static List<String[]> params(String... values) {
    List<String[]> out = new ArrayList<>();
    for (String v : values) out.add(new String[] {v});
    return out;
  }

  /** The modules: file name and Rego source, the helper library first. */
  static List<String[]> modules() {
    List<String[]> out = new ArrayList<>();
    out.add(new String[] {"compose/lib.rego", LIB});
    for (Template t : TEMPLATES) {
      StringBuilder src = new StringBuilder(String.format(HEADER, t.pkg()));
      for (String[] p : t.params()) {
        String rule = t.rule().replace("@P@", p[0]);
        if (p.length > 1) rule = rule.replace("@Q@", p[1]);
        src.append('\n').append(rule);
      }
      src.append(PACKAGE_HELPERS.getOrDefault(t.pkg(), ""));
      out.add(new String[] {"compose/" + t.pkg() + ".rego", src.toString()});
    }
    return out;
  }

  /** The entrypoints conftest would query (one {@code deny} or {@code warn} per package), as slash paths. */
  static List<String> entrypoints() {
    List<String> out = new ArrayList<>();
    for (Template t : TEMPLATES) out.add("compose/" + t.pkg() + "/" + (t.rule().startsWith("warn") ? "warn" : "deny"));
    return out;
  }

  /** Number of rules the set defines. */
  static int ruleCount() {
    return TEMPLATES.stream().mapToInt(t -> t.params().size()).sum();
  }
}
