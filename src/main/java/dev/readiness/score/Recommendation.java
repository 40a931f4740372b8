package dev.readiness.score;

/**
 * One step of the phased plan.
 *
 * @param checkId the check it closes
 * @param action what to do (the check's remediation, or its title when it has none)
 * @param fix the command that remediates it ({@code readiness fix --only <id>}), or null when fix cannot
 * @param partial true when the check is partially met
 */
public record Recommendation(String checkId, String action, String fix, boolean partial) {}
