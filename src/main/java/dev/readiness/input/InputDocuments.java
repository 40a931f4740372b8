package dev.readiness.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The one serialization of the input document: Jackson over the records, nulls kept (policies test
 * {@code x == null}), as pretty JSON, a JSON tree (for the policy engines) or YAML of the same tree.
 */
public final class InputDocuments {
  private InputDocuments() {}

  /** One mapper for the process: the serializers it builds for the record classes (costly) are built once. */
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  /**
   * The mapper configured for the document (record components in declaration order, nulls included).
   * Shared: callers make readers and writers from it and never reconfigure it.
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The document as a JSON tree. */
  public static JsonNode toTree(InputDocument doc) {
    return mapper().valueToTree(doc);
  }

  /** Pretty JSON, ending with a newline. */
  public static String toJson(InputDocument doc) {
    try {
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      return mapper().writer(pretty).writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** YAML of the same tree as {@link #toJson}. */
  public static String toYaml(InputDocument doc) {
    Object plain = mapper().convertValue(toTree(doc), Object.class);
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setIndent(2);
    o.setIndicatorIndent(0);
    o.setWidth(120);
    o.setSplitLines(false);
    o.setDereferenceAliases(true);
    return new Yaml(o).dump(plain);
  }
}
