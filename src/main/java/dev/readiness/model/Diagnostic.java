package dev.readiness.model;

/**
 * A problem with one input (a file that could not be read or parsed, a policy error); the scan goes on.
 *
 * @param level error, warning or info
 * @param file repo-relative path, or null
 * @param line 1-based line, or null
 * @param message what went wrong, never containing a secret value
 * @param source which stage reported it: discover, compose, dockerfile, env, workflow, repo, runtime, policy, config
 */
public record Diagnostic(String level, String file, Integer line, String message, String source) {
  public static Diagnostic error(String source, String file, Integer line, String message) {
    return new Diagnostic("error", file, line, message, source);
  }

  public static Diagnostic warning(String source, String file, Integer line, String message) {
    return new Diagnostic("warning", file, line, message, source);
  }

  public static Diagnostic info(String source, String file, Integer line, String message) {
    return new Diagnostic("info", file, line, message, source);
  }
}
