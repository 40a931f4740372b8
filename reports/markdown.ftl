<#ftl output_format="Markdown" strip_whitespace=true>
<#-- The Markdown report: the seed audit's shape (areas with ✅/⚠️/❌ lines, Critical Gaps, Recommendations,
     Readiness Score, Verdict). Every ${} is Markdown-escaped by the output format; code(x) makes a code span. -->
# Deployment Readiness Audit: ${r.target.name!r.target.path}

**Verdict: ${r.verdict.label}** · **Score: ${v.overallOutOfTen()}** · ${v.counts.fail} failing, ${v.counts.warn} partial, ${v.counts.pass} passing of ${v.counts.total} checks

Scanned ${code(r.target.path)}<#if r.target.gitCommit??> at commit ${code(r.target.gitCommit)}</#if> on ${r.scannedAt} with readiness ${r.tool.version} in ${r.durationMs} ms.

| Area | Score | ✅ | ⚠️ | ❌ | ➖ |
|---|---:|---:|---:|---:|---:|
<#list v.areas as a>
| ${a.label} | ${a.score} | ${a.counts.pass} | ${a.counts.warn} | ${a.counts.fail + a.counts.error} | ${a.counts.na + a.counts.suppressed} |
</#list>
| **Overall** | **${v.overall}** | ${v.counts.pass} | ${v.counts.warn} | ${v.counts.fail + v.counts.error} | ${v.counts.na + v.counts.suppressed} |
<#if r.diff??>

## Change against ${code(r.diff.base)}

Compared with ${code(r.diff.base)} at commit ${code(r.diff.baseCommit?substring(0, [12, r.diff.baseCommit?length]?min))}: **${r.baseline.newFindings} new** finding(s), **${r.baseline.fixed} fixed**, ${r.baseline.baselined} already there (those do not trip ${code("--fail-on")}).

| Area | Base | This change | Δ |
|---|---:|---:|---:|
<#list ["infrastructure", "automation", "security", "monitoring", "documentation", "overall"] as area>
| ${area?cap_first} | <#if r.diff.baseScores[area]??>${r.diff.baseScores[area]?string("0.0")}<#else>n/a</#if> | <#if r.scores[area]??>${r.scores[area]?string("0.0")}<#else>n/a</#if> | <#if r.diff.delta[area]??><#if r.diff.delta[area] gt 0>+</#if>${r.diff.delta[area]?string("0.0")}</#if> |
</#list>
</#if>
<#list v.areas?filter(a -> a.checks?has_content) as a>

## ${a.label}: ${a.score}<#if a.value??>/10</#if>

<#assign na = a.checks?filter(l -> l.check.status == "n/a")>
<#list a.checks?filter(l -> l.check.status != "n/a") as l>
<@checkLine l/>
</#list>
<#if na?has_content>
- ➖ Not applicable: <#list na as l>${code(l.check.id)}<#sep>, </#list>
</#if>
</#list>
<#if v.unscored?has_content>

## Custom checks (not scored)

<#list v.unscored as l>
<@checkLine l/>
</#list>
</#if>
<#if r.baseline?? && !r.diff??>

## Baselined (${r.baseline.baselined})

${r.baseline.baselined} failing finding(s) are in the baseline ${code(r.baseline.file)}: reported, scored, but not gating. ${r.baseline.newFindings} new finding(s).<#if r.baseline.fixed gt 0> ${r.baseline.fixed} baseline finding(s) match nothing any more (fixed since baseline): rewrite the baseline with ${code("--write-baseline")} to prune them.</#if>

<#list v.baselined as b>
- ${code(b.check.id)}: <#if b.finding??><#if b.finding.location??>${code(b.finding.location)}: </#if>${b.finding.message}<#if b.finding.resource??> (${b.finding.resource})</#if><#else>Not met: ${b.check.title}</#if>
</#list>
<#if v.moreBaselined gt 0>
- … and ${v.moreBaselined} more (see readiness.json)
</#if>
</#if>

