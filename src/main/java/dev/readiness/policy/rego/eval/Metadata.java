package dev.readiness.policy.rego.eval;

import dev.readiness.policy.rego.ast.Annotation;
import dev.readiness.policy.rego.ast.Module;
import dev.readiness.policy.rego.ast.Rule;
import dev.readiness.policy.rego.ast.Term;
import dev.readiness.policy.rego.compile.CompiledPolicy;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answers {@code rego.metadata.rule()} and {@code rego.metadata.chain()} from the compiled modules' annotations. */
final class Metadata {
  private static final Pattern AUTHOR = Pattern.compile("^(.*?)\\s*<([^>]+)>$");

  private final CompiledPolicy policy;
  private final IdentityHashMap<Rule, Rule> headOf = new IdentityHashMap<>();
  private final IdentityHashMap<Rule, Module> moduleOf = new IdentityHashMap<>();

  Metadata(CompiledPolicy policy) {
    this.policy = policy;
    for (Module m : policy.modules()) {
      for (Rule r : m.rules()) {
        for (Rule x = r; x != null; x = x.elseRule()) {
          headOf.put(x, r);
          moduleOf.put(x, m);
        }
      }
    }
  }

  /** The rule-scoped annotation of the rule being evaluated, or an empty object. */
  Value rule(Rule current) {
    if (current == null) return ObjectValue.EMPTY;
    for (Annotation a : headOf.getOrDefault(current, current).annotations()) {
      if (a.scope().equals("rule")) return toValue(a);
    }
    return ObjectValue.EMPTY;
  }

  /** Annotations from the rule up through its document and packages, innermost first. */
  Value chain(Rule current) {
    if (current == null) return ArrayValue.EMPTY;
    Rule head = headOf.getOrDefault(current, current);
    Module mod = moduleOf.get(current);
    List<String> rulePath = groundPath(head);
    List<Value> out = new ArrayList<>();
    Annotation ruleAnn = null;
    for (Annotation a : head.annotations()) if (a.scope().equals("rule")) ruleAnn = a;
    out.add(entry(rulePath, ruleAnn));
    for (Module m : policy.modules()) {
      for (Rule r : m.rules()) {
        if (!groundPath(r).equals(rulePath)) continue;
        for (Annotation a : r.annotations()) if (a.scope().equals("document")) out.add(entry(rulePath, a));
      }
    }
    List<String> pkg = mod == null ? List.of() : mod.packagePath();
    for (int n = pkg.size(); n >= 0; n--) {
      List<String> prefix = pkg.subList(0, n);
      for (Module m : policy.modules()) {
        if (!m.packagePath().equals(prefix)) continue;
        for (Annotation a : m.packageAnnotations()) {
          boolean own = n == pkg.size() && a.scope().equals("package");
          if (own || a.scope().equals("subpackages")) out.add(entry(prefix, a));
        }
      }
    }
    return new ArrayValue(out);
  }

  private static Value entry(List<String> path, Annotation a) {
    ObjectValue.Builder b = ObjectValue.builder();
    List<Value> p = new ArrayList<>();
    for (String s : path) p.add(StringValue.of(s));
    b.put("path", new ArrayValue(p));
    if (a != null) b.put("annotations", toValue(a));
    return b.build();
  }

  private static Value toValue(Annotation a) {
    Map<String, Object> m = new LinkedHashMap<>(a.raw());
    m.put("scope", a.scope());
    Object authors = m.get("authors");
    if (authors instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object x : l) out.add(x instanceof String s ? author(s) : x);
      m.put("authors", out);
    } else if (authors instanceof String s) {
      m.put("authors", List.of(author(s)));
    }
    return Json.fromJava(m);
  }

  private static Map<String, Object> author(String s) {
    Map<String, Object> out = new LinkedHashMap<>();
    Matcher mm = AUTHOR.matcher(s.trim());
    if (mm.matches()) {
      if (!mm.group(1).isEmpty()) out.put("name", mm.group(1));
      out.put("email", mm.group(2));
    } else {
      out.put("name", s.trim());
    }
    return out;
  }

  private static List<String> groundPath(Rule r) {
    List<String> out = new ArrayList<>();
    for (Term t : r.ref()) {
      if (t instanceof Term.Scalar s && s.value() instanceof StringValue sv) {
        out.add(sv.value());
      } else {
        break;
      }
    }
    return out;
  }
}
