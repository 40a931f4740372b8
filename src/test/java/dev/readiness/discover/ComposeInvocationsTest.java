package dev.readiness.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.scan.ScanContext;
import dev.readiness.testing.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeInvocationsTest {
  @TempDir Path dir;

  private List<ComposeInvocation> find(TestRepo repo) {
    ScanContext c = repo.context();
    return ComposeInvocations.find(c.files(), c::read, p -> c.file(p).isPresent());
  }

  private TestRepo repo() {
    return new TestRepo(dir).file("compose.yaml", "services: {}\n").file("compose.prod.yaml", "services: {}\n")
        .file("ops/extra.yml", "services: {}\n");
  }

  @Test
  void readsCommandLinesInScripts() {
    List<ComposeInvocation> found = find(repo().file("scripts/start.sh", String.join("\n",
        "#!/bin/sh",
        "# docker compose -f commented.yml up",
        "COMPOSE=(docker compose -f compose.yaml -f compose.prod.yaml)",
        "sudo docker-compose --file=compose.yaml \\",
        "   --file ops/extra.yml -p shop --env-file .env.prod up -d && echo ok",
        "docker compose up -d",
        "docker compose -f ${FILE} -f missing.yml pull",
        "")));
    assertEquals(4, found.size(), found.toString());
    assertEquals(List.of("compose.yaml", "compose.prod.yaml"), found.get(0).files());
    assertEquals(3, found.get(0).line());
    assertTrue(found.get(0).production(), "a prod-named file makes the chain production");
    assertEquals(List.of("compose.yaml", "ops/extra.yml"), found.get(1).files());
    assertEquals(4, found.get(1).line());
    assertEquals("up", found.get(1).subcommand());
    assertEquals("shop", found.get(1).projectName());
    assertFalse(found.get(1).production());
    assertEquals(List.of(), found.get(2).files());
    assertEquals(List.of("missing.yml"), found.get(3).missing(), "variables are skipped, missing files reported");
  }

  @Test
  void knowsDeployContexts() {
    List<ComposeInvocation> found = find(repo()
        .file("Makefile", "test:\n\tdocker compose -f compose.yaml run tests\ndeploy-prod:\n\tdocker compose -f compose.yaml up -d\n")
        .file(".github/workflows/ci.yml", "name: CI\non: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: docker compose -f compose.yaml config\n")
        .file(".github/workflows/cd.yml", "name: Ship it\non: push\njobs:\n  d:\n    runs-on: x\n    environment: production\n"
            + "    env:\n      COMPOSE_FILE: compose.yaml:ops/extra.yml\n    steps:\n      - run: docker stack deploy -c compose.yaml shop\n"));
    List<String> summary = found.stream().map(i -> i.source() + ":" + i.line() + " " + i.files() + " prod=" + i.production()
        + " var=" + i.variable() + " stack=" + i.stack()).toList();
    assertEquals(List.of(
        ".github/workflows/cd.yml:8 [compose.yaml, ops/extra.yml] prod=true var=true stack=false",
        ".github/workflows/cd.yml:10 [compose.yaml] prod=true var=false stack=true",
        ".github/workflows/ci.yml:7 [compose.yaml] prod=false var=false stack=false",
        "Makefile:2 [compose.yaml] prod=false var=false stack=false",
        "Makefile:4 [compose.yaml] prod=true var=false stack=false"), summary);
  }

  /** {@code COMPOSE_FILE="${COMPOSE_FILE:-a:b}"}: the script runs that chain unless its caller sets another. */
  @Test
  void composeFileDefaultedToItselfIsTheChainTheScriptRuns() {
    List<ComposeInvocation> found = find(repo().file("scripts/rollback.sh", String.join("\n",
        "#!/usr/bin/env bash",
        "export COMPOSE_FILE=\"${COMPOSE_FILE:-compose.yaml:compose.prod.yaml}\"",
        "COMPOSE_FILE=${OTHER:-compose.yaml}",
        "")));
    assertEquals(1, found.size(), found.toString());
    assertEquals(List.of("compose.yaml", "compose.prod.yaml"), found.get(0).files());
    assertTrue(found.get(0).variable());
  }
}
