package dev.readiness.scan.dockerfile;

/**
 * One here-document attached to a RUN/COPY/ADD instruction.
 *
 * @param delimiter the word after {@code <<} without quotes or dash
 * @param quoted whether the delimiter was quoted (no variable expansion in the body)
 * @param stripTabs {@code <<-} form: leading tabs are removed from body lines
 * @param content the body, lines joined with {@code \n}
 * @param startLine first body line (1-based)
 * @param endLine line of the closing delimiter
 */
public record Heredoc(String delimiter, boolean quoted, boolean stripTabs, String content, int startLine, int endLine) {}
