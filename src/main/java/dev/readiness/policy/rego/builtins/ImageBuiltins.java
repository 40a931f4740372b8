package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.model.ImageReference;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The project's image-reference builtin, plugged in through {@link ProjectBuiltins#registry()}.
 * {@code readiness.parse_image(ref)} splits a container image reference following the
 * Docker distribution reference grammar into {registry, repository, tag, digest} ({@link ImageReference} splits,
 * the grammar validates each part); parts that are absent are
 * null (the implied docker.io registry and latest tag are not filled in, so policies can tell "unpinned" apart).
 */
public final class ImageBuiltins {
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*"
      + "|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
  private static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
  private static final int MAX_LENGTH = 255;

  private ImageBuiltins() {}

  public static List<Builtin> all() {
    return List.of(of("readiness.parse_image", 1, (a, c) -> parse(a, a.string(0))));
  }

  static Value parse(Args a, String ref) throws BuiltinException {
    if (ref.length() > MAX_LENGTH * 2) throw a.error("invalid image reference: too long");
    ImageReference r = ImageReference.parse(ref);
    if (r == null || !ref.equals(spelled(r)) || !REPOSITORY.matcher(r.repository()).matches()
        || (r.tag() != null && !TAG.matcher(r.tag()).matches()) || (r.digest() != null && !DIGEST.matcher(r.digest()).matches())
        || (r.registry() != null && !r.registry().matches(DOMAIN))) {
      throw a.error("invalid image reference " + RegoText.goQuote(ref));
    }
    if (r.repository().length() > MAX_LENGTH) throw a.error("invalid image reference: repository name too long");
    return ObjectValue.builder()
        .put("registry", text(r.registry()))
        .put("repository", StringValue.of(r.repository()))
        .put("tag", text(r.tag()))
        .put("digest", text(r.digest()))
        .build();
  }

  /** The reference written back from its parts: differs from the input when a part was empty or blanks surrounded it. */
  private static String spelled(ImageReference r) {
    return (r.registry() == null ? "" : r.registry() + "/") + r.repository() + (r.tag() == null ? "" : ":" + r.tag())
        + (r.digest() == null ? "" : "@" + r.digest());
  }

  private static Value text(String s) {
    return s == null ? NullValue.INSTANCE : StringValue.of(s);
  }
}
