package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's image-reference builtin, plugged in through {@link ProjectBuiltins#registry()}.
 * {@code readiness.parse_image(ref)} splits a container image reference following the
 * Docker distribution reference grammar into {registry, repository, tag, digest}; parts that are absent are
 * null (the implied docker.io registry and latest tag are not filled in, so policies can tell "unpinned" apart).
 */
public final class ImageBuiltins {
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*"
      + "|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
  private static final Pattern REFERENCE = Pattern.compile(
      "^(" + COMPONENT + "(?:/" + COMPONENT + ")*)"
          + "(?::([\\w][\\w.-]{0,127}))?"
          + "(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$");
  private static final int MAX_LENGTH = 255;

  private ImageBuiltins() {}

  public static List<Builtin> all() {
    return List.of(of("readiness.parse_image", 1, (a, c) -> parse(a, a.string(0))));
  }

  static Value parse(Args a, String ref) throws BuiltinException {
    if (ref.length() > MAX_LENGTH * 2) throw a.error("invalid image reference: too long");
    String registry = null;
    String rest = ref;
    // The first component is a registry only if it looks like a host: has a dot or port, or is localhost.
    int slash = ref.indexOf('/');
    if (slash > 0) {
      String first = ref.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost") || !first.equals(first.toLowerCase())) {
        registry = first;
        rest = ref.substring(slash + 1);
      }
    }
    Matcher m = REFERENCE.matcher(rest);
    if (!m.matches() || (registry != null && !registry.matches(DOMAIN))) {
      throw a.error("invalid image reference " + RegoText.goQuote(ref));
    }
    if (m.group(1).length() > MAX_LENGTH) throw a.error("invalid image reference: repository name too long");
    return ObjectValue.builder()
        .put("registry", text(registry))
        .put("repository", StringValue.of(m.group(1)))
        .put("tag", text(m.group(2)))
        .put("digest", text(m.group(3)))
        .build();
  }

  private static Value text(String s) {
    return s == null ? NullValue.INSTANCE : StringValue.of(s);
  }
}
