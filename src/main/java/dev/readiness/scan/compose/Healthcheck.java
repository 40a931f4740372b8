package dev.readiness.scan.compose;

import java.util.List;

/**
 * A service {@code healthcheck:}.
 *
 * @param test the test as written (CMD / CMD-SHELL form; a string becomes ["CMD-SHELL", s]), secrets redacted
 * @param disabled {@code disable: true} or test NONE
 * @param interval interval, or null
 * @param timeout timeout, or null
 * @param retries retries, or null
 * @param startPeriod start_period, or null
 * @param file where it is written
 * @param line its line
 */
public record Healthcheck(List<String> test, boolean disabled, String interval, String timeout, Integer retries,
    String startPeriod, String file, int line) {}
