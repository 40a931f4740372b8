package dev.readiness.check;

import java.time.LocalDate;

/**
 * A suppression that applied to a check (from .readiness.yml or an inline {@code readiness:ignore}).
 *
 * @param reason why it is suppressed
 * @param expires last day it applies, or null for no expiry
 * @param source where it was declared, as file:line
 */
public record Suppression(String reason, LocalDate expires, String source) {}
