package dev.readiness.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The baseline file: the findings accepted at one point in time, by fingerprint.
 *
 * @param version format version, {@link #VERSION}
 * @param tool the tool that wrote it
 * @param createdAt when it was written (ISO-8601 UTC), or null
 * @param findings entries sorted by {@link BaselineEntry#ORDER}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"version", "tool", "createdAt", "findings"})
public record BaselineFile(int version, Tool tool, String createdAt, List<BaselineEntry> findings) {
  public static final int VERSION = 1;

  public BaselineFile {
    findings = List.copyOf(findings);
  }

  /** The writing tool. */
  public record Tool(String name, String version) {}

  /** Number of findings recorded (entries counted with their count). */
  public int size() {
    int n = 0;
    for (BaselineEntry e : findings) n += e.count();
    return n;
  }
}
