package dev.readiness.scan.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComposeCommandTest {

  private static ComposeCommand one(String text) {
    List<ComposeCommand> found = ComposeCommand.find(text, 1);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void globalOptionsBeforeTheSubcommand() {
    ComposeCommand c = one("docker compose -f a.yml -f b.yml --profile web -p shop --env-file .env.prod up -d --wait");
    assertEquals(List.of("a.yml", "b.yml"), c.files());
    assertEquals(List.of("web"), c.profiles());
    assertEquals("shop", c.projectName());
    assertEquals(List.of(".env.prod"), c.envFiles());
    assertEquals("up", c.subcommand());
    assertEquals(List.of("-d", "--wait"), c.arguments());
    assertEquals("up -d --wait", c.command());
    assertTrue(c.waits());
    assertFalse(c.stack());
  }

  @Test
  void everySpellingOfTheFileOption() {
    assertEquals(List.of("a.yml", "b.yml", "c d.yml"), one("docker-compose --file=a.yml -fb.yml --file 'c d.yml' config").files());
  }

  @Test
  void everySpellingOfTheCommand() {
    for (String cmd : List.of("docker compose", "docker-compose", "podman compose", "podman-compose", "sudo docker  compose")) {
      assertEquals("pull", one(cmd + " -f x.yml pull").subcommand(), cmd);
    }
    assertTrue(ComposeCommand.find("./my-docker-compose up; cat docker-compose.yml; ls ./docker-compose/", 1).isEmpty());
    assertEquals(List.of("docker compose", "docker-compose", "podman compose", "podman-compose", "docker stack"),
        ComposeCommand.find("docker  compose up; docker-compose up; podman compose up; podman-compose up; docker stack deploy -c a.yml s", 1)
            .stream().map(ComposeCommand::program).toList());
  }

  @Test
  void optionsAfterTheSubcommandAreItsOwn() {
    ComposeCommand logs = one("docker compose logs -f app");
    assertEquals(List.of(), logs.files(), "logs -f is follow, not a file");
    ComposeCommand run = one("docker compose run -p 8080:80 app");
    assertNull(run.projectName(), "run -p publishes a port");
    assertFalse(one("docker compose up -d").waits());
  }

  @Test
  void theCommandEndsAtAnOperatorRedirectionOrComment() {
    List<ComposeCommand> found = ComposeCommand.find("docker compose -f a.yml up -d && docker compose -f b.yml ps > out # -f c.yml", 1);
    assertEquals(2, found.size());
    assertEquals(List.of("-d"), found.get(0).arguments());
    assertEquals(List.of("b.yml"), found.get(1).files());
    assertEquals(List.of(), found.get(1).arguments());
    assertEquals(List.of("x.yml"), one("ids=$(docker compose -f x.yml ps -q)").files());
  }

  @Test
  void continuedLinesAndLineNumbers() {
    List<ComposeCommand> found = ComposeCommand.find("#!/bin/sh\n# docker compose -f commented.yml up\nset -e\n"
        + "docker compose \\\n  -f compose.yaml \\\n  -f compose.prod.yaml up -d\n", 10);
    assertEquals(1, found.size());
    assertEquals(13, found.get(0).line());
    assertEquals(List.of("compose.yaml", "compose.prod.yaml"), found.get(0).files());
  }

  @Test
  void stackDeploy() {
    ComposeCommand c = one("docker stack deploy --with-registry-auth -c base.yml --compose-file=prod.yml shop");
    assertTrue(c.stack());
    assertEquals("deploy", c.subcommand());
    assertEquals(List.of("base.yml", "prod.yml"), c.files());
    assertEquals("shop", c.projectName());
    assertEquals("deploy --with-registry-auth shop", c.command());
  }

  @Test
  void noSubcommand() {
    ComposeCommand c = one("docker compose -f a.yml");
    assertNull(c.subcommand());
    assertEquals("", c.command());
  }

  @Test
  void longCommandsAreCut() {
    String c = one("docker compose run app " + "x".repeat(300)).command();
    assertEquals(201, c.length());
    assertTrue(c.endsWith("…"));
  }

  @Test
  void factsView() {
    assertEquals(List.of(new ComposeCall(2, "up -d --wait", List.of("a.yml"), true)),
        ComposeCall.in("echo hi\ndocker compose -f a.yml up -d --wait\n", 1));
  }
}
