package dev.readiness.policy.conftest;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.builtins.Builtin;
import dev.readiness.policy.rego.builtins.BuiltinException;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * conftest's builtins: {@code parse_config(parser, text)} parses text with one of {@link ConfigParser#FORMATS};
 * {@code parse_config_file(path)} reads a file (relative to the working directory) and parses it by its name.
 */
public final class ConftestBuiltins {
  private ConftestBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("parse_config", 2, (a, c) -> parse(a.builtin(), a.string(0), a.string(1), "parse_config")),
        of("parse_config_file", 1, (a, c) -> {
          Path p = Path.of(a.string(0));
          String format = ConfigParser.formatOf(p);
          if (format == null) throw a.error("unknown file type: " + p);
          String text;
          try {
            text = Files.readString(p, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw a.error("read config file: " + p + ": " + dev.readiness.text.IoReasons.of(e));
          }
          return parse(a.builtin(), format, text, p.toString());
        }));
  }

  /** The standard library plus these. */
  public static BuiltinRegistry registry() {
    return BuiltinRegistry.standard().plus(all());
  }

  private static Value parse(String builtin, String format, String text, String file) throws BuiltinException {
    if (!ConfigParser.FORMATS.contains(format)) throw BuiltinException.builtinError(builtin + ": unknown parser " + format);
    try {
      return ConfigParser.parse(format, text, file);
    } catch (ConfigParser.ConfigException e) {
      throw BuiltinException.builtinError(builtin + ": " + e.getMessage());
    }
  }
}
