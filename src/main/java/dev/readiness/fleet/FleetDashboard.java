package dev.readiness.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.readiness.report.Templates;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link FleetSummary} as one self-contained HTML dashboard ({@code reports/fleet.html.ftl}: inline CSS
 * and SVG, no script or resource from outside the page) and as JSON for other tools.
 */
public final class FleetDashboard {
  private final FleetSummary fleet;
  private final String generatedAt;
  private final String version;

  public FleetDashboard(FleetSummary fleet, String generatedAt, String version) {
    this.fleet = fleet;
    this.generatedAt = generatedAt;
    this.version = version;
  }

  /** The dashboard page; links to each repository's report are relative to {@code pageDir}. */
  public String html(Path pageDir) throws IOException {
    StringWriter w = new StringWriter();
    new Templates().render("fleet.html.ftl", Map.of("f", model(pageDir)), w);
    return w.toString();
  }

  /** The same figures as JSON. */
  public String json(Path pageDir) throws IOException {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(model(pageDir)) + "\n";
  }

  Map<String, Object> model(Path pageDir) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generatedAt", generatedAt);
    m.put("version", version);
    m.put("repositoryCount", fleet.repos().size());
    List<Map<String, Object>> repos = new ArrayList<>();
    for (FleetSummary.Repo r : fleet.repos()) {
      repos.add(repo(r, pageDir));
    }
    m.put("repositories", repos);
    int[] d = fleet.distribution();
    List<Integer> dist = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      dist.add(d[i]);
    }
    m.put("distribution", dist);
    m.put("unscored", d[10]);
    m.put("distributionMax", java.util.Arrays.stream(d, 0, 10).max().orElse(0));
    List<Map<String, Object>> areas = new ArrayList<>();
    for (FleetSummary.AreaFigures a : fleet.areas()) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("area", a.area());
      am.put("scored", a.scored());
      am.put("mean", a.mean());
      am.put("median", a.median());
      am.put("min", a.min());
      am.put("max", a.max());
      areas.add(am);
    }
    m.put("areas", areas);
    List<Map<String, Object>> checks = new ArrayList<>();
    for (FleetSummary.CheckFigures c : fleet.checks()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("id", c.id());
      cm.put("title", c.title());
      cm.put("category", c.category());
      cm.put("severity", c.severity());
      cm.put("pass", c.pass());
      cm.put("warn", c.warn());
      cm.put("fail", c.fail());
      cm.put("notApplicable", c.other());
      cm.put("passRate", c.passRate() == null ? null : Math.round(c.passRate() * 1000) / 10.0);
      checks.add(cm);
    }
    m.put("checks", checks);
    m.put("blocked", fleet.blocked().stream().map(r -> repo(r, pageDir)).toList());
    m.put("levels", fleet.levelCounts());
    List<Map<String, Object>> ladder = new ArrayList<>();
    fleet.levels().ladder().forEach(l -> ladder.add(Map.of("name", l.name(), "minScore", l.minScore(),
        "noBlockers", l.noBlockers())));
    m.put("ladder", ladder);
    return m;
  }

  private static Map<String, Object> repo(FleetSummary.Repo r, Path pageDir) {
    ScanSummary s = r.latest();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("commit", s.commit() == null ? "" : s.commit().substring(0, Math.min(12, s.commit().length())));
    m.put("scannedAt", s.scannedAt());
    m.put("overall", s.overall());
    Map<String, Object> scores = new LinkedHashMap<>();
    FleetSummary.AREAS.forEach(a -> scores.put(a, s.scores().get(a)));
    m.put("scores", scores);
    m.put("verdict", s.verdictLevel());
    m.put("verdictLabel", s.verdictLabel());
    m.put("level", r.level() == null ? "none" : r.level());
    m.put("criticalFailures", s.criticalFailures());
    m.put("blockers", s.blockers());
    m.put("link", link(pageDir, s.html() != null ? s.html() : s.report()));
    m.put("trend", r.trend().stream().map(p -> p.overall() == null ? 0.0 : p.overall()).toList());
    m.put("trendPoints", sparkline(r.trend()));
    return m;
  }

  /** SVG polyline points (100 x 24 box) of the overall score over the repository's scans; empty under two. */
  static String sparkline(List<FleetSummary.TrendPoint> trend) {
    if (trend.size() < 2) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < trend.size(); i++) {
      double x = 100.0 * i / (trend.size() - 1);
      double v = trend.get(i).overall() == null ? 0 : trend.get(i).overall();
      double y = 24 - 24 * Math.max(0, Math.min(10, v)) / 10;
      sb.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", x, y));
    }
    return sb.toString();
  }

  /** A relative link from the page's directory to a report, percent-encoded. */
  static String link(Path pageDir, Path target) {
    Path from = pageDir.toAbsolutePath().normalize();
    Path to = target.toAbsolutePath().normalize();
    String rel = from.relativize(to).toString().replace('\\', '/');
    try {
      return new URI(null, null, rel, null).toASCIIString();
    } catch (URISyntaxException e) {
      return rel;
    }
  }
}
