package dev.readiness.check;

import java.util.Locale;
import java.util.Set;

/** Turns a module's METADATA annotation into {@link CheckMetadata}: strictly for built-in checks, leniently for users'. */
public final class MetadataReader {
  /** The categories that are scored. */
  /** Category of user policies that declare none. */

  private static final Set<String> REQUIRED = Set.of("id", "category", "severity");

  private MetadataReader() {}

  /**
   * Metadata of a built-in or contract-style check: {@code custom.id}, {@code custom.category} and
   * {@code custom.severity} are required.
   *
   * @throws InvalidPolicyException naming the module and package line when a field is missing or invalid
   */
  public static CheckMetadata strict(ModuleHeader h) {
    for (String key : REQUIRED) {
      if (h.custom(key) == null || h.custom(key).isBlank()) {
        throw invalid(h, "METADATA custom." + key + " is required");
      }
    }
    String category = h.custom("category").toLowerCase(Locale.ROOT);
    if (!Categories.SCORED.contains(category) && !category.equals(Categories.CUSTOM) && !category.equals("runtime")) {
      throw invalid(h, "METADATA custom.category '" + category + "' is not one of " + Categories.SCORED + " or custom");
    }
    return build(h, h.declaredId(), category, severity(h, Severity.MEDIUM));
  }

  /**
   * Metadata of a user policy: ID from METADATA or the package path; category from METADATA or
   * {@code custom}; severity from METADATA, else medium when it denies and low when it only warns.
   */
  public static CheckMetadata lenient(ModuleHeader h, boolean onlyWarns) {
    String id = h.declaredId() != null ? h.declaredId() : h.packagePath();
    String category = h.custom("category") != null ? h.custom("category").toLowerCase(Locale.ROOT) : Categories.CUSTOM;
    return build(h, id, category, severity(h, onlyWarns ? Severity.LOW : Severity.MEDIUM));
  }

  private static CheckMetadata build(ModuleHeader h, String id, String category, Severity severity) {
    String title = h.field("title") != null ? h.field("title") : id;
    String description = h.field("description") != null ? h.field("description") : "";
    String remediation = h.custom("remediation") != null ? h.custom("remediation") : "";
    boolean fixable = Boolean.parseBoolean(h.custom("fixable"));
    return new CheckMetadata(id, title, category, severity, description, h.customList("evidence"), remediation,
        fixable, h.custom("seed"), h.module().name());
  }

  private static Severity severity(ModuleHeader h, Severity fallback) {
    String s = h.custom("severity");
    if (s == null) return fallback;
    try {
      return Severity.parse(s);
    } catch (IllegalArgumentException e) {
      throw invalid(h, "METADATA custom.severity: " + e.getMessage());
    }
  }

  private static InvalidPolicyException invalid(ModuleHeader h, String message) {
    return new InvalidPolicyException(h.module().name() + ":" + h.packageLine() + ":1: " + message);
  }
}
