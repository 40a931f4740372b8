package dev.readiness.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {
  private static final String DIGEST = "sha256:" + "ab".repeat(32);

  private static ImageReference p(String s) {
    return ImageReference.parse(s);
  }

  @Test
  void dockerHubOfficialImage() {
    ImageReference r = p("postgres:16.2-alpine");
    assertEquals(new ImageReference("postgres:16.2-alpine", null, "postgres", "16.2-alpine", null), r);
    assertEquals("postgres", r.name());
    assertEquals(16, r.majorVersion());
    assertFalse(r.pinned());
    assertEquals("docker.io/library/postgres:16.2-alpine", r.canonical());
  }

  @Test
  void dockerHubDefaultsAreNotFilledInButCanonicalHasThem() {
    ImageReference r = p("nginx");
    assertNull(r.registry());
    assertNull(r.tag());
    assertEquals("docker.io/library/nginx:latest", r.canonical());
    assertEquals(p("docker.io/library/nginx:latest").canonical(), r.canonical());
    assertEquals(p("index.docker.io/library/nginx").canonical(), r.canonical());
    assertEquals("docker.io/bitnami/redis:7", p("bitnami/redis:7").canonical());
    assertEquals("redis", p("bitnami/redis:7").name());
  }

  @Test
  void registryIsAHostWithADotAPortOrLocalhost() {
    assertEquals(new ImageReference("registry.example.com:5000/team/app:1.2.3", "registry.example.com:5000", "team/app", "1.2.3", null),
        p("registry.example.com:5000/team/app:1.2.3"));
    assertEquals("localhost:5000", p("localhost:5000/app").registry());
    assertEquals("localhost", p("localhost/app:1").registry());
    assertEquals("ghcr.io", p("ghcr.io/org/app").registry());
    assertNull(p("team/app:1").registry(), "a first component without dot or port is a Docker Hub namespace");
    assertEquals("MyHost", p("MyHost/app").registry(), "an upper-case first component is a host, as Docker reads it");
    assertEquals("localhost:5000/app:latest", p("localhost:5000/app").canonical(), "a registry port is not a tag");
  }

  @Test
  void digests() {
    ImageReference r = p("python:3.12-slim@" + DIGEST);
    assertEquals("3.12-slim", r.tag());
    assertEquals(DIGEST, r.digest());
    assertTrue(r.pinned());
    assertEquals("docker.io/library/python:3.12-slim@" + DIGEST, r.canonical());
    ImageReference only = p("ghcr.io/org/app@" + DIGEST);
    assertNull(only.tag());
    assertEquals("ghcr.io/org/app@" + DIGEST, only.canonical(), "a digest stands for itself, no :latest");
  }

  @Test
  void interpolationsStayWhole() {
    ImageReference r = p("${REGISTRY}/app:${TAG:-1.2}");
    assertEquals("${REGISTRY}", r.registry());
    assertEquals("app", r.repository());
    assertEquals("${TAG:-1.2}", r.tag());
    assertTrue(r.hasVariable());
    assertNull(r.majorVersion());
    ImageReference host = p("${REGISTRY:-registry.local:5000}/team/app");
    assertEquals("${REGISTRY:-registry.local:5000}", host.registry());
    assertEquals("team/app", host.repository());
    assertNull(host.tag());
    assertEquals("$IMAGE", p("$IMAGE").repository());
    assertFalse(p("nginx:1").hasVariable());
  }

  @Test
  void majorVersions() {
    assertEquals(11, p("mariadb:11-jammy").majorVersion());
    assertEquals(4, p("mongo:4.4").majorVersion());
    assertEquals(2, p("traefik:v2.11").majorVersion());
    assertNull(p("redis:latest").majorVersion());
    assertNull(p("redis:alpine").majorVersion());
    assertNull(p("redis").majorVersion());
  }

  @Test
  void blankIsNoReferenceAndRawIsStripped() {
    assertNull(p(null));
    assertNull(p("  "));
    assertEquals("nginx", p(" nginx ").raw());
  }
}
