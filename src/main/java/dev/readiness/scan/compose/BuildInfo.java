package dev.readiness.scan.compose;

/**
 * A service's {@code build:}.
 *
 * @param context repo-relative context directory (or the URL for a remote context)
 * @param dockerfile repo-relative Dockerfile path, or null for {@code dockerfile_inline} / remote contexts
 * @param contextExists whether the context directory exists in the repository
 * @param dockerfileExists whether the Dockerfile exists
 * @param remote whether the context is a git/HTTP URL
 * @param inline whether the Dockerfile is inline ({@code dockerfile_inline})
 * @param target build target stage, or null
 * @param args build arg keys (values are never kept)
 * @param file where {@code build:} is written
 * @param line its line
 */
public record BuildInfo(String context, String dockerfile, boolean contextExists, boolean dockerfileExists, boolean remote,
    boolean inline, String target, java.util.List<String> args, String file, int line) {}
