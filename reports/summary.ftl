<#ftl output_format="Markdown" strip_whitespace=true>
<#-- The compact summary (--format summary): verdict, scores, the first gaps of each priority, the plan,
     the gate. Sized for a pull-request comment: every list and every text from a scanned repository is
     capped (SummaryReportWriter), so it stays far below GitHub's 65,536-character comment limit
     whatever the repository. Every ${} is Markdown-escaped; code(x) makes a code span, clip(x) shortens. -->
### Deployment readiness: ${clip(r.target.name!r.target.path)} · ${v.overallOutOfTen()} · ${r.verdict.label}

${v.counts.fail} failing, ${v.counts.warn} partial, ${v.counts.pass} passing, ${v.counts.na} n/a of ${v.counts.total} checks<#if v.counts.error gt 0>, ${v.counts.error} policy error(s)</#if><#if r.gate.failUnder?? || r.gate.failOn?? || r.gate.failUnderCategory?has_content> · **Gate: <#if r.gate.passed>passed<#else>failed</#if>**<#if r.gate.softFail && !r.gate.passed> (soft-fail)</#if><#if gateReasons?has_content>: ${gateReasons}</#if></#if>

| Area | Score | ✅ | ⚠️ | ❌ |
|---|---:|---:|---:|---:|
<#list v.areas as a>
| ${a.label} | ${a.score} | ${a.counts.pass} | ${a.counts.warn} | ${a.counts.fail + a.counts.error} |
</#list>
<#if r.baseline??>

Baseline ${code(clip(r.baseline.file))}: ${r.baseline.newFindings} new, ${r.baseline.baselined} baselined (not gating), ${r.baseline.fixed} fixed since.
</#if>
<#list v.gaps?filter(p -> p.items?has_content) as p>

**${p.label} gaps (${p.items?size})**
<#list p.items as g>
<#if g?index == maxItems>
- … and ${p.items?size - maxItems} more in the full report
<#break>
</#if>
- <#if g.partial>⚠️<#else>❌</#if> ${clip(g.check.title)} · ${code(clip(g.check.id))}<#if g.first??>: ${clip(g.first.message)}<#if g.first.location??> (${code(clip(g.first.location))})</#if><#if g.more gt 0>, and ${g.more} more</#if></#if>
</#list>
</#list>
<#assign fixes = v.plan?filter(phase -> phase.fix??)>
<#if fixes?has_content>

**Fix automatically:** <#list fixes as phase>${phase.fixable} ${phase.priority}<#sep>, </#list> gap(s): run ${code(clip(fixAll))} to see the changes as diffs, then add ${code("--apply")}.
</#if>
<#assign problems = r.diagnostics?filter(d -> d.level != "info")>
<#if problems?has_content>

${problems?size} problem(s) while scanning (unreadable files, policy or configuration errors): see the full report.
</#if>

<sub>readiness ${r.tool.version} · ${r.scannedAt}<#if r.target.gitCommit??> · ${code(r.target.gitCommit)}</#if> · full report: the Markdown, HTML and SARIF files of the same scan</sub>
