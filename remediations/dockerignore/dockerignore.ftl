[=marker]
# Keeps the build context small and secrets out of the image.
.git
.gitignore
.dockerignore
**/.env
**/.env.*
!**/.env.example
*.pem
*.key
Dockerfile*
docker-compose*.yml
compose*.yaml
**/.DS_Store
[#if c.ecosystem == "node"]
node_modules
npm-debug.log*
yarn-error.log*
.pnpm-store
dist
build
coverage
.next
[#elseif c.ecosystem == "python"]
**/__pycache__
**/*.py[cod]
.venv
venv
.pytest_cache
.mypy_cache
.ruff_cache
.coverage
htmlcov
*.egg-info
[#elseif c.ecosystem == "java"]
target
build
.gradle
.idea
*.iml
[#elseif c.ecosystem == "go"]
bin
*.test
coverage.out
[/#if]
