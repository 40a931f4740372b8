package dev.readiness.check;

import java.util.List;

/**
 * The result of one check on one repository.
 *
 * @param metadata the check's metadata (severity already adjusted by configuration)
 * @param status pass, warn, fail, n/a, error or suppressed
 * @param score 0-10, or null when n/a (and when suppressed)
 * @param findings failing or partial items (also kept for suppressed checks)
 * @param passing for counting checks the number of passing items, else null
 * @param total for counting checks the number of items judged, else null
 * @param suppression the suppression applied, or null
 * @param error the policy error message when status is error, else null
 */
public record CheckResult(CheckMetadata metadata, Status status, Double score, List<Finding> findings,
                          Integer passing, Integer total, Suppression suppression, String error) {}
