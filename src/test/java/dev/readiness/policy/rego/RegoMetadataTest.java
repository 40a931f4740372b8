package dev.readiness.policy.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.value.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** # METADATA blocks: scopes, attachment, YAML content, and rego.metadata.* at evaluation. */
class RegoMetadataTest {
  private static final String SRC = """
      # METADATA
      # scope: subpackages
      # title: All readiness checks
      package readiness.checks

      # METADATA
      # title: Exposed datastores
      # description: >-
      #   Datastores are not published
      #   on host ports.
      # related_resources:
      #   - https://docs.docker.com/compose/networking/
      # authors:
      #   - Jane Doe <jane@example.com>
      # custom:
      #   id: security.network.exposed-datastores
      #   evidence: [ports, image]
      deny contains msg if {
        msg := "x"
        input.bad
      }

      # METADATA
      # scope: document
      # title: The answer
      answer := 42

      # A normal comment is not metadata
      plain := 1

      self := rego.metadata.rule()
      """;

  @Test
  void blocksAttachToThePackageOrTheRuleBelowThem() throws Exception {
    RegoPolicyEngine e = RegoPolicyEngine.builder().module("m.rego", SRC).build();
    List<RegoAnnotation> anns = e.annotations();
    assertEquals(3, anns.size(), anns.toString());
    RegoAnnotation pkg = anns.get(0);
    assertEquals("subpackages", pkg.scope());
    assertEquals("readiness.checks", pkg.path());
    RegoAnnotation deny = anns.get(1);
    assertEquals("rule", deny.scope());
    assertEquals("readiness.checks.deny", deny.path());
    assertEquals("Datastores are not published on host ports.", deny.description());
    assertEquals(List.of("ports", "image"), deny.custom().get("evidence"));
    assertEquals(List.of("https://docs.docker.com/compose/networking/"), deny.raw().get("related_resources"));
    assertEquals("m.rego:6", deny.location());
    RegoAnnotation answer = anns.get(2);
    assertEquals("document", answer.scope());
    assertEquals("readiness.checks.answer", answer.path());
  }

  @Test
  void regoMetadataRuleReturnsTheAnnotationOfTheEvaluatedRule() throws Exception {
    RegoPolicyEngine e = RegoPolicyEngine.builder().module("m.rego", SRC + """

        # METADATA
        # title: Me
        # authors:
        #   - Jane Doe <jane@example.com>
        me := rego.metadata.rule()
        """).build();
    assertEquals(Json.parse("{\"authors\":[{\"email\":\"jane@example.com\",\"name\":\"Jane Doe\"}],"
        + "\"scope\":\"rule\",\"title\":\"Me\"}"), e.evaluate("readiness/checks/me", null).orElseThrow());
    assertEquals(Json.parse("{}"), e.evaluate("readiness/checks/self", null).orElseThrow());
  }

  @Test
  void unknownScopeIsRejected() {
    PolicyException ex = assertThrows(PolicyException.class, () -> RegoPolicyEngine.builder()
        .module("m.rego", "package p\n\n# METADATA\n# scope: everything\np := 1\n").build());
    assertEquals("rego_parse_error", ex.code());
    assertEquals("m.rego:3:1", ex.location());
    assertTrue(ex.getMessage().contains("unknown scope everything"), ex.getMessage());
  }

  @Test
  void metadataValuesAreUsableAsPlainJava() throws Exception {
    RegoPolicyEngine e = RegoPolicyEngine.builder().module("m.rego", SRC).build();
    Map<String, Object> custom = e.annotations().get(1).custom();
    assertEquals("security.network.exposed-datastores", custom.get("id"));
  }
}
