package dev.readiness.scan.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.scan.TestScanContext;
import dev.readiness.scan.workflow.WorkflowFacts.Job;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowScannerTest {
  @TempDir Path dir;

  private TestScanContext ctx;
  private int fixtures;

  private WorkflowFacts scanOne(String path, String text) {
    ctx = TestScanContext.of(dir.resolve("f" + fixtures++), Map.of(path, text));
    List<WorkflowFacts> all = new WorkflowScanner().scan(ctx);
    assertEquals(1, all.size(), () -> "diagnostics: " + ctx.diagnostics);
    return all.get(0);
  }

  @Test
  void githubTriggersPermissionsJobsAndSteps() {
    WorkflowFacts w = scanOne(".github/workflows/ci.yml", String.join("\n",
        "name: CI",
        "on:",
        "  push:",
        "    branches: [main]",
        "    tags: ['v*']",
        "  pull_request:",
        "  schedule:",
        "    - cron: '0 3 * * *'",
        "permissions:",
        "  contents: read",
        "jobs:",
        "  test:",
        "    runs-on: ubuntu-latest",
        "    services:",
        "      postgres:",
        "        image: postgres:16",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c",
        "      - name: Run tests",
        "        run: |",
        "          pip install -r requirements.txt",
        "          pytest -q",
        "  image:",
        "    needs: test",
        "    permissions: write-all",
        "    runs-on: [self-hosted, linux]",
        "    if: github.ref == 'refs/heads/main'",
        "    steps:",
        "      - uses: docker/login-action@v3",
        "        with:",
        "          password: ${{ secrets.DOCKERHUB_TOKEN }}",
        "      - uses: docker/build-push-action@v6",
        "        with:",
        "          push: true",
        "      - uses: aquasecurity/trivy-action@0.28.0",
        "  deploy:",
        "    needs: [image]",
        "    environment:",
        "      name: production",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: ssh deploy@host 'docker compose -f docker-compose.yml -f docker-compose.prod.yml up -d'",
        "      - run: curl -fsS https://example.com/health",
        "      - run: echo ${{ secrets['SSH_KEY'] }}",
        ""));
    assertEquals("github", w.provider());
    assertEquals("CI", w.name());
    assertEquals(List.of("push", "pull_request", "schedule"), w.triggers().stream().map(WorkflowFacts.Trigger::event).toList());
    assertEquals(List.of("main"), w.triggers().get(0).branches());
    assertEquals(List.of("v*"), w.triggers().get(0).tags());
    assertEquals(List.of("0 3 * * *"), w.triggers().get(2).cron());
    assertEquals(3, w.triggers().get(0).line());
    assertEquals("read", w.permissions().scopes().get("contents"));
    assertEquals(9, w.permissions().line());
    Job test = w.jobs().get(0);
    assertEquals(12, test.line());
    assertEquals(List.of("postgres"), test.services());
    assertEquals(List.of("test"), test.intents());
    assertFalse(test.steps().get(0).uses().thirdParty());
    assertFalse(test.steps().get(0).uses().pinned());
    assertTrue(test.steps().get(1).uses().pinned());
    assertEquals(20, test.steps().get(2).line());
    Job image = w.jobs().get(1);
    assertTrue(image.permissions().writeAll());
    assertEquals("self-hosted,linux", image.runsOn());
    assertEquals(List.of("test"), image.needs());
    assertEquals("github.ref == 'refs/heads/main'", image.condition());
    assertEquals(List.of("build-image", "push-image", "scan"), image.intents());
    assertTrue(image.steps().get(2).uses().thirdParty());
    Job deploy = w.jobs().get(2);
    assertEquals("production", deploy.environment());
    assertTrue(deploy.intents().containsAll(List.of("deploy", "smoke-test")));
    assertEquals(List.of("docker-compose.yml", "docker-compose.prod.yml"), w.composeFiles());
    assertEquals(List.of("DOCKERHUB_TOKEN", "SSH_KEY"), w.secretsReferenced());
    assertEquals(List.of("test", "build-image", "push-image", "deploy", "scan", "smoke-test"), w.intents());
    assertFalse(w.pullRequestTarget());
  }

  @Test
  void onAsListOrStringAndPullRequestTargetHeadCheckout() {
    WorkflowFacts w = scanOne(".github/workflows/pr.yaml", String.join("\n",
        "on: [pull_request_target, workflow_dispatch]",
        "permissions: read-all",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "        with:",
        "          ref: ${{ github.event.pull_request.head.sha }}",
        "      - uses: ./.github/actions/local",
        ""));
    assertTrue(w.pullRequestTarget());
    assertTrue(w.checksOutPrHead());
    assertTrue(w.permissions().readAll());
    assertEquals("local", w.jobs().get(0).steps().get(1).uses().kind());
    assertFalse(w.jobs().get(0).steps().get(1).uses().thirdParty());
    WorkflowFacts s = scanOne(".github/workflows/one.yml", "on: push\njobs:\n  x:\n    uses: acme/infra/.github/workflows/deploy.yml@main\n");
    assertEquals("push", s.triggers().get(0).event());
    assertNull(s.permissions());
    assertEquals(List.of("deploy"), s.jobs().get(0).intents());
  }

  @Test
  void malformedYamlIsADiagnosticWithLine() {
    ctx = TestScanContext.of(dir, Map.of(".github/workflows/bad.yml", "on: push\njobs:\n  a:\n    steps: [\n  b: c\n"));
    assertTrue(new WorkflowScanner().scan(ctx).isEmpty());
    assertEquals(1, ctx.diagnostics.size());
    assertEquals(".github/workflows/bad.yml", ctx.diagnostics.get(0).file());
    assertTrue(ctx.diagnostics.get(0).line() != null && ctx.diagnostics.get(0).line() >= 4);
  }

  @Test
  void gitlabJobsStagesRulesAndIntents() {
    WorkflowFacts w = scanOne(".gitlab-ci.yml", String.join("\n",
        "stages: [test, build, deploy]",
        "default:",
        "  image: python:3.12",
        ".deploy_tpl:",
        "  script:",
        "    - helm upgrade --install app ./chart",
        "unit:",
        "  stage: test",
        "  script:",
        "    - pip install -r requirements.txt",
        "    - pytest",
        "lint:",
        "  script: ruff check .",
        "build_image:",
        "  stage: build",
        "  image:",
        "    name: gcr.io/kaniko-project/executor:debug",
        "  script:",
        "    - /kaniko/executor --context . --destination $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA",
        "  rules:",
        "    - if: $CI_COMMIT_BRANCH == \"main\"",
        "deploy_prod:",
        "  extends: .deploy_tpl",
        "  stage: deploy",
        "  environment: production",
        "  only: [tags]",
        ""));
    assertEquals("gitlab", w.provider());
    assertEquals(List.of("unit", "lint", "build_image", "deploy_prod"), w.jobs().stream().map(Job::id).toList());
    Job unit = w.jobs().get(0);
    assertEquals(List.of("test"), unit.intents());
    assertEquals(11, unit.steps().get(1).line());
    assertEquals("python:3.12", unit.runsOn());
    assertEquals(List.of("lint"), w.jobs().get(1).intents());
    Job image = w.jobs().get(2);
    assertEquals(List.of("build-image", "push-image"), image.intents());
    assertEquals("$CI_COMMIT_BRANCH == \"main\"", image.condition());
    Job deploy = w.jobs().get(3);
    assertEquals("production", deploy.environment());
    assertEquals(List.of("deploy"), deploy.intents());
    assertEquals("helm upgrade --install app ./chart", deploy.steps().get(0).run());
    assertEquals(List.of(), w.triggers().get(0).branches(), "unconstrained jobs run on every push");
    assertEquals(List.of("*"), w.triggers().get(0).tags());
  }

  @Test
  void jenkinsStagesAndShSteps() {
    WorkflowFacts w = scanOne("Jenkinsfile", String.join("\n",
        "pipeline {",
        "  agent { docker { image 'maven:3.9' } }",
        "  triggers { cron('H 2 * * *') }",
        "  stages {",
        "    stage('Test') {",
        "      steps { sh 'mvn -B verify' }",
        "    }",
        "    stage('Deploy') {",
        "      when { branch 'main' }",
        "      steps {",
        "        sh \"\"\"",
        "          kubectl set image deploy/app app=registry/app:${BUILD_NUMBER}",
        "          kubectl rollout status deploy/app",
        "        \"\"\"",
        "      }",
        "    }",
        "  }",
        "}",
        ""));
    assertEquals("jenkins", w.provider());
    assertEquals(2, w.jobs().size());
    assertEquals(5, w.jobs().get(0).line());
    assertEquals(List.of("test"), w.jobs().get(0).intents());
    assertEquals(6, w.jobs().get(0).steps().get(0).line());
    assertEquals("branch main", w.jobs().get(1).condition());
    assertEquals(List.of("deploy", "smoke-test"), w.jobs().get(1).intents());
    assertEquals("maven:3.9", w.jobs().get(0).runsOn());
    assertEquals(List.of("H 2 * * *"), w.triggers().get(1).cron());
    assertEquals(List.of("main"), w.triggers().get(0).branches());
  }

  @Test
  void circleciAzureBitbucket() {
    WorkflowFacts c = scanOne(".circleci/config.yml", String.join("\n",
        "version: 2.1",
        "orbs:",
        "  aws-ecr: circleci/aws-ecr@9.0.4",
        "jobs:",
        "  test:",
        "    docker:",
        "      - image: cimg/node:20.11",
        "    steps:",
        "      - checkout",
        "      - run: npm ci && npm test",
        "      - run:",
        "          name: lint",
        "          command: npx eslint .",
        "  publish:",
        "    machine: true",
        "    steps:",
        "      - aws-ecr/build-and-push-image:",
        "          repo: app",
        "workflows:",
        "  main:",
        "    jobs:",
        "      - test",
        "      - publish:",
        "          requires: [test]",
        "          filters:",
        "            branches:",
        "              only: main",
        ""));
    assertEquals(List.of("test", "lint"), c.jobs().get(0).intents());
    assertEquals("cimg/node:20.11", c.jobs().get(0).runsOn());
    assertEquals(List.of("test"), c.jobs().get(1).needs());
    assertEquals(List.of("build-image", "push-image"), c.jobs().get(1).intents());
    assertEquals("circleci/aws-ecr/build-and-push-image", c.jobs().get(1).steps().get(0).uses().action());
    assertEquals(List.of("main"), c.triggers().get(0).branches());

    WorkflowFacts a = scanOne("azure-pipelines.yml", String.join("\n",
        "trigger:",
        "  branches:",
        "    include: [main]",
        "stages:",
        "  - stage: Build",
        "    jobs:",
        "      - job: build",
        "        pool: { vmImage: ubuntu-latest }",
        "        steps:",
        "          - script: dotnet test",
        "          - task: Docker@2",
        "            inputs:",
        "              command: buildAndPush",
        "  - stage: Release",
        "    jobs:",
        "      - deployment: web",
        "        environment: prod",
        "        strategy:",
        "          runOnce:",
        "            deploy:",
        "              steps:",
        "                - task: AzureWebApp@1",
        ""));
    assertEquals(List.of("main"), a.triggers().get(0).branches());
    assertEquals(List.of("test", "build-image", "push-image"), a.jobs().get(0).intents());
    assertEquals("ubuntu-latest", a.jobs().get(0).runsOn());
    assertEquals("prod", a.jobs().get(1).environment());
    assertTrue(a.jobs().get(1).intents().contains("deploy"));

    WorkflowFacts b = scanOne("bitbucket-pipelines.yml", String.join("\n",
        "image: node:20",
        "pipelines:",
        "  default:",
        "    - step:",
        "        name: Test",
        "        script:",
        "          - npm ci",
        "          - npm test",
        "  branches:",
        "    main:",
        "      - step:",
        "          name: Ship",
        "          deployment: production",
        "          script:",
        "            - pipe: atlassian/ssh-run:0.8.0",
        "            - alembic upgrade head",
        ""));
    assertEquals(2, b.jobs().size());
    assertEquals(List.of("test"), b.jobs().get(0).intents());
    assertEquals(List.of("deploy", "migrate"), b.jobs().get(1).intents());
    assertEquals(List.of("main"), b.triggers().get(1).branches());
  }

  @Test
  void aJobCallingALocalReusableWorkflowDoesWhatItDoes() {
    TestScanContext c = TestScanContext.of(dir.resolve("reusable"), Map.of(
        ".github/workflows/main.yml", "on:\n  push:\n    branches: [main]\njobs:\n  ship:\n    uses: ./.github/workflows/release-app.yml\n    secrets: inherit\n",
        ".github/workflows/release-app.yml", "on: workflow_call\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kubectl apply -f k8s/\n"));
    WorkflowFacts main = new WorkflowScanner().scan(c).stream().filter(w -> w.file().endsWith("main.yml")).findFirst().orElseThrow();
    assertTrue(main.jobs().get(0).intents().contains("deploy"), main.jobs().get(0).intents()::toString);
    assertTrue(main.intents().contains("deploy"));
  }

  @Test
  void aStepRunningARepositoryScriptFunctionDoesWhatTheFunctionDoes() {
    TestScanContext c = TestScanContext.of(dir.resolve("script"), Map.of(
        ".github/workflows/ci.yml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          ./run ci:install-deps\n          ./run ci:test\n",
        "run", "#!/usr/bin/env bash\nlint:dockerfile() {\n  docker container run --rm -i hadolint/hadolint hadolint - <Dockerfile\n}\n\n"
            + "deploy() {\n  kubectl apply -f k8s/\n}\n\nci:test() {\n  lint:dockerfile \"${@}\"\n  docker compose build\n}\n\nci:install-deps() {\n  sudo apt-get install -y curl\n}\n"));
    WorkflowFacts ci = new WorkflowScanner().scan(c).get(0);
    List<String> intents = ci.jobs().get(0).steps().get(0).intents();
    assertTrue(intents.contains("scan-image") && intents.contains("build-image"), intents::toString);
    assertFalse(intents.contains("deploy"), "only the named function and what it calls count, not the whole script");
  }
}
