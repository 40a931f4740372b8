package dev.readiness.gate;

import java.util.List;

/**
 * The gate's decision.
 *
 * @param passed true when no threshold was crossed (or none was set)
 * @param reasons one line per crossed threshold, e.g. {@code overall 4.3 < 7.0}
 */
public record GateResult(boolean passed, List<String> reasons) {}
