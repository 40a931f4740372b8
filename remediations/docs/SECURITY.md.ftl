[=marker]
# Security policy

## Reporting a vulnerability

Please report vulnerabilities privately through GitHub's **Security → Report a vulnerability**
(private vulnerability reporting) on this repository, not in public issues. Include what is
affected, how to reproduce it, and the impact you see. We acknowledge reports within 3 working
days and keep you informed until a fix is released.

## Supported versions

Only the latest release and the [#if mainBranch??]`[=mainBranch]`[#else]default[/#if] branch receive security fixes.
[#if nonRoot || secretsIgnored || imageScan || dependencyUpdates]

## How this project is operated

[#if nonRoot]
- Containers run as non-root users.
[/#if]
[#if secretsIgnored]
- Secrets are provided through environment files that are never committed (`[=envTemplate]` documents them); rotate any secret that was ever committed.
[/#if]
[#if imageScan]
- Images are scanned for known vulnerabilities in CI.
[/#if]
[#if dependencyUpdates]
- Dependency updates are proposed automatically.
[/#if]
[/#if]
