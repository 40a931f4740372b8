package dev.readiness.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;

/**
 * One fingerprint recorded in a baseline.
 *
 * @param checkId the check the finding belongs to
 * @param file the finding's file relative to the scanned root, or null for a repository-level finding
 * @param resource the finding's resource (service, stage, key name), or null; for people pruning the file
 * @param fingerprint see {@link Fingerprints}
 * @param count how many current findings share the fingerprint (identical context in the same file)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"checkId", "file", "resource", "fingerprint", "count"})
public record BaselineEntry(String checkId, String file, String resource, String fingerprint, int count) {
  /** The order entries are written in: check, file, resource, fingerprint (absent values first). */
  public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::checkId)
      .thenComparing(BaselineEntry::file, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(BaselineEntry::resource, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(BaselineEntry::fingerprint);

  /** The same entry with another count. */
  public BaselineEntry withCount(int n) { return new BaselineEntry(checkId, file, resource, fingerprint, n); }
}
