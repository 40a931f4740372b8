<#ftl output_format="HTML" strip_whitespace=true>
<#-- The fleet dashboard: one self-contained page. Every ${} is HTML-escaped; the CSP forbids any load from outside
     the page, so it works offline (as a CI artifact) and cannot leak what it shows. -->
<#function tone score=""><#if !score?is_number><#return "na"><#elseif score gte 8><#return "good"><#elseif score gte 6><#return "fair"><#else><#return "poor"></#if></#function>
<#function num v=""><#if v?is_number><#return v?string("0.0")><#else><#return "n/a"></#if></#function>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Readiness fleet: ${f.repositoryCount} repositories</title>
<style>
:root{--bg:#f6f7f9;--card:#fff;--ink:#1b1f24;--muted:#5b6470;--line:#e3e6ea;--good:#1a7f37;--fair:#b26b00;--poor:#c62828;--na:#8a939e;--accent:#2f5bd3;--good-bg:#e7f5ec;--fair-bg:#fff4e0;--poor-bg:#fdecec;--na-bg:#eef0f3}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top{background:#11161d;color:#fff;padding:14px 32px;display:flex;align-items:baseline;gap:16px;flex-wrap:wrap}
header.top .brand{font-weight:700}header.top .meta{color:#aab4c0;font-size:13px}
main{max-width:1280px;margin:0 auto;padding:24px 32px 48px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px 24px;margin-bottom:20px;overflow-x:auto}
h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:0 0 14px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:20px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.good{color:var(--good)}.fair{color:var(--fair)}.poor{color:var(--poor)}.na{color:var(--na)}
.pill{border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;background:var(--na-bg);color:var(--muted);white-space:nowrap}
.pill.ready,.pill.gold{background:#fff3c4;color:#7a5a00}.pill.silver{background:#eceff3;color:#3d4650}.pill.bronze{background:#f6e6da;color:#7a3f12}
.pill.ready{background:var(--good-bg);color:var(--good)}.pill.caveats{background:var(--fair-bg);color:var(--fair)}.pill.not-ready{background:var(--poor-bg);color:var(--poor)}
.bar{height:10px;background:var(--na-bg);border-radius:5px;overflow:hidden;min-width:80px}.bar span{display:block;height:100%;background:var(--good)}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;overflow-wrap:anywhere}
svg.spark{width:100px;height:24px}svg.spark polyline{fill:none;stroke:var(--accent);stroke-width:1.5}
svg.dist{width:100%;height:160px}svg.dist rect{fill:var(--accent)}svg.dist text{font-size:10px;fill:var(--muted)}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
footer{color:var(--muted);font-size:12px}
@media (max-width:900px){.grid{grid-template-columns:1fr}main{padding:16px}}
</style>
</head>
<body>
<header class="top"><span class="brand">readiness fleet</span><span class="meta">${f.repositoryCount} repositories · generated ${f.generatedAt} · readiness ${f.version}</span></header>
<main>
<section class="grid">
<div class="card">
<h2>Overall score distribution</h2>
<#assign max = (f.distributionMax gt 0)?then(f.distributionMax, 1)>
<svg class="dist" viewBox="0 0 300 160" role="img" aria-label="Repositories per overall score bucket">
<#list f.distribution as n>
<#assign h = (120 * n / max)>
<rect x="${(2 + n?index * 30)?c}" y="${(130 - h)?c}" width="26" height="${h?c}"><title>${n?index}-${n?index + 1}: ${n}</title></rect>
<text x="${(15 + n?index * 30)?c}" y="145" text-anchor="middle">${n?index}</text>
<#if n gt 0><text x="${(15 + n?index * 30)?c}" y="${(126 - h)?c}" text-anchor="middle">${n}</text></#if>
</#list>
</svg>
<#if f.unscored gt 0><p class="na">${f.unscored} repositories have no overall score.</p></#if>
</div>
<div class="card">
<h2>Levels</h2>
<table><tr><th>level</th><th>rule</th><th class="n">repositories</th></tr>
<#list f.ladder as l><tr><td><span class="pill ${l.name}">${l.name}</span></td><td>overall ≥ ${num(l.minScore)}<#if l.noBlockers>, no blocking check</#if></td><td class="n">${f.levels[l.name]}</td></tr></#list>
<tr><td><span class="pill">none</span></td><td>below every level</td><td class="n">${f.levels["none"]}</td></tr>
</table>
<h2 style="margin-top:18px">Areas across the fleet</h2>
<table><tr><th>area</th><th class="n">median</th><th class="n">mean</th><th class="n">min</th><th class="n">max</th><th class="n">scored</th></tr>
<#list f.areas as a><tr><td>${a.area}</td><td class="n ${tone(a.median!"")}">${num(a.median!"")}</td><td class="n">${num(a.mean!"")}</td><td class="n">${num(a.min!"")}</td><td class="n">${num(a.max!"")}</td><td class="n">${a.scored}</td></tr></#list>
</table>
</div>
</section>
<section class="card">
<h2>Blocked by critical failures (${f.blocked?size})</h2>
<#if f.blocked?has_content>
<table><tr><th>repository</th><th>failing critical checks</th><th class="n">overall</th></tr>
<#list f.blocked as r><tr><td><a href="${r.link}">${r.name}</a></td><td class="mono">${r.criticalFailures?join(", ")}</td><td class="n ${tone(r.overall!"")}">${num(r.overall!"")}</td></tr></#list>
</table>
<#else><p class="good">No repository fails a critical check.</p></#if>
</section>
<section class="card">
<h2>Repositories</h2>
<table><tr><th>repository</th><th>level</th><th>verdict</th><th class="n">overall</th><th class="n">infra</th><th class="n">autom.</th><th class="n">security</th><th class="n">monit.</th><th class="n">docs</th><th>trend</th><th>commit</th></tr>
<#list f.repositories as r><tr>
<td><a href="${r.link}">${r.name}</a></td><td><span class="pill ${r.level}">${r.level}</span></td><td><span class="pill ${r.verdict}">${r.verdictLabel}</span></td>
<td class="n ${tone(r.overall!"")}"><b>${num(r.overall!"")}</b></td>
<#list r.scores as area, s><td class="n ${tone(s!"")}">${num(s!"")}</td></#list>
<td><#if r.trendPoints?has_content><svg class="spark" viewBox="0 0 100 24" role="img" aria-label="overall over ${r.trend?size} scans"><polyline points="${r.trendPoints}"/></svg><#else><span class="na">one scan</span></#if></td>
<td class="mono">${r.commit}</td></tr></#list>
</table>
</section>
<section class="card">
<h2>Checks across the fleet (least passed first)</h2>
<table><tr><th>check</th><th>severity</th><th>pass rate</th><th class="n">pass</th><th class="n">partial</th><th class="n">fail</th><th class="n">n/a</th></tr>
<#list f.checks as c><tr><td>${c.title}<br><span class="mono na">${c.id}</span></td><td>${c.severity}</td>
<td><#if c.passRate??><div class="bar" title="${num(c.passRate)}%"><span style="width:${c.passRate?c}%"></span></div>${num(c.passRate)}%<#else><span class="na">never applied</span></#if></td>
<td class="n">${c.pass}</td><td class="n">${c.warn}</td><td class="n">${c.fail}</td><td class="n">${c.notApplicable}</td></tr></#list>
</table>
</section>
<footer>Each repository's latest scan is shown; earlier scans of the same repository draw its trend. Pass rate counts repositories where the check applied.</footer>
</main>
</body>
</html>
