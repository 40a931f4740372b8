package dev.readiness.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The parse floor of the scale benchmark: reads every YAML file under a directory once and composes
 * it with SnakeYAML alone, so the report shows how far above plain parsing a full scan is.
 *
 * <p>Usage: {@code java -cp target/readiness.jar:target/test-classes dev.readiness.bench.YamlParseFloor DIR}
 */
public final class YamlParseFloor {
  private YamlParseFloor() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
          .collect(Collectors.toList());
    }
    long nodes = 0;
    for (Path f : files) {
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (Node n : new Yaml(new LoaderOptions()).composeAll(r)) {
          if (n != null) nodes++;
        }
      }
    }
    System.out.println("parsed " + files.size() + " YAML files, " + nodes + " documents");
  }
}
