package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code json.verify_schema} and {@code json.match_schema}: a JSON Schema (draft 4 to 7 core keywords) validator
 * whose error objects ({@code desc}, {@code error}, {@code field}, {@code type}) follow the gojsonschema wording OPA
 * returns. Supported: type, enum, const, properties, required, additionalProperties, patternProperties, items,
 * minItems, maxItems, uniqueItems, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, minLength,
 * maxLength, pattern, allOf, anyOf, oneOf, not, and local {@code #/definitions/...} references.
 */
final class JsonSchema {
  private static final Set<String> TYPES = Set.of("array", "boolean", "integer", "number", "null", "object", "string");
  private static final int MAX_DEPTH = 64;

  private JsonSchema() {}

  /** A schema that is not itself valid. */
  static final class InvalidSchema extends Exception {
    InvalidSchema(String message) { super(message); }
  }

  static List<Builtin> builtins() {
    return List.of(
        FunctionBuiltin.of("json.verify_schema", 1, (a, c) -> {
          try {
            check(schemaOf(a, 0), 0);
            return ArrayValue.of(BoolValue.TRUE, NullValue.INSTANCE);
          } catch (InvalidSchema e) {
            return ArrayValue.of(BoolValue.FALSE, StringValue.of("jsonschema: " + e.getMessage()));
          }
        }),
        FunctionBuiltin.of("json.match_schema", 2, (a, c) -> {
          Value doc = documentOf(a, 0);
          Value schema = schemaOf(a, 1);
          try {
            check(schema, 0);
          } catch (InvalidSchema e) {
            throw a.error(e.getMessage());
          }
          List<Value> errors = new ArrayList<>();
          validate(schema, schema, doc, "(root)", errors, 0);
          return ArrayValue.of(BoolValue.of(errors.isEmpty()), new ArrayValue(errors));
        }));
  }

  private static Value documentOf(Args a, int i) throws BuiltinException {
    Value v = a.get(i);
    if (v instanceof StringValue s) return JsonBuiltins.unmarshal(a, s.value());
    return v;
  }

  private static Value schemaOf(Args a, int i) throws BuiltinException {
    Value v = a.get(i);
    if (v instanceof StringValue s) return JsonBuiltins.unmarshal(a, s.value());
    if (v instanceof ObjectValue || v instanceof BoolValue) return v;
    throw a.mustBeOneOf(i, "string, object, boolean");
  }

  /** Validates the schema's own structure (the part gojsonschema rejects when loading). */
  private static void check(Value schema, int depth) throws InvalidSchema {
    if (depth > MAX_DEPTH) throw new InvalidSchema("schema nested too deeply");
    if (schema instanceof BoolValue) return;
    if (!(schema instanceof ObjectValue s)) throw new InvalidSchema("schema must be an object or a boolean");
    Value type = s.get("type");
    if (type != null) {
      List<Value> types = type instanceof ArrayValue arr ? arr.elements() : List.of(type);
      for (Value t : types) {
        if (!(t instanceof StringValue ts) || !TYPES.contains(ts.value())) {
          String given = t instanceof StringValue ts2 ? ts2.value() : RegoText.render(t);
          throw new InvalidSchema("has a primitive type that is NOT VALID -- given: /" + given
              + "/ Expected valid values are:[array boolean integer number null object string]");
        }
      }
    }
    for (String key : List.of("properties", "patternProperties", "definitions")) {
      if (s.get(key) instanceof ObjectValue props) {
        for (Value sub : props.entries().values()) check(sub, depth + 1);
      }
    }
    for (String key : List.of("items", "additionalProperties", "not")) {
      Value sub = s.get(key);
      if (sub instanceof ArrayValue arr) {
        for (Value e : arr.elements()) check(e, depth + 1);
      } else if (sub instanceof ObjectValue) {
        check(sub, depth + 1);
      }
    }
    for (String key : List.of("allOf", "anyOf", "oneOf")) {
      if (s.get(key) instanceof ArrayValue arr) {
        for (Value e : arr.elements()) check(e, depth + 1);
      }
    }
  }

  private static void validate(Value root, Value schema, Value doc, String path, List<Value> errors, int depth) {
    if (depth > MAX_DEPTH || schema instanceof BoolValue b && b.value()) return;
    if (schema instanceof BoolValue) {
      errors.add(error(path, "false_schema", "False always fails validation"));
      return;
    }
    ObjectValue s = (ObjectValue) schema;
    if (s.get("$ref") instanceof StringValue ref && ref.value().startsWith("#/")) {
      Value target = root;
      for (String part : ref.value().substring(2).split("/")) target = target instanceof ObjectValue o ? o.get(part) : null;
      if (target != null) validate(root, target, doc, path, errors, depth + 1);
      return;
    }
    Value type = s.get("type");
    if (type != null) {
      List<Value> types = type instanceof ArrayValue arr ? arr.elements() : List.of(type);
      boolean ok = false;
      for (Value t : types) ok |= matchesType(((StringValue) t).value(), doc);
      if (!ok) {
        List<String> names = new ArrayList<>();
        for (Value t : types) names.add(((StringValue) t).value());
        errors.add(error(path, "invalid_type", "Invalid type. Expected: " + String.join(", ", names) + ", given: " + typeOf(doc)));
        return;
      }
    }
    if (s.get("enum") instanceof ArrayValue allowed && !allowed.elements().contains(doc)) {
      List<String> items = new ArrayList<>();
      for (Value e : allowed.elements()) items.add(GoJson.compact(e));
      errors.add(error(path, "enum", field(path) + " must be one of the following: " + String.join(", ", items)));
    }
    if (s.get("const") != null && !s.get("const").equals(doc)) {
      errors.add(error(path, "const", field(path) + " does not match: " + GoJson.compact(s.get("const"))));
    }
    if (doc instanceof ObjectValue o) validateObject(root, s, o, path, errors, depth);
    if (doc instanceof ArrayValue arr) validateArray(root, s, arr, path, errors, depth);
    if (doc instanceof NumberValue n) validateNumber(s, n.value(), path, errors);
    if (doc instanceof StringValue str) validateString(s, str.value(), path, errors);
    validateCombinators(root, s, doc, path, errors, depth);
  }

  private static void validateObject(Value root, ObjectValue s, ObjectValue o, String path, List<Value> errors, int depth) {
    if (s.get("required") instanceof ArrayValue req) {
      for (Value r : req.elements()) {
        if (r instanceof StringValue name && o.get(name) == null) {
          errors.add(error(path, "required", name.value() + " is required"));
        }
      }
    }
    ObjectValue props = s.get("properties") instanceof ObjectValue p ? p : ObjectValue.EMPTY;
    ObjectValue patterns = s.get("patternProperties") instanceof ObjectValue p ? p : ObjectValue.EMPTY;
    for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
      String key = e.getKey() instanceof StringValue ks ? ks.value() : GoJson.compact(e.getKey());
      String child = path + "." + key;
      boolean matched = false;
      Value sub = props.get(e.getKey());
      if (sub != null) {
        matched = true;
        validate(root, sub, e.getValue(), child, errors, depth + 1);
      }
      for (Map.Entry<Value, Value> pp : patterns.entries().entrySet()) {
        if (pp.getKey() instanceof StringValue regex && com.google.re2j.Pattern.compile(regex.value()).matcher(key).find()) {
          matched = true;
          validate(root, pp.getValue(), e.getValue(), child, errors, depth + 1);
        }
      }
      Value additional = s.get("additionalProperties");
      if (!matched && additional instanceof BoolValue b && !b.value()) {
        errors.add(error(path, "additional_property_not_allowed", "Additional property " + key + " is not allowed"));
      } else if (!matched && additional instanceof ObjectValue) {
        validate(root, additional, e.getValue(), child, errors, depth + 1);
      }
    }
  }

  private static void validateArray(Value root, ObjectValue s, ArrayValue arr, String path, List<Value> errors, int depth) {
    Value items = s.get("items");
    for (int i = 0; i < arr.size(); i++) {
      Value sub = items instanceof ArrayValue tuple ? (i < tuple.size() ? tuple.get(i) : null) : items;
      if (sub != null) validate(root, sub, arr.get(i), path + "." + i, errors, depth + 1);
    }
    Integer min = intOf(s.get("minItems"));
    if (min != null && arr.size() < min) errors.add(error(path, "array_min_items", "Array must have at least " + min + " items"));
    Integer max = intOf(s.get("maxItems"));
    if (max != null && arr.size() > max) errors.add(error(path, "array_max_items", "Array must have at most " + max + " items"));
    if (s.get("uniqueItems") instanceof BoolValue u && u.value()) {
      outer:
      for (int i = 0; i < arr.size(); i++) {
        for (int j = i + 1; j < arr.size(); j++) {
          if (arr.get(i).equals(arr.get(j))) {
            errors.add(error(path, "unique", "array items[" + i + "," + j + "] must be unique"));
            break outer;
          }
        }
      }
    }
  }

  private static void validateNumber(ObjectValue s, BigDecimal n, String path, List<Value> errors) {
    BigDecimal min = decimalOf(s.get("minimum"));
    BigDecimal max = decimalOf(s.get("maximum"));
    BigDecimal exMin = decimalOf(s.get("exclusiveMinimum"));
    BigDecimal exMax = decimalOf(s.get("exclusiveMaximum"));
    if (min != null && n.compareTo(min) < 0) errors.add(error(path, "number_gte", "Must be greater than or equal to " + plain(min)));
    if (max != null && n.compareTo(max) > 0) errors.add(error(path, "number_lte", "Must be less than or equal to " + plain(max)));
    if (exMin != null && n.compareTo(exMin) <= 0) errors.add(error(path, "number_gt", "Must be greater than " + plain(exMin)));
    if (exMax != null && n.compareTo(exMax) >= 0) errors.add(error(path, "number_lt", "Must be less than " + plain(exMax)));
    BigDecimal multiple = decimalOf(s.get("multipleOf"));
    if (multiple != null && multiple.signum() > 0 && n.remainder(multiple).signum() != 0) {
      errors.add(error(path, "multiple_of", "Must be a multiple of " + plain(multiple)));
    }
  }

  private static void validateString(ObjectValue s, String str, String path, List<Value> errors) {
    int len = str.codePointCount(0, str.length());
    Integer min = intOf(s.get("minLength"));
    if (min != null && len < min) errors.add(error(path, "string_gte", "String length must be greater than or equal to " + min));
    Integer max = intOf(s.get("maxLength"));
    if (max != null && len > max) errors.add(error(path, "string_lte", "String length must be less than or equal to " + max));
    if (s.get("pattern") instanceof StringValue p && !com.google.re2j.Pattern.compile(p.value()).matcher(str).find()) {
      errors.add(error(path, "pattern", "Does not match pattern '" + p.value() + "'"));
    }
  }

  private static void validateCombinators(Value root, ObjectValue s, Value doc, String path, List<Value> errors, int depth) {
    if (s.get("allOf") instanceof ArrayValue all) {
      for (Value sub : all.elements()) {
        if (!passes(root, sub, doc, path, depth)) {
          errors.add(error(path, "number_all_of", "Must validate all the schemas (allOf)"));
          break;
        }
      }
    }
    if (s.get("anyOf") instanceof ArrayValue any) {
      boolean ok = false;
      for (Value sub : any.elements()) ok |= passes(root, sub, doc, path, depth);
      if (!ok) errors.add(error(path, "number_any_of", "Must validate at least one schema (anyOf)"));
    }
    if (s.get("oneOf") instanceof ArrayValue one) {
      int count = 0;
      for (Value sub : one.elements()) count += passes(root, sub, doc, path, depth) ? 1 : 0;
      if (count != 1) errors.add(error(path, "number_one_of", "Must validate one and only one schema (oneOf)"));
    }
    if (s.get("not") != null && passes(root, s.get("not"), doc, path, depth)) {
      errors.add(error(path, "number_not", "Must not validate the schema (not)"));
    }
  }

  private static boolean passes(Value root, Value schema, Value doc, String path, int depth) {
    List<Value> errs = new ArrayList<>();
    validate(root, schema, doc, path, errs, depth + 1);
    return errs.isEmpty();
  }

  private static boolean matchesType(String type, Value v) {
    return switch (type) {
      case "integer" -> v instanceof NumberValue n && n.isInteger();
      case "number" -> v instanceof NumberValue;
      case "string" -> v instanceof StringValue;
      case "boolean" -> v instanceof BoolValue;
      case "null" -> v instanceof NullValue;
      case "array" -> v instanceof ArrayValue || v instanceof SetValue;
      default -> v instanceof ObjectValue;
    };
  }

  private static String typeOf(Value v) {
    if (v instanceof NumberValue n) return n.isInteger() ? "integer" : "number";
    if (v instanceof SetValue) return "array";
    return v.typeName();
  }

  private static String field(String path) {
    return path.equals("(root)") ? path : path.substring("(root).".length());
  }

  private static Value error(String path, String type, String desc) {
    String f = field(path);
    return ObjectValue.builder()
        .put("desc", StringValue.of(desc))
        .put("error", StringValue.of(f + ": " + desc))
        .put("field", StringValue.of(f))
        .put("type", StringValue.of(type))
        .build();
  }

  private static Integer intOf(Value v) {
    return v instanceof NumberValue n ? n.intValueOrNull() : null;
  }

  private static BigDecimal decimalOf(Value v) {
    return v instanceof NumberValue n ? n.value() : null;
  }

  private static String plain(BigDecimal d) {
    return NumberValue.of(d).toString();
  }
}
