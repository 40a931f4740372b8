package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.fix.stack.Stack;
import dev.readiness.fix.stack.StackMapper;
import dev.readiness.input.InputDocument;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import dev.readiness.scan.runtime.RuntimeOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * StackMapper on the real scan of each fix fixture repository gives the stack the generator tests
 * assume (FixtureStacks): the compose layout, the services with their roles, build contexts,
 * Dockerfiles, ports and health paths, the components with the service each one runs as, the
 * Dockerfiles and env files. Order and the facts the mapper copies through unchanged are not compared.
 */
class StackMapperTest {
  @ParameterizedTest
  @ValueSource(strings = {"python-fastapi", "node-vite", "java-maven", "go-service"})
  void theScannedStackIsTheOneTheGeneratorTestsAssume(String name) {
    Path repo = Path.of("src/test/resources/fix", name, "repo");
    InputDocument doc = new ScanPipeline(new ScanOptions(repo, List.of(), DiscoveryOptions.DEFAULT_SIZE_CAP, RuntimeOptions.off())).run();
    Stack got = StackMapper.from(doc);
    Stack want = FixtureStacks.of(name);

    assertEquals(want.compose().baseFiles(), got.compose().baseFiles(), "compose base files");
    assertEquals(want.compose().productionFile(), got.compose().productionFile(), "production compose file");
    assertEquals(want.compose().projectDir(), got.compose().projectDir(), "compose project dir");
    assertEquals(set(want.services(), StackMapperTest::service), set(got.services(), StackMapperTest::service), "services");
    assertEquals(set(want.components(), StackMapperTest::component), set(got.components(), StackMapperTest::component), "components");
    assertEquals(set(want.dockerfiles(), d -> d.file() + " final stage line " + d.finalStageLine() + " " + d.finalImage()
        + " user " + d.finalUser() + " cmd " + d.cmdLine() + " ports " + d.exposedPorts()),
        set(got.dockerfiles(), d -> d.file() + " final stage line " + d.finalStageLine() + " " + d.finalImage()
        + " user " + d.finalUser() + " cmd " + d.cmdLine() + " ports " + d.exposedPorts()), "dockerfiles");
    assertEquals(set(want.envFiles(), e -> e.file() + " " + e.environment() + " template=" + e.template() + " " + e.keys()),
        set(got.envFiles(), e -> e.file() + " " + e.environment() + " template=" + e.template() + " " + e.keys()), "env files");
    assertEquals(want.composeVariables(), got.composeVariables(), "compose variables without a default");
    assertTrue(got.services().stream().allMatch(s -> s.line() > 0), "every service names its line");
  }

  private static String service(Stack.Service s) {
    return s.name() + " " + s.file() + ":" + s.line() + " role=" + s.role() + " stateful=" + s.stateful() + " image=" + s.image()
        + " build=" + s.buildContext() + " dockerfile=" + s.dockerfile()
        + " ports=" + s.ports().stream().map(p -> p.published() + ":" + p.target()).toList()
        + " http=" + s.exposesHttp() + (s.exposesHttp() ? ":" + s.httpPort() : "") + " health=" + s.healthPath() + " env=" + new TreeSet<>(s.environmentKeys());
  }

  private static String component(Stack.Component c) {
    return c.dir() + " " + c.ecosystem() + " " + c.kind() + " port=" + c.port() + " module=" + c.module() + " service=" + c.service()
        + " healthPath=" + c.healthPath();
  }

  private static <T> Set<String> set(List<T> items, Function<T, String> key) {
    return items.stream().map(key).collect(Collectors.toCollection(TreeSet::new));
  }
}
