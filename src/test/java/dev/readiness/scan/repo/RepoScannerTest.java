package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoScannerTest {
  @TempDir Path dir;
  private int fixtures;

  private RepoFacts scan(Map<String, String> files) {
    return RepoFixture.scan(dir.resolve("f" + fixtures++), files);
  }

  @Test
  void docsKindsHeadingsAndRunCommands() {
    RepoFacts r = scan(Map.of(
        "README.md", "# App\n\nIntro\n\n```python\n# not a heading\nprint()\n```\n\nSetup\n-----\n\n```bash\ndocker compose up -d\n```\n",
        "docs/DEPLOYMENT.md", "# Deploying\n## Environments\n",
        "RUNBOOK.md", "# Runbook\n",
        "CHANGELOG.md", "# Changelog\n",
        "SECURITY.md", "# Security\n"));
    RepoFacts.Doc readme = r.docs().stream().filter(d -> d.file().equals("README.md")).findFirst().orElseThrow();
    assertEquals(List.of("App", "Setup"), readme.headings().stream().map(RepoFacts.Heading::text).toList());
    assertEquals(10, readme.headings().get(1).line());
    assertEquals(2, readme.headings().get(1).level());
    assertEquals(2, readme.codeBlocks());
    assertTrue(readme.hasRunCommand());
    assertEquals(List.of("changelog", "readme", "runbook", "security", "deployment"),
        r.docs().stream().map(RepoFacts.Doc::kind).toList());
  }

  @Test
  void scriptsStrictModeHealthWaitRollbackBackup() {
    RepoFacts r = scan(Map.of(
        "scripts/deploy-prod.sh", String.join("\n",
            "#!/usr/bin/env bash",
            "set -euo pipefail",
            "PREVIOUS_TAG=$(cat .last-tag)",
            "docker compose -f compose.yaml -f compose.prod.yaml pull",
            "docker compose -f compose.yaml -f compose.prod.yaml up -d",
            "for i in $(seq 1 30); do",
            "  if curl -fsS http://localhost:8000/health; then exit 0; fi",
            "  sleep 2",
            "done",
            "echo 'unhealthy, rolling back'",
            "kubectl rollout undo deployment/app"),
        "backup.sh", "#!/bin/sh\nset -e\npg_dump -h db app | gzip > /backups/app.sql.gz\nrestic backup /backups\n",
        "up.sh", "docker compose up -d --wait\n"));
    RepoFacts.Script deploy = r.scripts().stream().filter(s -> s.file().equals("scripts/deploy-prod.sh")).findFirst().orElseThrow();
    assertEquals("deploy", deploy.kind());
    assertTrue(deploy.setE() && deploy.pipefail() && deploy.healthWait() && deploy.rollback() && deploy.kubectl());
    assertEquals(List.of("compose.yaml", "compose.prod.yaml"), deploy.composeCalls().get(1).files());
    assertEquals("up -d", deploy.composeCalls().get(1).command());
    RepoFacts.Script backup = r.scripts().stream().filter(s -> s.file().equals("backup.sh")).findFirst().orElseThrow();
    assertEquals("backup", backup.kind());
    assertEquals("sh", backup.shell());
    assertEquals(List.of("pg_dump", "restic"), backup.backupTools());
    RepoFacts.Script up = r.scripts().stream().filter(s -> s.file().equals("up.sh")).findFirst().orElseThrow();
    assertTrue(up.healthWait());
    assertTrue(up.composeCalls().get(0).waits());
  }

  @Test
  void makefileTargets() {
    RepoFacts r = scan(Map.of("Makefile", ".PHONY: test deploy\nVAR := x\ntest:\n\tpytest -q\n\ndeploy: build\n\tkubectl apply -f k8s/\nbuild push:\n\tdocker build -t app .\n"));
    assertEquals(List.of("test", "deploy", "build", "push"), r.makeTargets().stream().map(RepoFacts.MakeTarget::name).toList());
    assertEquals(6, r.makeTargets().get(1).line());
    assertEquals(List.of("deploy"), r.makeTargets().get(1).intents());
    assertEquals(List.of("test"), r.makeTargets().get(0).intents());
  }

  @Test
  void monitoringFiles() {
    RepoFacts r = scan(Map.of(
        "monitoring/prometheus.yml", "global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: backend\n    static_configs: [{targets: ['backend:8000']}]\n  - job_name: node\n",
        "monitoring/alerts.yml", "groups:\n  - name: app\n    rules:\n      - alert: Down\n        expr: up == 0\n      - alert: Slow\n        expr: x > 1\n",
        "monitoring/alertmanager.yml", "route:\n  receiver: ops\nreceivers:\n  - name: ops\n",
        "grafana/provisioning/dashboards/default.yml", "apiVersion: 1\n",
        "grafana/dashboards/app.json", "{\"panels\": []}",
        "promtail/promtail.yml", "clients: []\n"));
    RepoFacts.Monitoring m = r.monitoring();
    assertEquals(List.of("backend", "node"), m.prometheus().get(0).scrapeJobs());
    assertEquals(3, m.prometheus().get(0).line());
    assertEquals(2, m.alertRules().get(0).count());
    assertEquals("monitoring/alertmanager.yml", m.alertmanager().get(0).file());
    assertEquals(List.of("dashboard-json", "dashboards"), m.grafana().stream().map(RepoFacts.KindFile::kind).sorted().toList());
    assertEquals("promtail", m.logShipping().get(0).kind());
  }

  @Test
  void deployTargets() {
    RepoFacts r = scan(Map.of(
        "k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: app}\n",
        "k8s/backup.yaml", "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: db-backup}\nspec:\n  schedule: '0 2 * * *'\n  jobTemplate: {spec: {template: {spec: {containers: [{name: b, image: postgres, command: [pg_dump]}]}}}}\n",
        "chart/Chart.yaml", "apiVersion: v2\nname: app\n",
        "chart/templates/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n",
        "infra/main.tf", "provider \"aws\" {}\nresource \"aws_ecs_service\" \"app\" {}\n",
        "fly.toml", "app = 'x'\n"));
    List<String> kinds = r.deployTargets().stream().map(t -> t.kind() + ":" + t.detail()).toList();
    assertTrue(kinds.containsAll(List.of("kubernetes:Deployment", "kubernetes:HorizontalPodAutoscaler", "kubernetes:CronJob",
        "helm:app", "terraform:aws", "paas:fly")), kinds::toString);
    assertEquals(5, r.deployTargets().stream().filter(t -> "HorizontalPodAutoscaler".equals(t.detail())).findFirst().orElseThrow().line());
    assertFalse(kinds.contains("kubernetes:null"));
    assertEquals("k8s-cronjob", r.backupSchedules().get(0).kind());
  }

  @Test
  void committedSecretsNeverKeepTheValue() {
    String key = "AKIA" + "ABCDEFGHIJKLMNOP";
    RepoFacts r = scan(Map.of(
        "config/prod.env", "DB_PASSWORD=Zr8#kq2LmP0v!xT\nAPI_TOKEN=changeme\nSECRET_KEY=${SECRET_KEY}\n",
        "deploy/keys.yml", "aws_access_key_id: " + key + "\n",
        "certs/server.pem", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n",
        "docs/guide.md", "DB_PASSWORD=Zr8#kq2LmP0v!xT\n",
        "docker-compose.yml", "services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=postgres\n      - DATABASE_URL=postgresql://app:Xk29!ppQmz71@db/app\n"));
    List<String> found = r.committedSecrets().stream().map(s -> s.file() + ":" + s.line() + ":" + s.kind()).toList();
    assertEquals(List.of("certs/server.pem:1:private-key", "config/prod.env:1:password-assignment",
        "deploy/keys.yml:1:aws-access-key", "docker-compose.yml:5:password-assignment"), found.stream().sorted().toList());
    assertFalse(r.toString().contains("Zr8#kq2LmP0v"), "values never appear in facts");
    assertFalse(r.toString().contains(key));
  }

  @Test
  void secretManagementDependencyBotsSuppressionsAndCronBackups() {
    RepoFacts r = scan(Map.of(
        ".sops.yaml", "creation_rules: []\n",
        "deploy/run.sh", "#!/bin/sh\nexport VAULT_ADDR=https://vault.internal\nvault kv get secret/app\n",
        ".github/dependabot.yml", "version: 2\n",
        "renovate.json", "{}",
        "Dockerfile", "FROM python:3.12\n# readiness:ignore security.container.non-root runs rootless under podman\nUSER root\nRUN echo hi # readiness:ignore infra.dockerfile.production-optimized\n",
        "ops/crontab", "# m h dom mon dow command\n0 3 * * * /opt/app/scripts/backup.sh\n15 * * * * /opt/app/rotate.sh\n",
        "src/Rules.java", "String help = \"write readiness:ignore <id> <reason> in a comment\";\n"));
    assertTrue(r.secretManagement().stream().anyMatch(s -> s.kind().equals("sops") && s.file().equals(".sops.yaml")));
    assertTrue(r.secretManagement().stream().anyMatch(s -> s.kind().equals("vault") && s.line() == 2));
    assertEquals(".github/dependabot.yml", r.dependencyUpdates().dependabot());
    assertEquals("renovate.json", r.dependencyUpdates().renovate());
    assertEquals(2, r.inlineSuppressions().size());
    RepoFacts.InlineSuppression first = r.inlineSuppressions().get(0);
    assertEquals("security.container.non-root", first.checkId());
    assertEquals("runs rootless under podman", first.reason());
    assertEquals(2, first.line());
    assertEquals(3, first.appliesToLine());
    assertEquals(4, r.inlineSuppressions().get(1).appliesToLine());
    assertNull(r.inlineSuppressions().get(1).reason());
    assertEquals(1, r.backupSchedules().size());
    assertEquals("cron", r.backupSchedules().get(0).kind());
    assertEquals(2, r.backupSchedules().get(0).line());
    assertNull(r.gitignore());
  }

  @Test
  void composeBuildsMakeUsedByAndBackupServices() {
    ComposeView compose = new ComposeView(List.of(
        new ComposeView.Service("api", "compose.yaml", 3, null, "api", "api/Dockerfile", true, "gunicorn app:app", List.of("db_password")),
        new ComposeView.Service("db-backup", "compose.yaml", 12, "prodrigestivill/postgres-backup-local:16", null, null, false, null, List.of())),
        List.of("compose.yaml"));
    RepoFacts r = RepoFixture.scan(dir.resolve("c"), Map.of("api/requirements.txt", "flask\n", "api/app.py", "app = Flask(__name__)\n"), compose);
    RepoFacts.Component api = r.components().get(0);
    assertEquals(List.of("compose:api"), api.usedBy());
    assertEquals("api/Dockerfile", api.dockerfile());
    assertEquals(List.of("gunicorn app:app"), api.startCommands());
    assertEquals("compose-service", r.backupSchedules().get(0).kind());
    assertEquals(12, r.backupSchedules().get(0).line());
    assertTrue(r.secretManagement().stream().anyMatch(s -> s.kind().equals("compose-secrets")));
  }
}
