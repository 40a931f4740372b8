#!/bin/bash
# Start the MVP stack locally in Docker.

echo "Starting MVP stack..."
docker-compose up -d --build

echo "Waiting for services to start..."
sleep 10

echo "Running database migrations..."
docker-compose exec backend alembic upgrade head

echo "MVP is running:"
echo "  API:      http://localhost:8000"
echo "  Frontend: http://localhost:3000"
