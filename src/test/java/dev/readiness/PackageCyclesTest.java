package dev.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No package of the product depends on itself through other packages. The class-level dependencies come
 * from the JDK's {@code jdeps -verbose:class} on the compiled main classes (target/classes, not the tests);
 * they are folded into a package graph and its strongly connected components are the cycles. A failure
 * names every cycle with the class edges that hold it together, so the fix (move the small shared type
 * down) is visible in the message.
 */
class PackageCyclesTest {
  private static final String ROOT = "dev.readiness";
  private static final Pattern EDGE = Pattern.compile("^\\s*(\\S+)\\s+->\\s+(\\S+)\\s+\\S+.*$");

  @Test
  void mainPackagesHaveNoCycles() {
    Path classes = Path.of("target/classes");
    assumeTrue(Files.isDirectory(classes.resolve("dev/readiness")), "target/classes not built: run through Maven");
    Optional<ToolProvider> jdeps = ToolProvider.findFirst("jdeps");
    if (jdeps.isEmpty()) System.out.println("PackageCyclesTest skipped: this Java runtime has no jdeps (a JDK has)");
    assumeTrue(jdeps.isPresent(), "no jdeps in this Java runtime");

    Map<String, Set<String>> classEdges = classEdges(jdeps.get(), classes);
    assertTrue(classEdges.size() > 100, "jdeps reported too few classes to judge: " + classEdges.size());
    List<List<String>> cycles = cycles(packageGraph(classEdges));
    assertEquals(List.of(), cycles, () -> describe(cycles, classEdges));
  }

  @Test
  void findsACycleWhenThereIsOne() {
    // the analysis itself can fail: a -> b -> c -> a is one cycle, d hangs off it
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", Set.of("b"));
    graph.put("b", Set.of("c"));
    graph.put("c", Set.of("a", "d"));
    graph.put("d", Set.of());
    assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
  }

  /** Class -> the product classes it uses (nested classes folded into their top-level class). */
  static Map<String, Set<String>> classEdges(ToolProvider jdeps, Path classes) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none", classes.toString());
    assertEquals(0, rc, () -> "jdeps failed: " + err);
    Map<String, Set<String>> edges = new TreeMap<>();
    for (String line : out.toString().split("\\R")) {
      Matcher m = EDGE.matcher(line);
      if (!m.matches() || !m.group(1).startsWith(ROOT + ".")) continue;
      String from = topLevel(m.group(1));
      Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
      if (m.group(2).startsWith(ROOT + ".")) to.add(topLevel(m.group(2)));
    }
    return edges;
  }

  static Map<String, Set<String>> packageGraph(Map<String, Set<String>> classEdges) {
    Map<String, Set<String>> graph = new TreeMap<>();
    classEdges.forEach((from, tos) -> {
      Set<String> out = graph.computeIfAbsent(packageOf(from), k -> new TreeSet<>());
      for (String to : tos) if (!packageOf(to).equals(packageOf(from))) out.add(packageOf(to));
    });
    return graph;
  }

  /** Strongly connected components with more than one package (Tarjan), each sorted, in a stable order. */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<List<String>> found = new ArrayList<>();
    for (String start : graph.keySet()) {
      if (!index.containsKey(start)) connect(start, graph, index, low, stack, onStack, found);
    }
    found.sort((x, y) -> x.get(0).compareTo(y.get(0)));
    return found;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, found);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      TreeSet<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) found.add(List.copyOf(component));
    }
  }

  private static String describe(List<List<String>> cycles, Map<String, Set<String>> classEdges) {
    StringBuilder b = new StringBuilder(cycles.size() + " package cycle(s):\n");
    for (List<String> cycle : cycles) {
      b.append("  ").append(cycle).append('\n');
      classEdges.forEach((from, tos) -> {
        if (!cycle.contains(packageOf(from))) return;
        for (String to : tos) {
          if (cycle.contains(packageOf(to)) && !packageOf(to).equals(packageOf(from))) {
            b.append("    ").append(from).append(" -> ").append(to).append('\n');
          }
        }
      });
    }
    return b.toString();
  }

  private static String topLevel(String className) {
    int dollar = className.indexOf('$');
    return dollar < 0 ? className : className.substring(0, dollar);
  }

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return className.substring(0, dot);
  }
}
