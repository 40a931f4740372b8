package dev.readiness.fix.engine;

import dev.readiness.check.CheckSelection;
import dev.readiness.fix.ChangeSet;
import dev.readiness.fix.FileChange;
import dev.readiness.fix.FixContext;
import dev.readiness.fix.Plan;
import dev.readiness.fix.Templates;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns failing checks into an ordered plan: each failing check the catalog knows runs its
 * remediation in catalog order against one workspace, so later remediations see earlier output
 * (the Dockerfile before the workflow that builds it, the override before the services patched
 * into it).
 */
public final class Planner {
  private final RemediationRegistry registry;
  private final Catalog catalog;
  private final Templates templates;
  private final SecureRandom random;

  public Planner(RemediationRegistry registry, Catalog catalog, Templates templates, SecureRandom random) {
    this.registry = registry;
    this.catalog = catalog;
    this.templates = templates;
    this.random = random;
  }

  public Plan plan(Stack stack, Collection<String> failing, CheckSelection selection, Workspace ws) {
    FixContext ctx = new FixContext(templates, random);
    Set<String> todo = new LinkedHashSet<>();
    List<String> unfixable = new ArrayList<>();
    for (String id : failing) {
      if (!selection.includes(id)) continue;
      if (catalog.get(id).isPresent()) todo.add(id);
      else unfixable.add(id);
    }
    List<Plan.Step> steps = new ArrayList<>();
    for (Catalog.Entry e : catalog.entries()) {
      if (!todo.contains(e.check())) continue;
      registry.get(e.remediation()).orElseThrow().plan(e.check(), stack, ws, ctx);
      steps.add(new Plan.Step(e.check(), e.summary(), List.of()));
    }
    ChangeSet changes = ws.changes();
    List<Plan.Step> withFiles = new ArrayList<>();
    for (Plan.Step s : steps) {
      List<String> files = changes.changes().stream().filter(c -> c.checkIds().contains(s.checkId())).map(FileChange::path).toList();
      withFiles.add(new Plan.Step(s.checkId(), s.summary(), files));
    }
    return new Plan(withFiles, changes, ws.refusals(), ctx.notes(), unfixable);
  }
}