## Critical Gaps
<#list v.gaps as p>

### ${p.label} Priority
<#list p.items as g>
${g?counter}. <#if g.partial>⚠️<#else>❌</#if> **${g.check.title}**<#if g.partial> (partial)</#if> · ${code(g.check.id)}<#if g.first??><br>${g.first.message}<#if g.first.location??> (${code(g.first.location)})</#if><#if g.more gt 0>, and ${g.more} more</#if></#if><#if g.action??><br>→ ${md(g.action)}</#if>
<#else>
_None._
</#list>
</#list>

## Recommendations
<#list v.plan as phase>

### ${phase.label}<#if phase.key == "immediate"> Actions</#if>
<#if phase.empty()>
_Nothing to do._
<#else>
<#if phase.fix??>
- Run ${code(phase.fix)} to see the changes for ${phase.fixable} ${phase.priority} gap(s) as diffs, then again with ${code("--apply")} to write them.
</#if>
<#if phase.manual?has_content>
- By hand (see the ${phase.priority} gaps above): <#list phase.manual as id>${code(id)}<#sep>, </#list>.
</#if>
</#if>
</#list>

## Deployment Readiness Score: ${v.overallOutOfTen()}

### Breakdown:
<#list v.areas as a>
- ${a.label}: ${a.score}<#if a.value??>/10</#if>
</#list>

<sub>${v.formula}</sub>

### Verdict: ${r.verdict.label}
<#if r.verdict.level == "ready">
All areas meet the bar: no critical or high check fails and the overall score is at least 8.0.
<#elseif r.verdict.level == "caveats">
Deployable with care: no critical check fails, but the gaps above should be closed soon.
<#else>
Significant work is needed before production: <#if !v.scored()>no check applied, so nothing was scored<#elseif r.verdict.blockers?has_content>${r.verdict.blockers?size} critical or high check(s) fail<#else>the overall score is below 6.0</#if>.
</#if>
<#if r.verdict.blockers?has_content>

Blockers: <#list r.verdict.blockers as b>${code(b)}<#sep>, </#list>
</#if>
<#if r.gate.failUnder?? || r.gate.failOn?? || r.gate.failUnderCategory?has_content>

**Gate: <#if r.gate.passed>passed<#else>failed</#if>**<#if r.gate.softFail && !r.gate.passed> (soft-fail: exit code 0)</#if><#list r.gate.reasons as reason><#if reason?is_first>: </#if>${reason}<#sep>; </#list>
</#if>
<#if r.diagnostics?has_content>

<details><summary>Diagnostics (${r.diagnostics?size})</summary>

<#list r.diagnostics as d>
- ${d.level}<#if d.file??> ${code(d.file + (d.line??)?then(":" + d.line, ""))}</#if>: ${d.message}
</#list>

</details>
</#if>
<#macro checkLine l>
- ${l.icon} ${l.check.title}<#if l.evidence??> (${code(l.evidence)})</#if> · ${code(l.check.id)}<#if l.check.status == "warn" || l.check.status == "fail"> · ${l.check.severity}, ${l.score}</#if><#if l.check.status == "suppressed" && l.check.suppression??> · suppressed: ${l.check.suppression.reason}<#if l.check.suppression.expires??> (until ${l.check.suppression.expires})</#if></#if><#if l.check.status == "error"> · policy error: ${l.check.error!"unknown"}</#if><#if l.baselineNote??> · ${l.baselineNote}</#if>
<#list l.findings as f>
  - <#if f.location??>${code(f.location)}: </#if>${f.message}<#if f.resource??> (${f.resource})</#if>
</#list>
<#if l.moreFindings gt 0>
  - … and ${l.moreFindings} more
</#if>
<#if (l.check.status == "warn" || l.check.status == "fail") && l.check.remediation.summary??>
  - Fix: ${md(l.check.remediation.summary)}
</#if>
</#macro>
