package dev.readiness.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a {@link Report} in one format; registered in {@link ReportFormats} by its format name. */
public interface ReportWriter {
  /** The name users pass to {@code --format} / {@code --stdout}, e.g. {@code sarif}. */
  String format();

  /** The file it writes into the output directory, e.g. {@code readiness.sarif}. */
  String fileName();

  /** Writes the report. */
  void write(Report report, Writer out) throws IOException;
}
