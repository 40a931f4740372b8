package dev.readiness.scan.shell;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One {@code docker compose} / {@code docker-compose} invocation in a script or CI step.
 *
 * @param line 1-based line of the invocation
 * @param command the subcommand and its arguments ({@code up -d --wait})
 * @param files compose files named with {@code -f}/{@code --file}, in order
 * @param waits whether it waits for health ({@code up --wait})
 */
public record ComposeCall(int line, String command, List<String> files, @JsonProperty("wait") boolean waits) {}
