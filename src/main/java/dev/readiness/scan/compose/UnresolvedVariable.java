package dev.readiness.scan.compose;

/**
 * A {@code ${VAR}} used by a compose file but not set in the .env compose reads.
 *
 * @param name the variable
 * @param file where it is used
 * @param line first use in that file
 * @param hasDefault whether the use has a default ({@code ${VAR:-x}} / {@code ${VAR-x}})
 * @param required whether the use demands it ({@code ${VAR:?err}} / {@code ${VAR?err}}): compose refuses to start without it
 */
public record UnresolvedVariable(String name, String file, int line, boolean hasDefault, boolean required) {}
