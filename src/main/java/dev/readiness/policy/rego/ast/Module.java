package dev.readiness.policy.rego.ast;

import java.util.List;

/**
 * A parsed Rego file.
 *
 * @param packagePath the package path below {@code data}, e.g. [readiness, checks, x]
 * @param annotations all METADATA blocks of the file, with the rule or package they attach to resolved later
 */
public record Module(String file, List<String> packagePath, List<Import> imports, List<Rule> rules,
                     List<Annotation> annotations, Location packageLoc, List<Annotation> packageAnnotations) {

  /** {@code import data.x.y as z}: path starts with "data" or "input". */
  public record Import(List<String> path, String alias, Location loc) {}
}
