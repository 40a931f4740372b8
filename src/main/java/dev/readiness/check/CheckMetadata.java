package dev.readiness.check;

import java.util.List;

/**
 * Everything known about a check, read from its Rego {@code # METADATA} block (the single source for
 * {@code rules}, {@code explain}, SARIF rule help and the reports).
 *
 * @param id stable check ID, e.g. {@code security.container.non-root}
 * @param title one-line title
 * @param category infrastructure, automation, security, monitoring, documentation or custom
 * @param severity severity (may be overridden by configuration before scoring)
 * @param description what it looks for and why it matters
 * @param evidence the kinds of evidence the check accepts
 * @param remediation short remediation summary
 * @param fixable whether {@code readiness fix} can remediate it
 * @param seed the seed-audit line it automates, or null
 * @param source where the policy lives (file path or bundle entrypoint)
 */
public record CheckMetadata(String id, String title, String category, Severity severity, String description,
                            List<String> evidence, String remediation, boolean fixable, String seed, String source) {}
