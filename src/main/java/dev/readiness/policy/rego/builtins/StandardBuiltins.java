package dev.readiness.policy.rego.builtins;

import java.util.ArrayList;
import java.util.List;

/** Assembles the standard library from its parts (one class per family of builtins). */
final class StandardBuiltins {
  private StandardBuiltins() {}

  static List<Builtin> all() {
    List<Builtin> all = new ArrayList<>();
    all.addAll(CoreBuiltins.all());
    all.addAll(StringBuiltins.all());
    all.addAll(RegexBuiltins.all());
    all.addAll(GlobBuiltins.all());
    all.addAll(TypeBuiltins.all());
    all.addAll(ObjectBuiltins.all());
    all.addAll(SetBuiltins.all());
    all.addAll(JsonBuiltins.all());
    all.addAll(YamlBuiltins.all());
    all.addAll(EncodingBuiltins.all());
    all.addAll(CryptoBuiltins.all());
    all.addAll(BitsBuiltins.all());
    all.addAll(NumbersBuiltins.all());
    all.addAll(UnitsBuiltins.all());
    all.addAll(TimeBuiltins.all());
    all.addAll(SemverBuiltins.all());
    all.addAll(NetBuiltins.all());
    all.addAll(UuidBuiltins.all());
    all.addAll(RuntimeBuiltins.all());
    all.addAll(HttpBuiltins.all());
    all.add(new WalkBuiltin());
    return all;
  }
}
