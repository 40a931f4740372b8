#!/bin/bash
set -e

# Generic deployment: pull the latest code on the server and restart the stack.
BRANCH=${1:-main}

echo "Deploying branch $BRANCH..."
git pull origin "$BRANCH"

docker-compose -f docker-compose.yml build
docker-compose -f docker-compose.yml up -d

docker image prune -f
echo "Deployment complete."
