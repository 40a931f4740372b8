package dev.readiness.baseline;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Stable fingerprints of failing findings, the keys of a baseline.
 *
 * <p>A fingerprint is the SHA-256 (hex) of the check ID, the finding's file (relative to the scanned root) and
 * its normalized context. The context is the finding's resource ({@code service:api}, {@code env:API_KEY},
 * {@code stage:1}) and the text of the line it points at, each with whitespace collapsed; when a finding has
 * neither, its message with digit runs replaced by {@code #}. The line number is never part of it, so
 * inserting or removing lines elsewhere in the file keeps the fingerprint; editing the offending line,
 * renaming the resource or moving the file changes it. Only the hash is kept, so a secret on the line
 * never reaches the baseline file. A failing check without findings is fingerprinted as the check itself.
 */
public final class Fingerprints {
  static final String VERSION_TAG = "readiness-baseline/v1";

  private final SourceLines lines;

  public Fingerprints(SourceLines lines) { this.lines = lines; }

  /** One fingerprinted item behind a failing or partial check: a finding, or the check itself (finding null). */
  public record Fingerprinted(String checkId, Finding finding, String fingerprint) {}

  /**
   * Every item a baseline can hold: each finding of each failing or partial check, and each failing or
   * partial check without findings. Passing, n/a, suppressed and errored checks give none.
   */
  public List<Fingerprinted> failing(List<CheckResult> results) {
    List<Fingerprinted> out = new ArrayList<>();
    for (CheckResult r : results) {
      if (r.status() != Status.FAIL && r.status() != Status.WARN) continue;
      String id = r.metadata().id();
      List<Finding> findings = r.findings() == null ? List.of() : r.findings();
      if (findings.isEmpty()) out.add(new Fingerprinted(id, null, ofCheck(id)));
      for (Finding f : findings) out.add(new Fingerprinted(id, f, of(id, f)));
    }
    return List.copyOf(out);
  }

  /** The fingerprint of one finding of a check. */
  public String of(String checkId, Finding f) {
    return hash(checkId, f.file() == null ? "" : f.file(), context(f));
  }

  /** The fingerprint of a failing check that has no findings. */
  public static String ofCheck(String checkId) {
    return hash(checkId, "", "check");
  }

  /** The normalized context of a finding (see the class comment); may hold a secret, so it is only ever hashed. */
  String context(Finding f) {
    StringBuilder b = new StringBuilder();
    if (f.resource() != null && !f.resource().isBlank()) b.append("resource=").append(collapse(f.resource()));
    Optional<String> line = f.line() == null ? Optional.empty() : lines.line(f.file(), f.line());
    if (line.isPresent()) {
      if (b.length() > 0) b.append('\n');
      b.append("line=").append(collapse(line.get()));
    }
    if (b.length() == 0) b.append("message=").append(collapse(f.message() == null ? "" : f.message()).replaceAll("\\d+", "#"));
    return b.toString();
  }

  /** Trimmed, with every run of whitespace as one space. */
  static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String hash(String checkId, String file, String context) {
    String key = VERSION_TAG + '\u0000' + checkId + '\u0000' + file + '\u0000' + context;
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
