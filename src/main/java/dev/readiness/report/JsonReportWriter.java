package dev.readiness.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** The JSON report: the record tree as is (schemaVersion 1). */
public final class JsonReportWriter implements ReportWriter {
  private final ObjectMapper mapper;

  public JsonReportWriter(ObjectMapper mapper) {
    this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override public String format() { return "json"; }

  @Override public String fileName() { return "readiness.json"; }

  @Override
  public void write(Report report, Writer out) throws IOException {
    mapper.writeValue(out, report);
    out.write("\n");
  }
}
