package dev.readiness.config;

/**
 * An inline {@code # readiness:ignore <id> <reason>} comment, as the repo scanner reports it.
 *
 * @param file repo-relative file holding the comment
 * @param line line of the comment
 * @param checkId the check it silences
 * @param reason the text after the ID (may be empty)
 * @param appliesToLine the line it covers (the comment's own line, or the next one for a comment on a line of its own)
 */
public record InlineSuppression(String file, int line, String checkId, String reason, int appliesToLine) {}
