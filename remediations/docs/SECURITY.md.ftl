[=marker]
# Security policy

## Reporting a vulnerability

Please report vulnerabilities privately through GitHub's **Security → Report a vulnerability**
(private vulnerability reporting) on this repository, not in public issues. Include what is
affected, how to reproduce it, and the impact you see. We acknowledge reports within 3 working
days and keep you informed until a fix is released.

## Supported versions

Only the latest release and the `main` branch receive security fixes.

## How this project is operated

- Containers run as non-root users; production settings live in `[=productionFile]`.
- Secrets are provided through environment files that are never committed (`[=envTemplate]` documents them); rotate any secret that was ever committed.
- Images are rebuilt and scanned in CI; dependency updates are proposed by Dependabot.
