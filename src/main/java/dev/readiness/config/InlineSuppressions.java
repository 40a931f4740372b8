package dev.readiness.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.input.InputDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the inline {@code readiness:ignore} facts ({@code input.repo.inlineSuppressions}) from an input
 * document. It goes through the document's JSON form, the same view policies get, so it depends only on
 * the documented contract and not on the repo scanner's record classes.
 */
public final class InlineSuppressions {
  private final ObjectMapper mapper;

  public InlineSuppressions(ObjectMapper mapper) { this.mapper = mapper; }

  /** The inline suppressions of a scanned repository (empty when the scanner reported none). */
  public List<InlineSuppression> from(InputDocument doc) {
    if (doc == null || doc.repo() == null) return List.of();
    JsonNode list = mapper.valueToTree(doc.repo()).path("inlineSuppressions");
    List<InlineSuppression> out = new ArrayList<>();
    for (JsonNode n : list) {
      String file = n.path("file").asText(null);
      String id = n.path("checkId").asText(null);
      if (file == null || id == null) continue;
      int line = n.path("line").asInt(0);
      int applies = n.path("appliesToLine").asInt(line);
      out.add(new InlineSuppression(file, line, id, n.path("reason").asText(""), applies));
    }
    return List.copyOf(out);
  }
}
