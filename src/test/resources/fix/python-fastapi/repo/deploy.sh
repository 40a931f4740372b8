#!/bin/bash
set -e
git pull origin main
docker-compose -f docker-compose.yml up -d --build
echo "deployed"
