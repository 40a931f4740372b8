package dev.readiness.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.readiness.usage.UsageException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and writes baseline files (JSON). Reading is strict: a missing, oversized or malformed file, or
 * another format version, is a usage error (exit 2) naming the file and what is wrong.
 */
public final class BaselineStore {
  /** Larger baseline files are refused rather than read into memory. */
  static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

  private final ObjectMapper mapper;

  public BaselineStore(ObjectMapper mapper) {
    this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** Writes a baseline as indented JSON with a final newline. */
  public void write(BaselineFile baseline, Writer out) throws IOException {
    mapper.writeValue(out, baseline);
    out.write("\n");
  }

  /** Reads and validates a baseline file. */
  public BaselineFile read(Path file) {
    JsonNode root;
    try {
      if (Files.size(file) > MAX_BYTES) throw invalid(file, "larger than " + (MAX_BYTES >> 20) + " MiB");
      root = mapper.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new UsageException("baseline file not found: " + file + " (create it with: readiness scan --write-baseline "
          + file + ")", e);
    } catch (JsonProcessingException e) {
      throw invalid(file, "invalid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
    } catch (IOException e) {
      throw new UsageException("cannot read baseline file " + file + ": " + dev.readiness.text.IoReasons.of(e), e);
    }
    if (root == null || !root.isObject()) throw invalid(file, "expected a JSON object with \"version\" and \"findings\"");
    JsonNode version = root.get("version");
    if (version == null || !version.isInt()) throw invalid(file, "missing or non-integer \"version\"");
    if (version.intValue() != BaselineFile.VERSION) {
      throw invalid(file, "version " + version.intValue() + " is not supported (this readiness reads version "
          + BaselineFile.VERSION + ")");
    }
    JsonNode findings = root.get("findings");
    if (findings == null || !findings.isArray()) throw invalid(file, "missing \"findings\" array");
    List<BaselineEntry> entries = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) entries.add(entry(file, i, findings.get(i)));
    JsonNode tool = root.path("tool");
    return new BaselineFile(BaselineFile.VERSION,
        tool.isObject() ? new BaselineFile.Tool(text(tool.get("name")), text(tool.get("version"))) : null,
        text(root.get("createdAt")), entries);
  }

  private static BaselineEntry entry(Path file, int i, JsonNode n) {
    String where = "findings[" + i + "]";
    if (!n.isObject()) throw invalid(file, where + " is not an object");
    String checkId = requiredText(file, where, n, "checkId");
    String fingerprint = requiredText(file, where, n, "fingerprint");
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw invalid(file, where + ".fingerprint is not a SHA-256 hex digest (64 lowercase hex digits)");
    }
    JsonNode count = n.get("count");
    int c = 1;
    if (count != null && !count.isNull()) {
      if (!count.isInt() || count.intValue() < 1) throw invalid(file, where + ".count must be a positive integer");
      c = count.intValue();
    }
    return new BaselineEntry(checkId, optionalText(file, where, n, "file"), optionalText(file, where, n, "resource"),
        fingerprint, c);
  }

  private static String requiredText(Path file, String where, JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.textValue().isBlank()) throw invalid(file, where + " has no \"" + field + "\"");
    return v.textValue();
  }

  private static String optionalText(Path file, String where, JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw invalid(file, where + "." + field + " must be a string or null");
    return v.textValue();
  }

  private static String text(JsonNode n) {
    return n == null || !n.isTextual() ? null : n.textValue();
  }

  private static UsageException invalid(Path file, String what) {
    return new UsageException("invalid baseline file " + file + ": " + what);
  }
}
