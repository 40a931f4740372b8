package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** base64, base64url, hex and urlquery encodings with Go's exact alphabets and padding rules. */
public final class EncodingBuiltins {
  private static final String HEX = "0123456789ABCDEF";

  private EncodingBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("base64.encode", 1, (a, c) -> StringValue.of(Base64.getEncoder().encodeToString(bytes(a.string(0))))),
        of("base64.decode", 1, (a, c) -> StringValue.of(utf8(decodeStd(a, a.string(0))))),
        of("base64.is_valid", 1, EncodingBuiltins::base64IsValid),
        of("base64url.encode", 1, (a, c) -> StringValue.of(Base64.getUrlEncoder().encodeToString(bytes(a.string(0))))),
        of("base64url.encode_no_pad", 1,
            (a, c) -> StringValue.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(a.string(0))))),
        of("base64url.decode", 1, (a, c) -> StringValue.of(utf8(decodeUrl(a, a.string(0))))),
        of("hex.encode", 1, (a, c) -> StringValue.of(hexEncode(bytes(a.string(0))))),
        of("hex.decode", 1, (a, c) -> StringValue.of(utf8(hexDecode(a, a.string(0))))),
        of("urlquery.encode", 1, (a, c) -> StringValue.of(queryEscape(a.string(0)))),
        of("urlquery.decode", 1, (a, c) -> StringValue.of(queryUnescape(a, a.string(0)))),
        of("urlquery.encode_object", 1, EncodingBuiltins::encodeObject),
        of("urlquery.decode_object", 1, EncodingBuiltins::decodeObject));
  }

  static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

  static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }

  /** Go's StdEncoding: padding required, newlines ignored. */
  static byte[] decodeStd(Args a, String s) throws BuiltinException {
    String t = s.replace("\r", "").replace("\n", "");
    if (t.length() % 4 != 0) throw a.error("illegal base64 data at input byte " + (t.length() / 4 * 4));
    try {
      return Base64.getDecoder().decode(t);
    } catch (IllegalArgumentException e) {
      throw a.error("illegal base64 data: " + e.getMessage());
    }
  }

  /** OPA accepts base64url with or without padding. */
  static byte[] decodeUrl(Args a, String s) throws BuiltinException {
    try {
      return Base64.getUrlDecoder().decode(s.replace("\r", "").replace("\n", ""));
    } catch (IllegalArgumentException e) {
      throw a.error("illegal base64 data: " + e.getMessage());
    }
  }

  private static Value base64IsValid(Args a, BuiltinContext ctx) throws BuiltinException {
    try {
      decodeStd(a, a.string(0));
      return BoolValue.TRUE;
    } catch (BuiltinException e) {
      if (e.code().equals("eval_type_error")) throw e;
      return BoolValue.FALSE;
    }
  }

  static String hexEncode(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length * 2);
    for (byte x : b) sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
    return sb.toString();
  }

  private static byte[] hexDecode(Args a, String s) throws BuiltinException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    for (; i + 1 < s.length(); i += 2) {
      int hi = hexDigit(a, s, i);
      int lo = hexDigit(a, s, i + 1);
      out.write(hi << 4 | lo);
    }
    if (i < s.length()) {
      hexDigit(a, s, i);
      throw a.error("encoding/hex: odd length hex string");
    }
    return out.toByteArray();
  }

  private static int hexDigit(Args a, String s, int i) throws BuiltinException {
    int cp = s.codePointAt(i);
    int d = Character.digit(cp, 16);
    if (d < 0 || cp > 'f') {
      throw a.error("encoding/hex: invalid byte: " + String.format("U+%04X", cp) + " '" + new String(Character.toChars(cp)) + "'");
    }
    return d;
  }

  /** Go's url.QueryEscape: unreserved characters kept, space as '+', everything else %XX. */
  static String queryEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes(s)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || c == '.' || c == '~') {
        sb.append((char) c);
      } else if (c == ' ') {
        sb.append('+');
      } else {
        sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return sb.toString();
  }

  static String queryUnescape(Args a, String s) throws BuiltinException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '%') {
        int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw a.error("invalid URL escape " + RegoText.goQuote(s.substring(i, Math.min(s.length(), i + 3))));
        }
        out.write(hi << 4 | lo);
        i += 2;
      } else if (ch == '+') {
        out.write(' ');
      } else {
        byte[] b = bytes(String.valueOf(ch));
        if (Character.isHighSurrogate(ch) && i + 1 < s.length()) {
          b = bytes(s.substring(i, i + 2));
          i++;
        }
        out.write(b, 0, b.length);
      }
    }
    return utf8(out.toByteArray());
  }

  private static Value encodeObject(Args a, BuiltinContext ctx) throws BuiltinException {
    TreeMap<String, List<String>> params = new TreeMap<>();
    for (Map.Entry<Value, Value> e : a.object(0).entries().entrySet()) {
      if (!(e.getKey() instanceof StringValue k)) throw a.typeError(0, "must be object with string keys");
      List<String> values = new ArrayList<>();
      Value v = e.getValue();
      if (v instanceof StringValue s) {
        values.add(s.value());
      } else if (v instanceof ArrayValue || v instanceof SetValue) {
        Iterable<Value> items = v instanceof ArrayValue arr ? arr.elements() : (SetValue) v;
        for (Value item : items) {
          if (!(item instanceof StringValue s)) throw a.typeError(0, "must be object with string or array/set of string values");
          values.add(s.value());
        }
      } else {
        throw a.typeError(0, "must be object with string or array/set of string values");
      }
      params.put(k.value(), values);
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String v : e.getValue()) {
        if (sb.length() > 0) sb.append('&');
        sb.append(queryEscape(e.getKey())).append('=').append(queryEscape(v));
      }
    }
    return StringValue.of(sb.toString());
  }

  private static Value decodeObject(Args a, BuiltinContext ctx) throws BuiltinException {
    Map<String, List<Value>> params = new LinkedHashMap<>();
    for (String pair : a.string(0).split("&")) {
      if (pair.isEmpty()) continue;
      if (pair.contains(";")) throw a.error("invalid semicolon separator in query");
      int eq = pair.indexOf('=');
      String k = queryUnescape(a, eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : queryUnescape(a, pair.substring(eq + 1));
      params.computeIfAbsent(k, x -> new ArrayList<>()).add(StringValue.of(v));
    }
    ObjectValue.Builder b = ObjectValue.builder();
    params.forEach((k, v) -> b.put(k, new ArrayValue(v)));
    return b.build();
  }
}
