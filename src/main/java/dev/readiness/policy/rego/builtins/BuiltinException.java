package dev.readiness.policy.rego.builtins;

/** An error raised by a builtin, carrying OPA's error code (eval_type_error or eval_builtin_error). */
public final class BuiltinException extends Exception {
  private final String code;

  public BuiltinException(String code, String message) {
    super(message);
    this.code = code;
  }

  public static BuiltinException typeError(String message) { return new BuiltinException("eval_type_error", message); }

  public static BuiltinException builtinError(String message) { return new BuiltinException("eval_builtin_error", message); }

  /** OPA's error code. */
  public String code() { return code; }
}
