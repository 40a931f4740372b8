package dev.readiness.policy.rego.compile;

import dev.readiness.policy.rego.ast.Expr;
import dev.readiness.policy.rego.ast.Module;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of compiling a set of modules: the rule tree rooted at {@code data}, the compiled modules,
 * and the variables each closure body declares for itself (they shadow outer variables at run time).
 */
public record CompiledPolicy(RuleNode root, List<Module> modules, Map<String, Integer> functionArity,
                             IdentityHashMap<List<Expr>, Set<String>> closureLocals) {}
