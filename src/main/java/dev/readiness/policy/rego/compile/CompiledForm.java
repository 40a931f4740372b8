package dev.readiness.policy.rego.compile;

import dev.readiness.policy.rego.ast.Annotation;
import dev.readiness.policy.rego.ast.Expr;
import dev.readiness.policy.rego.ast.Location;
import dev.readiness.policy.rego.ast.Module;
import dev.readiness.policy.rego.ast.Rule;
import dev.readiness.policy.rego.ast.Term;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A compiled policy as bytes, so a policy set compiled once (the built-in library, at build time) is
 * loaded without parsing or compiling: the compiled modules (the AST after name resolution, safety
 * reordering and hoisting) and the closure-local variables keyed by the bodies they belong to. The
 * rule tree is rebuilt on reading by {@link Compiler#link}. Reading what was written gives a policy equal
 * to the one written (records compare by value; closure bodies keep their identity).
 *
 * <p>The format is private to one build of the product: a version number and the writer's format
 * checks guard against a stale file, not against hostile input.
 */
public final class CompiledForm {
  /** Changes whenever the encoding or the AST records change shape. */
  private static final int FORMAT = 1;
  private static final int MAGIC = 0x5245474f; // "REGO"

  private CompiledForm() {}

  /** Writes a compiled policy. */
  public static void write(CompiledPolicy policy, DataOutputStream out) throws IOException {
    Writer w = new Writer(out);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    w.count(policy.modules().size());
    for (Module m : policy.modules()) w.module(m);
    // closure-local variables, by the id of their body (bodies are numbered in the order first written)
    List<Set<String>> byId = new ArrayList<>(java.util.Collections.nCopies(w.bodyIds.size(), (Set<String>) null));
    for (Map.Entry<List<Expr>, Set<String>> e : policy.closureLocals().entrySet()) {
      Integer id = w.bodyIds.get(e.getKey());
      if (id == null) throw new IOException("a closure body of the compiled policy is not in its modules");
      byId.set(id, e.getValue());
    }
    w.count(policy.closureLocals().size());
    for (int id = 0; id < byId.size(); id++) {
      if (byId.get(id) == null) continue;
      w.count(id);
      List<String> names = new ArrayList<>(new TreeSet<>(byId.get(id)));
      w.count(names.size());
      for (String n : names) w.string(n);
    }
  }

  /** Reads a policy written by {@link #write}; an {@link IOException} when the bytes are not one. */
  public static CompiledPolicy read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) throw new IOException("not a compiled policy of this version");
    Reader r = new Reader(in);
    int n = r.count();
    List<Module> modules = new ArrayList<>(n);
    for (int i = 0; i < n; i++) modules.add(r.module());
    IdentityHashMap<List<Expr>, Set<String>> closureLocals = new IdentityHashMap<>();
    int keys = r.count();
    for (int i = 0; i < keys; i++) {
      int id = r.count();
      if (id >= r.bodies.size()) throw new IOException("closure body " + id + " out of range");
      int names = r.count();
      Set<String> set = new HashSet<>();
      for (int j = 0; j < names; j++) set.add(r.string());
      closureLocals.put(r.bodies.get(id), set);
    }
    return Compiler.link(modules, closureLocals);
  }

  /** Writes plain objects as SnakeYAML gives them (maps, lists, strings, numbers, booleans, null). */
  public static void writePlain(Object o, DataOutputStream out) throws IOException {
    new Writer(out).object(o);
  }

  /** Reads what {@link #writePlain} wrote (maps keep their order). */
  public static Object readPlain(DataInputStream in) throws IOException {
    return new Reader(in).object();
  }

  // Tags of terms, expressions, values and annotation objects.
  private static final int NULL = 0;
  private static final int T_SCALAR = 1, T_VAR = 2, T_REF = 3, T_ARR = 4, T_OBJ = 5, T_SET = 6, T_ARRAY_COMPR = 7,
      T_SET_COMPR = 8, T_OBJECT_COMPR = 9, T_CALL = 10, T_TEMPLATE = 11;
  private static final int E_TERM = 1, E_SOME = 2, E_SOME_IN = 3, E_EVERY = 4;
  private static final int V_NULL = 1, V_TRUE = 2, V_FALSE = 3, V_NUMBER = 4, V_STRING = 5, V_ARRAY = 6, V_SET = 7,
      V_OBJECT = 8;
  private static final int O_NULL = 0, O_STRING = 1, O_TRUE = 2, O_FALSE = 3, O_INT = 4, O_LONG = 5, O_BIGINT = 6,
      O_DOUBLE = 7, O_LIST = 8, O_MAP = 9;

  private static final class Writer {
    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();
    final IdentityHashMap<List<Expr>, Integer> bodyIds = new IdentityHashMap<>();

    Writer(DataOutputStream out) { this.out = out; }

    void count(int n) throws IOException {
      // unsigned LEB128
      int v = n;
      while ((v & ~0x7f) != 0) {
        out.writeByte((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      out.writeByte(v);
    }

    void signed(int n) throws IOException { count((n << 1) ^ (n >> 31)); }

    /** 0 null, 1 a new string (then its UTF-8), k+2 the k-th string written before. */
    void string(String s) throws IOException {
      if (s == null) {
        count(0);
        return;
      }
      Integer known = strings.get(s);
      if (known != null) {
        count(known + 2);
        return;
      }
      strings.put(s, strings.size());
      count(1);
      byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      count(b.length);
      out.write(b);
    }

    void bool(boolean b) throws IOException { out.writeByte(b ? 1 : 0); }

    void location(Location l) throws IOException {
      if (l == null) {
        count(0);
        return;
      }
      count(1);
      string(l.file());
      signed(l.line());
      signed(l.column());
    }

    void module(Module m) throws IOException {
      string(m.file());
      strings(m.packagePath());
      count(m.imports().size());
      for (Module.Import i : m.imports()) {
        strings(i.path());
        string(i.alias());
        location(i.loc());
      }
      count(m.rules().size());
      for (Rule r : m.rules()) rule(r);
      annotations(m.annotations());
      location(m.packageLoc());
      annotations(m.packageAnnotations());
    }

    void strings(List<String> l) throws IOException {
      count(l.size());
      for (String s : l) string(s);
    }

    void rule(Rule r) throws IOException {
      if (r == null) {
        count(0);
        return;
      }
      count(r.kind().ordinal() + 1);
      terms(r.ref());
      if (r.args() == null) {
        count(0);
      } else {
        count(1);
        terms(r.args());
      }
      term(r.key());
      term(r.value());
      body(r.body());
      bool(r.isDefault());
      rule(r.elseRule());
      location(r.loc());
      annotations(r.annotations());
    }

    void annotations(List<Annotation> l) throws IOException {
      count(l.size());
      for (Annotation a : l) {
        string(a.scope());
        object(a.raw());
        location(a.loc());
      }
    }

    /** The plain objects of a METADATA block (as SnakeYAML gives them). */
    void object(Object o) throws IOException {
      if (o == null) {
        count(O_NULL);
      } else if (o instanceof String s) {
        count(O_STRING);
        string(s);
      } else if (o instanceof Boolean b) {
        count(b ? O_TRUE : O_FALSE);
      } else if (o instanceof Integer i) {
        count(O_INT);
        out.writeInt(i);
      } else if (o instanceof Long l) {
        count(O_LONG);
        out.writeLong(l);
      } else if (o instanceof BigInteger b) {
        count(O_BIGINT);
        string(b.toString());
      } else if (o instanceof Double d) {
        count(O_DOUBLE);
        out.writeDouble(d);
      } else if (o instanceof List<?> l) {
        count(O_LIST);
        count(l.size());
        for (Object x : l) object(x);
      } else if (o instanceof Map<?, ?> m) {
        count(O_MAP);
        count(m.size());
        for (Map.Entry<?, ?> e : m.entrySet()) {
          object(e.getKey());
          object(e.getValue());
        }
      } else {
        throw new IOException("METADATA value of type " + o.getClass().getName() + " cannot be stored: " + o);
      }
    }

    /** A body; each list instance is written once and referred to by its id afterwards. */
    void body(List<Expr> body) throws IOException {
      Integer id = bodyIds.get(body);
      if (id != null) {
        count(id + 1);
        return;
      }
      bodyIds.put(body, bodyIds.size());
      count(0);
      count(body.size());
      for (Expr e : body) expr(e);
    }

    void expr(Expr e) throws IOException {
      if (e instanceof Expr.TermExpr t) {
        count(E_TERM);
        term(t.term());
        bool(t.negated());
      } else if (e instanceof Expr.SomeDecl s) {
        count(E_SOME);
        count(s.vars().size());
        for (Term.Var v : s.vars()) term(v);
      } else if (e instanceof Expr.SomeIn s) {
        count(E_SOME_IN);
        term(s.key());
        term(s.value());
        term(s.collection());
      } else if (e instanceof Expr.Every ev) {
        count(E_EVERY);
        term(ev.key());
        term(ev.value());
        term(ev.domain());
        body(ev.body());
      } else {
        throw new IOException("unknown expression " + e.getClass().getName());
      }
      count(e.withs().size());
      for (Expr.With w : e.withs()) {
        term(w.target());
        term(w.value());
        location(w.loc());
      }
      location(e.loc());
    }

    void terms(List<Term> l) throws IOException {
      count(l.size());
      for (Term t : l) term(t);
    }

    void term(Term t) throws IOException {
      if (t == null) {
        count(NULL);
        return;
      }
      if (t instanceof Term.Scalar s) {
        count(T_SCALAR);
        value(s.value());
      } else if (t instanceof Term.Var v) {
        count(T_VAR);
        string(v.name());
      } else if (t instanceof Term.Ref r) {
        count(T_REF);
        term(r.head());
        terms(r.path());
      } else if (t instanceof Term.Arr a) {
        count(T_ARR);
        terms(a.items());
      } else if (t instanceof Term.Obj o) {
        count(T_OBJ);
        count(o.entries().size());
        for (Term.Pair p : o.entries()) {
          term(p.key());
          term(p.value());
        }
      } else if (t instanceof Term.SetTerm s) {
        count(T_SET);
        terms(s.items());
      } else if (t instanceof Term.ArrayCompr c) {
        count(T_ARRAY_COMPR);
        term(c.head());
        body(c.body());
      } else if (t instanceof Term.SetCompr c) {
        count(T_SET_COMPR);
        term(c.head());
        body(c.body());
      } else if (t instanceof Term.ObjectCompr c) {
        count(T_OBJECT_COMPR);
        term(c.key());
        term(c.value());
        body(c.body());
      } else if (t instanceof Term.Call c) {
        count(T_CALL);
        string(c.name());
        terms(c.args());
      } else if (t instanceof Term.Template tp) {
        count(T_TEMPLATE);
        body(tp.parts());
      } else {
        throw new IOException("unknown term " + t.getClass().getName());
      }
      location(t.loc());
    }

    void value(Value v) throws IOException {
      if (v instanceof NullValue) {
        count(V_NULL);
      } else if (v instanceof BoolValue b) {
        count(b.value() ? V_TRUE : V_FALSE);
      } else if (v instanceof NumberValue n) {
        count(V_NUMBER);
        string(n.value().toString());
      } else if (v instanceof StringValue s) {
        count(V_STRING);
        string(s.value());
      } else if (v instanceof ArrayValue a) {
        count(V_ARRAY);
        count(a.size());
        for (Value x : a.elements()) value(x);
      } else if (v instanceof SetValue s) {
        count(V_SET);
        count(s.size());
        for (Value x : s) value(x);
      } else if (v instanceof ObjectValue o) {
        count(V_OBJECT);
        count(o.size());
        for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
          value(e.getKey());
          value(e.getValue());
        }
      } else {
        throw new IOException("unknown value " + v.getClass().getName());
      }
    }
  }

  private static final class Reader {
    private final DataInputStream in;
    private final List<String> strings = new ArrayList<>();
    final List<List<Expr>> bodies = new ArrayList<>();

    Reader(DataInputStream in) { this.in = in; }

    int count() throws IOException {
      int v = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = in.readUnsignedByte();
        v |= (b & 0x7f) << shift;
        if ((b & 0x80) == 0) return v;
      }
      throw new IOException("malformed count");
    }

    int signed() throws IOException {
      int z = count();
      return (z >>> 1) ^ -(z & 1);
    }

    String string() throws IOException {
      int c = count();
      if (c == 0) return null;
      if (c >= 2) return strings.get(c - 2);
      byte[] b = new byte[count()];
      in.readFully(b);
      String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
      strings.add(s);
      return s;
    }

    boolean bool() throws IOException { return in.readByte() != 0; }

    Location location() throws IOException {
      if (count() == 0) return null;
      return new Location(string(), signed(), signed());
    }

    Module module() throws IOException {
      String file = string();
      List<String> pkg = strings();
      int ni = count();
      List<Module.Import> imports = new ArrayList<>(ni);
      for (int i = 0; i < ni; i++) imports.add(new Module.Import(strings(), string(), location()));
      int nr = count();
      List<Rule> rules = new ArrayList<>(nr);
      for (int i = 0; i < nr; i++) rules.add(rule());
      List<Annotation> annotations = annotations();
      Location packageLoc = location();
      List<Annotation> packageAnnotations = annotations();
      return new Module(file, pkg, List.copyOf(imports), List.copyOf(rules), annotations, packageLoc, packageAnnotations);
    }

    List<String> strings() throws IOException {
      int n = count();
      String[] out = new String[n];
      for (int i = 0; i < n; i++) out[i] = string();
      return List.of(out);
    }

    Rule rule() throws IOException {
      int kind = count();
      if (kind == 0) return null;
      List<Term> ref = terms();
      List<Term> args = count() == 0 ? null : terms();
      Term key = term();
      Term value = term();
      List<Expr> body = body();
      boolean isDefault = bool();
      Rule elseRule = rule();
      Location loc = location();
      List<Annotation> annotations = annotations();
      return new Rule(Rule.Kind.values()[kind - 1], ref, args, key, value, body, isDefault, elseRule, loc, annotations);
    }

    List<Annotation> annotations() throws IOException {
      int n = count();
      Annotation[] out = new Annotation[n];
      for (int i = 0; i < n; i++) {
        String scope = string();
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) object();
        out[i] = new Annotation(scope, raw, location());
      }
      return List.of(out);
    }

    Object object() throws IOException {
      int tag = count();
      switch (tag) {
        case O_NULL: return null;
        case O_STRING: return string();
        case O_TRUE: return Boolean.TRUE;
        case O_FALSE: return Boolean.FALSE;
        case O_INT: return in.readInt();
        case O_LONG: return in.readLong();
        case O_BIGINT: return new BigInteger(string());
        case O_DOUBLE: return in.readDouble();
        case O_LIST: {
          int n = count();
          List<Object> l = new ArrayList<>(n);
          for (int i = 0; i < n; i++) l.add(object());
          return l;
        }
        case O_MAP: {
          int n = count();
          Map<Object, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) m.put(object(), object());
          return m;
        }
        default: throw new IOException("unknown METADATA tag " + tag);
      }
    }

    /** A body: a new list (registered under the next id) or one read before. */
    List<Expr> body() throws IOException {
      int ref = count();
      if (ref > 0) {
        if (ref > bodies.size()) throw new IOException("body " + (ref - 1) + " read before it was written");
        return bodies.get(ref - 1);
      }
      int id = bodies.size();
      bodies.add(null);
      int n = count();
      Expr[] exprs = new Expr[n];
      for (int i = 0; i < n; i++) exprs[i] = expr();
      List<Expr> body = List.of(exprs);
      bodies.set(id, body);
      return body;
    }

    Expr expr() throws IOException {
      int tag = count();
      switch (tag) {
        case E_TERM: {
          Term t = term();
          boolean negated = bool();
          List<Expr.With> withs = withs();
          return new Expr.TermExpr(t, negated, withs, location());
        }
        case E_SOME: {
          int n = count();
          Term.Var[] vars = new Term.Var[n];
          for (int i = 0; i < n; i++) vars[i] = (Term.Var) term();
          return new Expr.SomeDecl(List.of(vars), withs(), location());
        }
        case E_SOME_IN: {
          Term key = term();
          Term value = term();
          Term collection = term();
          return new Expr.SomeIn(key, value, collection, withs(), location());
        }
        case E_EVERY: {
          Term.Var key = (Term.Var) term();
          Term.Var value = (Term.Var) term();
          Term domain = term();
          List<Expr> body = body();
          return new Expr.Every(key, value, domain, body, withs(), location());
        }
        default: throw new IOException("unknown expression tag " + tag);
      }
    }

    List<Expr.With> withs() throws IOException {
      int n = count();
      if (n == 0) return List.of();
      Expr.With[] out = new Expr.With[n];
      for (int i = 0; i < n; i++) out[i] = new Expr.With(term(), term(), location());
      return List.of(out);
    }

    List<Term> terms() throws IOException {
      int n = count();
      Term[] out = new Term[n];
      for (int i = 0; i < n; i++) out[i] = term();
      return List.of(out);
    }

    Term term() throws IOException {
      int tag = count();
      switch (tag) {
        case NULL: return null;
        case T_SCALAR: return new Term.Scalar(value(), location());
        case T_VAR: return new Term.Var(string(), location());
        case T_REF: {
          Term head = term();
          return new Term.Ref(head, terms(), location());
        }
        case T_ARR: return new Term.Arr(terms(), location());
        case T_OBJ: {
          int n = count();
          Term.Pair[] pairs = new Term.Pair[n];
          for (int i = 0; i < n; i++) pairs[i] = new Term.Pair(term(), term());
          return new Term.Obj(List.of(pairs), location());
        }
        case T_SET: return new Term.SetTerm(terms(), location());
        case T_ARRAY_COMPR: {
          Term head = term();
          return new Term.ArrayCompr(head, body(), location());
        }
        case T_SET_COMPR: {
          Term head = term();
          return new Term.SetCompr(head, body(), location());
        }
        case T_OBJECT_COMPR: {
          Term key = term();
          Term value = term();
          return new Term.ObjectCompr(key, value, body(), location());
        }
        case T_CALL: {
          String name = string();
          return new Term.Call(name, terms(), location());
        }
        case T_TEMPLATE: return new Term.Template(body(), location());
        default: throw new IOException("unknown term tag " + tag);
      }
    }

    Value value() throws IOException {
      int tag = count();
      switch (tag) {
        case V_NULL: return NullValue.INSTANCE;
        case V_TRUE: return BoolValue.TRUE;
        case V_FALSE: return BoolValue.FALSE;
        case V_NUMBER: return NumberValue.of(new BigDecimal(string()));
        case V_STRING: return StringValue.of(string());
        case V_ARRAY: {
          int n = count();
          List<Value> l = new ArrayList<>(n);
          for (int i = 0; i < n; i++) l.add(value());
          return new ArrayValue(l);
        }
        case V_SET: {
          int n = count();
          List<Value> l = new ArrayList<>(n);
          for (int i = 0; i < n; i++) l.add(value());
          return SetValue.of(l);
        }
        case V_OBJECT: {
          int n = count();
          TreeMap<Value, Value> m = new TreeMap<>();
          for (int i = 0; i < n; i++) m.put(value(), value());
          return ObjectValue.of(m);
        }
        default: throw new IOException("unknown value tag " + tag);
      }
    }
  }
}
