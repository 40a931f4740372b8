[=marker]
# Deploys the compose stack to the production host over SSH on main and version tags: records the
# running release, rolls out, waits until every container is healthy, and rolls back automatically
# when it does not get there. Needs the secrets DEPLOY_HOST, DEPLOY_USER, DEPLOY_SSH_KEY,
# DEPLOY_KNOWN_HOSTS and DEPLOY_PATH (a clone of this repository on the host) in the
# "production" environment, whose protection rules (reviewers, branches) gate every run.
name: Deploy

on:
  push:
[#if mainBranch??]
    branches: [[=mainBranch]]
[/#if]
    tags: ["v*"]
  workflow_dispatch:
    inputs:
      ref:
        description: Git ref to deploy (a previous tag or commit rolls back to it)
        required: false

permissions:
  contents: read

concurrency:
  group: deploy-production
  cancel-in-progress: false

jobs:
  deploy:
    name: Deploy to production
    runs-on: ubuntu-latest
    environment:
      name: production
    timeout-minutes: 30
    steps:
      - name: Configure SSH
        env:
          DEPLOY_SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
          DEPLOY_KNOWN_HOSTS: ${{ secrets.DEPLOY_KNOWN_HOSTS }}
        run: |
          install -m 700 -d ~/.ssh
          printf '%s\n' "$DEPLOY_SSH_KEY" > ~/.ssh/deploy_key
          chmod 600 ~/.ssh/deploy_key
          printf '%s\n' "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts

      - name: Roll out and verify health (rolls back on failure)
        env:
          DEPLOY_HOST: ${{ secrets.DEPLOY_HOST }}
          DEPLOY_USER: ${{ secrets.DEPLOY_USER }}
          DEPLOY_PATH: ${{ secrets.DEPLOY_PATH }}
          REF: ${{ github.event.inputs.ref || github.sha }}
        run: |
          ssh -i ~/.ssh/deploy_key "$DEPLOY_USER@$DEPLOY_HOST" bash -s -- "$DEPLOY_PATH" "$REF" <<'REMOTE'
          set -euo pipefail
          cd "$1"
          export COMPOSE_FILE="[=composeFileVar]"
          mkdir -p .deploy
          git rev-parse HEAD > .deploy/previous
          git fetch --prune --tags origin
          git checkout --force "$2"
          if docker compose version >/dev/null 2>&1; then compose="docker compose"; else compose="docker-compose"; fi
          $compose up -d --build --remove-orphans
          if ! scripts/wait-for-healthy.sh "${HEALTH_TIMEOUT:-180}"; then
            echo "release $2 is not healthy: rolling back to $(cat .deploy/previous)" >&2
            scripts/rollback.sh
            exit 1
          fi
          git rev-parse HEAD > .deploy/current
          REMOTE

      - name: Summary
        if: always()
        run: echo "Deployed ${{ github.event.inputs.ref || github.sha }} (job status ${{ job.status }})" >> "$GITHUB_STEP_SUMMARY"
