<#ftl output_format="HTML" strip_whitespace=true>
<#-- The HTML report: one self-contained file. Every ${} is HTML-escaped by FreeMarker; the CSP forbids
     any load from outside the page, so the report works offline and cannot leak what it shows. -->
<#function tone score=""><#if !score?is_number><#return "na"><#elseif score gte 8><#return "good"><#elseif score gte 6><#return "fair"><#else><#return "poor"></#if></#function>
<#function statusLabel s><#switch s><#case "pass"><#return "Pass"><#case "warn"><#return "Partial"><#case "fail"><#return "Fail"><#case "error"><#return "Error"><#case "suppressed"><#return "Suppressed"><#default><#return "N/A"></#switch></#function>
<#assign overall = r.scores.overall!>
<#assign gaugeLength = 339.292>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Readiness: ${r.target.name!r.target.path} (${v.overallOutOfTen()}, ${r.verdict.label})</title>
<style>
:root{--bg:#f6f7f9;--card:#fff;--ink:#1b1f24;--muted:#5b6470;--line:#e3e6ea;--good:#1a7f37;--fair:#b26b00;--poor:#c62828;--na:#8a939e;--accent:#2f5bd3;--good-bg:#e7f5ec;--fair-bg:#fff4e0;--poor-bg:#fdecec;--na-bg:#eef0f3}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{background:#11161d;color:#fff;padding:14px 32px;display:flex;align-items:baseline;gap:16px;flex-wrap:wrap}
header.top .brand{font-weight:700;letter-spacing:.02em}
header.top .meta{color:#aab4c0;font-size:13px}
header.top code{color:#dfe6ee}
main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px 24px;margin-bottom:20px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:17px;margin:0 0 14px}
h3{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 8px}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.hero{display:grid;grid-template-columns:220px 1fr 1fr;gap:28px;align-items:center}
.gauge text{font-weight:700}
.verdict{display:inline-block;font-weight:700;font-size:18px;padding:6px 14px;border-radius:999px;margin:6px 0 10px}
.verdict.ready{background:var(--good-bg);color:var(--good)}.verdict.caveats{background:var(--fair-bg);color:var(--fair)}.verdict.not-ready{background:var(--poor-bg);color:var(--poor)}
.muted{color:var(--muted)}
.pills{display:flex;gap:8px;flex-wrap:wrap;margin-top:8px}
.pill{border-radius:999px;padding:2px 10px;font-size:12px;font-weight:600;background:var(--na-bg);color:var(--muted)}
.pill.pass{background:var(--good-bg);color:var(--good)}.pill.warn{background:var(--fair-bg);color:var(--fair)}.pill.fail,.pill.error{background:var(--poor-bg);color:var(--poor)}
.bars{display:flex;flex-direction:column;gap:10px}
.bar{display:grid;grid-template-columns:120px 1fr 52px;gap:10px;align-items:center;cursor:pointer;border:0;background:none;padding:2px 4px;border-radius:6px;font:inherit;color:inherit;text-align:left}
.bar:hover,.bar.active{background:#eef2fb}
.bar svg{width:100%;height:12px}
.bar .value{font-weight:700;text-align:right}
.good{color:var(--good)}.fair{color:var(--fair)}.poor{color:var(--poor)}.na{color:var(--na)}
.fill-good{fill:var(--good)}.fill-fair{fill:var(--fair)}.fill-poor{fill:var(--poor)}.fill-na{fill:var(--na)}
.gaps{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.gaps ol,.plan ol,.plan ul{margin:0;padding-left:20px}
.gaps li,.plan li{margin-bottom:6px}
.prio{border-top:3px solid var(--line);padding-top:10px}
.prio.HIGH{border-color:var(--poor)}.prio.MEDIUM{border-color:var(--fair)}.prio.LOW{border-color:var(--na)}
.partial{font-size:11px;font-weight:600;color:var(--fair);background:var(--fair-bg);border-radius:4px;padding:0 5px;margin-left:4px}
.plan{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
.fix{display:block;color:var(--muted);font-size:12px}
.toolbar{display:flex;flex-wrap:wrap;gap:14px;align-items:center;margin-bottom:12px}
.group{display:flex;gap:4px;flex-wrap:wrap}
.group button,.toolbar .expand{border:1px solid var(--line);background:#fff;border-radius:6px;padding:4px 10px;font:inherit;font-size:12.5px;cursor:pointer;color:var(--ink)}
.group button[aria-pressed="true"]{background:var(--accent);border-color:var(--accent);color:#fff}
.count{margin-left:auto;color:var(--muted);font-size:12.5px}
.check{border:1px solid var(--line);border-radius:8px;margin-bottom:8px;background:#fff}
.check summary{list-style:none;display:grid;grid-template-columns:92px 1fr auto;gap:12px;align-items:center;padding:10px 14px;cursor:pointer}
.check summary::-webkit-details-marker{display:none}
.check[open] summary{border-bottom:1px solid var(--line)}
.badge{font-size:11.5px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:4px;padding:2px 0;text-align:center}
.badge.pass{background:var(--good-bg);color:var(--good)}.badge.warn{background:var(--fair-bg);color:var(--fair)}.badge.fail,.badge.error{background:var(--poor-bg);color:var(--poor)}.badge.na,.badge.suppressed{background:var(--na-bg);color:var(--muted)}
.title{font-weight:600}
.title .mono{display:block;font-weight:400;color:var(--muted)}
.side{text-align:right;font-size:12px;color:var(--muted);white-space:nowrap}
.side b{color:var(--ink);font-size:13px}
.sev{text-transform:capitalize}
.body{padding:12px 16px 14px 118px}
.body p{margin:0 0 8px}
.findings{margin:0 0 8px;padding-left:18px}
.findings li{margin-bottom:4px}
.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;background:#f1f3f6;border-radius:4px;padding:1px 5px}
.diag li{margin-bottom:4px}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
footer{color:var(--muted);font-size:12px;margin-top:8px}
svg.trend{width:100%;max-width:780px;height:auto}svg.trend polyline{fill:none;stroke-width:2}svg.trend text{font-size:11px;fill:var(--muted)}svg.trend line.grid{stroke:var(--line)}
svg.trend .line-overall{stroke:#11161d;stroke-width:3}svg.trend text.line-overall{fill:#11161d;stroke:none;font-weight:700}
.line-infrastructure{stroke:#2f5bd3}.line-automation{stroke:#8e44ad}.line-security{stroke:#c62828}.line-monitoring{stroke:#1a7f37}.line-documentation{stroke:#b26b00}
svg.trend text.line-infrastructure{fill:#2f5bd3;stroke:none}svg.trend text.line-automation{fill:#8e44ad;stroke:none}svg.trend text.line-security{fill:#c62828;stroke:none}svg.trend text.line-monitoring{fill:#1a7f37;stroke:none}svg.trend text.line-documentation{fill:#b26b00;stroke:none}
/* Long IDs, paths and commands wrap instead of widening their column; grid and flex items may shrink below their content. */
code,.mono,.loc{overflow-wrap:anywhere}
.card{overflow-wrap:break-word}
.gaps>div,.plan>div,.hero>div,.title{min-width:0}
@media (max-width:900px){.hero,.gaps,.plan{grid-template-columns:minmax(0,1fr)}.body{padding-left:16px}}
@media (max-width:600px){header.top{padding:12px 14px}main{padding:14px 10px 32px}.card{padding:14px 14px}.check summary{grid-template-columns:72px minmax(0,1fr);padding:10px}.side{grid-column:2;text-align:left;white-space:normal}.bar{grid-template-columns:auto minmax(0,1fr) 40px}.count{margin-left:0}}
@media print{body{background:#fff}header.top{background:#fff;color:#000;border-bottom:2px solid #000}header.top .meta,header.top code{color:#333}.toolbar{display:none}.card,.check{break-inside:avoid;border-color:#bbb}.check{display:block!important}main{padding:0}}
</style>
</head>
<body>
<header class="top"><span class="brand">readiness</span><span class="meta">Deployment readiness audit · <code>${r.target.path}</code><#if r.target.gitCommit??> @ <code>${r.target.gitCommit}</code></#if> · ${r.scannedAt} · ${r.durationMs} ms · readiness ${r.tool.version}</span></header>
<main>
<section class="card hero" aria-label="Summary">
  <svg class="gauge" viewBox="0 0 140 140" width="200" height="200" role="img" aria-label="Overall score ${v.overall} out of 10">
    <circle cx="70" cy="70" r="54" fill="none" stroke="#e3e6ea" stroke-width="14"/>
    <#if overall?has_content>
    <circle class="gauge-arc" cx="70" cy="70" r="54" fill="none" stroke-width="14" stroke-linecap="round" transform="rotate(-90 70 70)" stroke-dasharray="${(overall / 10 * gaugeLength)?string('0.##')} ${gaugeLength?c}" style="stroke:var(--${tone(overall)})"/>
    </#if>
    <text x="70" y="72" text-anchor="middle" font-size="30" class="${tone(overall)}" id="overall-score">${v.overall}</text>
    <text x="70" y="94" text-anchor="middle" font-size="11" fill="#5b6470"><#if v.scored()>out of 10<#else>nothing scored</#if></text>
  </svg>
  <div>
    <h1>${r.target.name!r.target.path}</h1>
    <div id="verdict" class="verdict ${r.verdict.level}" data-level="${r.verdict.level}">${r.verdict.label}</div>
    <div class="muted"><#if r.verdict.blockers?has_content>Blocked by ${r.verdict.blockers?size} failing critical/high check<#if r.verdict.blockers?size gt 1>s</#if>.<#else>No critical or high check fails.</#if>
    <#if r.gate.failUnder?? || r.gate.failOn?? || r.gate.failUnderCategory?has_content><br>CI gate: <strong id="gate" class="${r.gate.passed?then('good','poor')}">${r.gate.passed?then('passed','failed')}</strong><#list r.gate.reasons as reason><#if reason?is_first> (</#if>${reason}<#sep>; <#else>)</#list></#if></div>
    <div class="pills">
      <span class="pill fail">${v.counts.fail} failing</span><span class="pill warn">${v.counts.warn} partial</span><span class="pill pass">${v.counts.pass} passing</span><span class="pill">${v.counts.na} n/a</span><#if v.counts.suppressed gt 0><span class="pill">${v.counts.suppressed} suppressed</span></#if><#if v.counts.error gt 0><span class="pill error">${v.counts.error} error<#if v.counts.error gt 1>s</#if></span></#if><#if r.baseline??><span class="pill" id="baseline-pill">${r.baseline.newFindings} new · ${r.baseline.baselined} baselined</span></#if>
    </div>
  </div>
  <div class="bars" aria-label="Scores by area">
    <#list v.areas as a>
    <button type="button" class="bar category-score" data-category="${a.id}" title="Show ${a.label} checks">
      <span>${a.label}</span>
      <svg viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true"><rect x="0" y="0" width="100" height="12" rx="6" fill="#e3e6ea"/><#if a.value??><rect x="0" y="0" width="${(a.value * 10)?string('0.#')}" height="12" rx="6" class="fill-${tone(a.value)}"/></#if></svg>
      <span class="value ${tone(a.value!)}">${a.score}</span>
    </button>
    </#list>
  </div>
</section>
<#if (r.history!)?size gt 1>
<#assign hw = 640><#assign hh = 160><#assign hn = r.history?size>
<section class="card" aria-label="Score over time">
<h2>Score over time <span class="muted">(${hn} scans recorded in the history, oldest first)</span></h2>
<svg class="trend" viewBox="0 0 ${(hw + 120)?c} ${(hh + 30)?c}" role="img" aria-label="Scores per area over the last ${hn} scans">
<#list [0, 5, 10] as g><line x1="30" x2="${(hw + 30)?c}" y1="${(10 + hh - hh * g / 10)?c}" y2="${(10 + hh - hh * g / 10)?c}" class="grid"/><text x="24" y="${(14 + hh - hh * g / 10)?c}" text-anchor="end">${g}</text></#list>
<#list ["overall", "infrastructure", "automation", "security", "monitoring", "documentation"] as area>
<#assign pts = "">
<#list r.history as p><#if p.scores[area]??><#assign pts = pts + " " + (30 + hw * p?index / (hn - 1))?string("0.#") + "," + (10 + hh - hh * p.scores[area] / 10)?string("0.#")></#if></#list>
<#if pts?has_content><polyline class="line-${area}" points="${pts?trim}"/><text class="line-${area}" x="${(hw + 36)?c}" y="${(22 + area?index * 22)?c}">${area}</text></#if>
</#list>
</svg>
<p class="muted">From ${r.history[0].scannedAt} to ${r.history[hn - 1].scannedAt}.</p>
</section>
</#if>

<section class="card" aria-label="Critical gaps">
  <h2>Critical gaps</h2>
  <div class="gaps">
  <#list v.gaps as p>
    <div class="prio ${p.label}"><h3>${p.label} priority (${p.items?size})</h3>
    <#if p.items?has_content><ol><#list p.items as g><li><a href="#check-${g.check.id}">${g.check.title}</a><#if g.partial><span class="partial">partial</span></#if><br><code class="muted">${g.check.id}</code><#if g.first??><br><span class="muted">${g.first.message}<#if g.first.location??> (<code>${g.first.location}</code>)</#if><#if g.more gt 0>, and ${g.more} more</#if></span></#if><#if g.action??><span class="fix">→ ${md(g.action)}</span></#if></li></#list></ol><#else><p class="muted">None.</p></#if>
    </div>
  </#list>
  </div>
</section>

<section class="card" aria-label="Recommendations">
  <h2>Recommendations</h2>
  <div class="plan">
  <#list v.plan as phase>
    <div><h3>${phase.label}</h3>
    <#if phase.empty()><p class="muted">Nothing to do.</p><#else><ul><#if phase.fix??><li>Run <code>${phase.fix}</code> to see the changes for ${phase.fixable} ${phase.priority} gap(s) as diffs, then again with <code>--apply</code> to write them.</li></#if><#if phase.manual?has_content><li>By hand (see the ${phase.priority} gaps): <#list phase.manual as id><code>${id}</code><#sep>, </#list>.</li></#if></ul></#if>
    </div>
  </#list>
  </div>
</section>

<section class="card" aria-label="Checks">
  <h2>Checks</h2>
  <div class="toolbar">
    <div class="group" role="group" aria-label="Filter by area">
      <button type="button" data-filter="category" data-value="" aria-pressed="true">All areas</button>
      <#list v.areas as a><button type="button" data-filter="category" data-value="${a.id}" aria-pressed="false">${a.label}</button></#list>
      <#if v.unscored?has_content><button type="button" data-filter="category" data-value="custom" aria-pressed="false">Custom</button></#if>
    </div>
    <div class="group" role="group" aria-label="Filter by status">
      <button type="button" data-filter="status" data-value="" aria-pressed="true">All</button>
      <#list ["fail","warn","pass","n/a","suppressed","error"] as s><button type="button" data-filter="status" data-value="${s}" aria-pressed="false">${statusLabel(s)}</button></#list>
    </div>
    <button type="button" class="expand" id="expand-all">Expand all</button>
    <span class="count" id="shown-count">${r.checks?size} of ${r.checks?size} checks</span>
  </div>
  <div id="checks">
  <#list v.areas + [{"id": "custom", "checks": v.unscored}] as a>
  <#list a.checks as l>
  <#assign c = l.check>
  <details class="check" id="check-${c.id}" data-check-id="${c.id}" data-category="${(a.id == 'custom')?then('custom', c.category)}" data-status="${c.status}">
    <summary>
      <span class="badge ${(c.status == 'n/a')?then('na', c.status)}">${statusLabel(c.status)}</span>
      <span class="title">${c.title}<span class="mono">${c.id}</span></span>
      <span class="side"><#if l.baselineNote??><span class="pill">${l.baselineNote}</span> </#if><span class="sev">${c.severity}</span> · <#if c.status == "n/a" || c.status == "suppressed">—<#else><b>${l.score}</b></#if></span>
    </summary>
    <div class="body">
      <#if c.description??><p>${md(c.description)}</p></#if>
      <#if l.findings?has_content>
      <ul class="findings"><#list l.findings as f><li><#if f.location??><span class="loc">${f.location}</span> </#if>${f.message}<#if f.resource??> <span class="muted">(${f.resource})</span></#if></li></#list><#if l.moreFindings gt 0><li class="muted">… and ${l.moreFindings} more (see readiness.json)</li></#if></ul>
      </#if>
      <#if c.baselinedFindings?has_content>
      <p class="muted">Baselined (not gating):</p>
      <ul class="findings muted"><#list c.baselinedFindings as f><li><#if f.file??><span class="loc">${f.file}<#if f.line??>:${f.line}</#if></span> </#if>${f.message}<#if f.resource??> (${f.resource})</#if></li></#list></ul>
      <#elseif c.baselined!false>
      <p class="muted">Baselined: this check already failed when the baseline was recorded (not gating).</p>
      </#if>
      <#if c.suppression??><p class="muted">Suppressed: ${c.suppression.reason}<#if c.suppression.expires??> (until ${c.suppression.expires})</#if> · ${c.suppression.source!}</p></#if>
      <#if c.error??><p class="poor">Policy error: ${c.error}</p></#if>
      <#if (c.status == "fail" || c.status == "warn") && c.remediation.summary??><p><strong>Fix:</strong> ${md(c.remediation.summary)}<#if l.fix??> Run <code>${l.fix}</code>.</#if></p></#if>
      <p class="muted">Area: ${c.category!"custom"} · <code>readiness explain ${c.id}</code></p>
    </div>
  </details>
  </#list>
  </#list>
  </div>
</section>

<#if r.baseline??>
<section class="card" aria-label="Baselined findings" id="baselined">
  <h2>Baselined (${r.baseline.baselined})</h2>
  <p class="muted">${r.baseline.baselined} failing finding(s) are in the baseline <code>${r.baseline.file}</code>: reported and scored, but they do not fail the gate. ${r.baseline.newFindings} new.<#if r.baseline.fixed gt 0> ${r.baseline.fixed} baseline finding(s) match nothing any more (fixed since baseline): rewrite the baseline with <code>--write-baseline</code> to prune them.</#if></p>
  <#if v.baselined?has_content>
  <ul class="findings"><#list v.baselined as b><li><code class="muted">${b.check.id}</code> <#if b.finding??><#if b.finding.location??><span class="loc">${b.finding.location}</span> </#if>${b.finding.message}<#if b.finding.resource??> <span class="muted">(${b.finding.resource})</span></#if><#else>Not met: ${b.check.title}</#if></li></#list><#if v.moreBaselined gt 0><li class="muted">… and ${v.moreBaselined} more (see readiness.json)</li></#if></ul>
  </#if>
</section>
</#if>

<#if r.diagnostics?has_content>
<section class="card" aria-label="Diagnostics">
  <h2>Diagnostics (${r.diagnostics?size})</h2>
  <ul class="diag"><#list r.diagnostics as d><li><span class="pill ${(d.level == 'error')?then('fail', 'warn')}">${d.level}</span> <#if d.file??><span class="loc">${d.file}<#if d.line??>:${d.line}</#if></span> </#if>${d.message}</li></#list></ul>
</section>
</#if>

<footer>
  <p><strong>Scoring.</strong> ${v.formula} Verdict: Production Ready at 8.0 or more with no failing critical or high check; Ready with caveats at 6.0 or more with no failing critical check; otherwise NOT Production Ready.</p>
  <p>Inputs: ${r.inputs.compose?size} compose file(s), ${r.inputs.dockerfiles?size} Dockerfile(s), ${r.inputs.env?size} env file(s), ${r.inputs.workflows?size} workflow(s), Docker ${r.inputs.docker}.</p>
</footer>
</main>
<script>
(function () {
  "use strict";
  var state = {category: "", status: ""};
  var checks = Array.prototype.slice.call(document.querySelectorAll("#checks .check"));
  var buttons = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var bars = Array.prototype.slice.call(document.querySelectorAll(".bar[data-category]"));
  var count = document.getElementById("shown-count");
  function apply() {
    var shown = 0;
    checks.forEach(function (el) {
      var ok = (!state.category || el.getAttribute("data-category") === state.category) &&
               (!state.status || el.getAttribute("data-status") === state.status);
      el.hidden = !ok;
      if (ok) { shown++; }
    });
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(state[b.getAttribute("data-filter")] === b.getAttribute("data-value")));
    });
    bars.forEach(function (b) { b.classList.toggle("active", state.category === b.getAttribute("data-category")); });
    count.textContent = shown + " of " + checks.length + " checks";
  }
  buttons.forEach(function (b) {
    b.addEventListener("click", function () { state[b.getAttribute("data-filter")] = b.getAttribute("data-value"); apply(); });
  });
  bars.forEach(function (b) {
    b.addEventListener("click", function () {
      var c = b.getAttribute("data-category");
      state.category = state.category === c ? "" : c;
      apply();
      document.getElementById("checks").scrollIntoView({behavior: "smooth", block: "start"});
    });
  });
  var expand = document.getElementById("expand-all");
  expand.addEventListener("click", function () {
    var open = expand.textContent === "Expand all";
    checks.forEach(function (el) { if (!el.hidden) { el.open = open; } });
    expand.textContent = open ? "Collapse all" : "Expand all";
  });
  window.addEventListener("beforeprint", function () { checks.forEach(function (el) { el.open = true; }); });
  document.querySelectorAll(".gaps a").forEach(function (a) {
    a.addEventListener("click", function () {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (target) { state.category = ""; state.status = ""; apply(); target.open = true; }
    });
  });
  checks.forEach(function (el) { if (el.getAttribute("data-status") === "fail") { el.open = true; } });
  apply();
})();
</script>
</body>
</html>
