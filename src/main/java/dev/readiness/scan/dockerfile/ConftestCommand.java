package dev.readiness.scan.dockerfile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One instruction in the shape conftest's Dockerfile parser emits (BuildKit's AST node flattened):
 * lower-case {@code Cmd}, {@code Flags}, {@code Value} split the way BuildKit splits each instruction,
 * {@code Original}, {@code JSON}, {@code Stage} (0-based index of the enclosing build stage), lines.
 */
@JsonPropertyOrder({"Cmd", "SubCmd", "Flags", "Value", "Original", "JSON", "Stage", "StartLine", "EndLine"})
public record ConftestCommand(
    @JsonProperty("Cmd") String cmd,
    @JsonProperty("SubCmd") String subCmd,
    @JsonProperty("Flags") List<String> flags,
    @JsonProperty("Value") List<String> value,
    @JsonProperty("Original") String original,
    @JsonProperty("JSON") boolean json,
    @JsonProperty("Stage") int stage,
    @JsonProperty("StartLine") int startLine,
    @JsonProperty("EndLine") int endLine) {

  /** The same command as a plain map with conftest's key names (for building a Rego input value). */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Cmd", cmd);
    m.put("SubCmd", subCmd);
    m.put("Flags", flags);
    m.put("Value", value);
    m.put("Original", original);
    m.put("JSON", json);
    m.put("Stage", stage);
    m.put("StartLine", startLine);
    m.put("EndLine", endLine);
    return m;
  }
}
