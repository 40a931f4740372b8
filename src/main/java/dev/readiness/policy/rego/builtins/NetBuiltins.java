package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code net.cidr_*} builtins, computed locally without any DNS or network access. {@code net.lookup_ip_addr}
 * is refused by {@link HttpBuiltins}.
 */
public final class NetBuiltins {
  /** Upper bound on cidr_expand output so a /8 typo cannot exhaust memory. */
  static final int MAX_EXPAND = 1 << 20;

  private NetBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("net.cidr_contains", 2, NetBuiltins::contains),
        of("net.cidr_intersects", 2, (a, c) -> BoolValue.of(cidr(a, 0).intersects(cidr(a, 1)))),
        of("net.cidr_is_valid", 1, (a, c) -> BoolValue.of(a.get(0) instanceof StringValue s && IpNetwork.parseCidr(s.value()) != null)),
        of("net.cidr_expand", 1, NetBuiltins::expand),
        of("net.cidr_merge", 1, NetBuiltins::merge),
        of("net.cidr_contains_matches", 2, NetBuiltins::containsMatches),
        of("net.cidr_overlap", 2, NetBuiltins::contains));
  }

  private static IpNetwork cidr(Args a, int i) throws BuiltinException {
    String s = a.string(i);
    IpNetwork n = IpNetwork.parseCidr(s);
    if (n == null) throw a.error("invalid CIDR address: " + s);
    return n;
  }

  /** A CIDR or a bare IP address. */
  private static IpNetwork cidrOrIp(String s) {
    IpNetwork n = IpNetwork.parseIp(s);
    return n != null ? n : IpNetwork.parseCidr(s);
  }

  private static Value contains(Args a, BuiltinContext ctx) throws BuiltinException {
    IpNetwork net = cidr(a, 0);
    String s = a.string(1);
    IpNetwork other = cidrOrIp(s);
    if (other == null) throw a.error("invalid CIDR address: " + s);
    return BoolValue.of(net.contains(other));
  }

  private static Value expand(Args a, BuiltinContext ctx) throws BuiltinException {
    IpNetwork net = cidr(a, 0);
    BigInteger size = net.last().subtract(net.first()).add(BigInteger.ONE);
    if (size.compareTo(BigInteger.valueOf(MAX_EXPAND)) > 0) throw a.error("CIDR too large to expand: " + size + " addresses");
    List<Value> out = new ArrayList<>();
    for (BigInteger ip = net.first(); ip.compareTo(net.last()) <= 0; ip = ip.add(BigInteger.ONE)) {
      out.add(StringValue.of(net.addressText(ip)));
    }
    return SetValue.of(out);
  }

  private static Value merge(Args a, BuiltinContext ctx) throws BuiltinException {
    List<IpNetwork> nets = new ArrayList<>();
    for (Value v : a.collection(0, "array, set")) {
      if (!(v instanceof StringValue s)) throw a.typeError(0, "must be array of strings but got array containing " + v.typeName());
      IpNetwork n = IpNetwork.parseCidr(s.value());
      if (n == null) {
        IpNetwork ip = IpNetwork.parseIp(s.value());
        if (ip == null) throw a.error("IP address invalid: " + s.value());
        if (ip.v6()) throw a.error("IPv6 invalid: needs prefix length");
        n = new IpNetwork(false, ip.address(), classfulPrefix(ip.address()));
      }
      nets.add(n.masked());
    }
    List<Value> out = new ArrayList<>();
    for (IpNetwork n : mergeAll(nets)) out.add(StringValue.of(n.cidrText()));
    return new ArrayValue(out);
  }

  /** Go's IP.DefaultMask for a bare IPv4 address (class A/B/C). */
  private static int classfulPrefix(BigInteger v4) {
    int first = v4.shiftRight(24).intValue();
    return first < 0x80 ? 8 : first < 0xC0 ? 16 : 24;
  }

  /** Removes covered networks and joins sibling halves until nothing changes; IPv4 before IPv6, by address. */
  static List<IpNetwork> mergeAll(List<IpNetwork> input) {
    List<IpNetwork> nets = new ArrayList<>(input);
    Comparator<IpNetwork> order = Comparator.comparing(IpNetwork::v6).thenComparing(IpNetwork::first)
        .thenComparingInt(IpNetwork::prefix);
    boolean changed = true;
    while (changed) {
      changed = false;
      nets.sort(order);
      List<IpNetwork> next = new ArrayList<>();
      for (IpNetwork n : nets) {
        IpNetwork prev = next.isEmpty() ? null : next.get(next.size() - 1);
        if (prev != null && prev.contains(n)) {
          changed |= true;
          continue;
        }
        if (prev != null && prev.v6() == n.v6() && prev.prefix() == n.prefix() && prev.prefix() > 0) {
          IpNetwork parent = new IpNetwork(prev.v6(), prev.first(), prev.prefix() - 1).masked();
          if (parent.first().equals(prev.first()) && parent.last().equals(n.last())) {
            next.set(next.size() - 1, parent);
            changed = true;
            continue;
          }
        }
        next.add(n);
      }
      nets = next;
    }
    return nets;
  }

  /** Pairs of keys [cidrKey, ipKey] where the CIDR contains the IP or CIDR. */
  private static Value containsMatches(Args a, BuiltinContext ctx) throws BuiltinException {
    List<Value[]> cidrs = keyed(a, 0);
    List<Value[]> targets = keyed(a, 1);
    List<Value> out = new ArrayList<>();
    for (Value[] c : cidrs) {
      IpNetwork net = IpNetwork.parseCidr(((StringValue) c[1]).value());
      if (net == null) throw a.error("invalid CIDR address: " + ((StringValue) c[1]).value());
      for (Value[] t : targets) {
        String s = ((StringValue) t[1]).value();
        IpNetwork other = cidrOrIp(s);
        if (other == null) throw a.error("invalid IP or CIDR address: " + s);
        if (net.contains(other)) out.add(ArrayValue.of(c[0], t[0]));
      }
    }
    return SetValue.of(out);
  }

  /** {key, address string} pairs from a string, array, set or object operand (tuples use their first element). */
  private static List<Value[]> keyed(Args a, int i) throws BuiltinException {
    Value v = a.get(i);
    List<Value[]> out = new ArrayList<>();
    if (v instanceof StringValue s) {
      out.add(new Value[] {s, s});
    } else if (v instanceof ArrayValue arr) {
      for (int k = 0; k < arr.size(); k++) out.add(new Value[] {NumberValue.of(k), address(a, i, arr.get(k))});
    } else if (v instanceof SetValue set) {
      for (Value e : set) out.add(new Value[] {e, address(a, i, e)});
    } else if (v instanceof ObjectValue o) {
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) out.add(new Value[] {e.getKey(), address(a, i, e.getValue())});
    } else {
      throw a.mustBeOneOf(i, "string, array, set, object");
    }
    return out;
  }

  private static Value address(Args a, int i, Value element) throws BuiltinException {
    if (element instanceof StringValue) return element;
    if (element instanceof ArrayValue arr && arr.size() > 0 && arr.get(0) instanceof StringValue s) return s;
    throw a.error("operand " + (i + 1) + ": element must be string or non-empty array");
  }
}
