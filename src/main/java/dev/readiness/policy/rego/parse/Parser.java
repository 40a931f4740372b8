package dev.readiness.policy.rego.parse;

import dev.readiness.policy.rego.ast.Annotation;
import dev.readiness.policy.rego.ast.Expr;
import dev.readiness.policy.rego.ast.Location;
import dev.readiness.policy.rego.ast.Module;
import dev.readiness.policy.rego.ast.Rule;
import dev.readiness.policy.rego.ast.Term;
import dev.readiness.policy.rego.parse.Token.Type;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Recursive-descent parser for Rego v1 modules, queries and terms. */
public final class Parser {
  private static final Set<String> KEYWORDS = Set.of("package", "import", "as", "default", "else", "not", "with",
      "some", "in", "every", "if", "contains", "true", "false", "null");

  private final String file;
  private final List<Token> toks;
  private final List<Lexer.Comment> comments;
  private final int[] wildcardCounter;
  /** Rego v0 syntax (OPA's --v0-compatible): bodies without `if`, `p[x] { }` partial sets, opt-in keywords. */
  private final boolean v0;
  /** The keywords in effect: in v0 `in`, `contains`, `if` and `every` only after `import future.keywords...` or `import rego.v1`. */
  private final Set<String> softKeywords = new java.util.HashSet<>();
  private int p;
  /** Open nesting levels: terms inside terms, operator chains, every bodies and else chains. */
  private int depth;

  /**
   * Deepest nesting accepted. The parser, the compiler and the evaluator recurse over the tree, so deeper
   * input (a few kilobytes of {@code [[[[}) would overflow the stack; like OPA's parser, refuse it as a
   * syntax error instead.
   */
  static final int MAX_NESTING = 200;

  private static final Set<String> SOFT = Set.of("in", "contains", "if", "every");

  private Parser(String file, Lexer lexer, int[] wildcardCounter, boolean v0) {
    this.file = file;
    this.toks = lexer.tokens();
    this.comments = lexer.comments();
    this.wildcardCounter = wildcardCounter;
    this.v0 = v0;
    if (!v0) softKeywords.addAll(SOFT);
  }

  private Parser(String file, Lexer lexer, int[] wildcardCounter) { this(file, lexer, wildcardCounter, false); }

  /** Parses a module. */
  public static Module parseModule(String file, String source) throws ParseError {
    return parseModule(file, source, false);
  }

  /** Parses a module, in Rego v0 syntax when {@code v0} (as OPA 1.x's --v0-compatible). */
  public static Module parseModule(String file, String source, boolean v0) throws ParseError {
    Parser ps = new Parser(file, new Lexer(file, source).run(), new int[1], v0);
    return ps.module();
  }

  /** True when t is the keyword k and k is in effect. */
  private boolean kw(Token t, String k) { return t.isIdent(k) && softKeywords.contains(k); }

  private boolean isKeyword(String name) {
    return KEYWORDS.contains(name) && (!SOFT.contains(name) || softKeywords.contains(name));
  }

  /** Parses a query (a body without braces). */
  public static List<Expr> parseQuery(String source) throws ParseError {
    Parser ps = new Parser("query", new Lexer("query", source).run(), new int[1]);
    List<Expr> body = ps.bodyUntil(Type.EOF);
    ps.expect(Type.EOF, "end of query");
    if (body.isEmpty()) throw new ParseError("empty query", new Location("query", 1, 1));
    return body;
  }

  /** Parses a single term (used for input_term and tests). */
  public static Term parseTerm(String source) throws ParseError {
    Parser ps = new Parser("term", new Lexer("term", source).run(), new int[1]);
    Term t = ps.termIn(false);
    ps.expect(Type.EOF, "end of term");
    return t;
  }

  // ---------------------------------------------------------------- module

  private Module module() throws ParseError {
    List<MetadataBlock> blocks = MetadataBlock.collect(file, comments);
    Token pk = peek();
    if (!pk.isIdent("package")) throw err(pk, "expected `package` declaration, found " + describe(pk));
    next();
    List<String> pkg = packagePath();
    Location pkgLoc = loc(pk);
    List<Module.Import> imports = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    List<Annotation> all = new ArrayList<>();
    List<Annotation> pkgAnn = new ArrayList<>();
    int prevEnd = 0;
    for (MetadataBlock b : blocks) {
      if (b.endLine() < pk.line()) {
        pkgAnn.add(b.toAnnotation("package"));
      }
    }
    all.addAll(pkgAnn);
    prevEnd = pk.line();
    while (!peek().is(Type.EOF)) {
      Token t = peek();
      if (t.isIdent("import") && !adjacentDot(1)) {
        next();
        Module.Import imp = importDecl(t);
        imports.add(imp);
        if (imp.path().get(0).equals("rego") || (imp.path().get(0).equals("future") && imp.path().size() > 1
            && imp.path().get(1).equals("keywords"))) {
          if (imp.path().size() == 3 && imp.path().get(0).equals("future")) {
            softKeywords.add(imp.path().get(2));
          } else {
            softKeywords.addAll(SOFT);
          }
        }
        prevEnd = prev().line();
        continue;
      }
      if (t.isIdent("package") && !adjacentDot(1)) {
        throw err(t, "unexpected `package`: one module has one package declaration");
      }
      List<Annotation> ann = new ArrayList<>();
      for (MetadataBlock b : blocks) {
        if (b.startLine() > prevEnd && b.endLine() < t.line()) {
          Annotation a = b.toAnnotation("rule");
          if (a.scope().equals("package") || a.scope().equals("subpackages")) {
            pkgAnn.add(a);
          } else {
            ann.add(a);
          }
          all.add(a);
        }
      }
      rules.addAll(rule(pkg, ann));
      prevEnd = prev().line();
    }
    return new Module(file, pkg, imports, rules, all, pkgLoc, pkgAnn);
  }

  private boolean adjacentDot(int ahead) {
    Token t = peekAt(ahead);
    return t.is(Type.DOT) && !t.spaceBefore();
  }

  private List<String> packagePath() throws ParseError {
    List<String> path = new ArrayList<>();
    Token first = next();
    if (!first.is(Type.IDENT)) throw err(first, "expected package name, found " + describe(first));
    path.add(first.text());
    while (true) {
      Token t = peek();
      if (t.is(Type.DOT) && !t.spaceBefore()) {
        next();
        Token id = next();
        if (!id.is(Type.IDENT)) throw err(id, "expected name after '.' in package path");
        path.add(id.text());
      } else if (t.is(Type.LBRACK) && !t.spaceBefore()) {
        next();
        Token s = next();
        if (!s.is(Type.STRING) && !s.is(Type.RAW_STRING)) throw err(s, "package path operands must be strings");
        path.add(s.text());
        expect(Type.RBRACK, "']'");
      } else {
        break;
      }
    }
    if (path.get(0).equals("data")) path.remove(0);
    return path;
  }

  private Module.Import importDecl(Token kw) throws ParseError {
    Token first = next();
    if (!first.is(Type.IDENT)) throw err(first, "expected import path, found " + describe(first));
    List<String> path = new ArrayList<>();
    path.add(first.text());
    while (true) {
      Token t = peek();
      if (t.is(Type.DOT) && !t.spaceBefore()) {
        next();
        Token id = next();
        if (!id.is(Type.IDENT)) throw err(id, "expected name after '.' in import path");
        path.add(id.text());
      } else if (t.is(Type.LBRACK) && !t.spaceBefore()) {
        next();
        Token s = next();
        if (!s.is(Type.STRING)) throw err(s, "import path operands must be strings");
        path.add(s.text());
        expect(Type.RBRACK, "']'");
      } else {
        break;
      }
    }
    String root = path.get(0);
    if (!root.equals("data") && !root.equals("input") && !root.equals("rego") && !root.equals("future")) {
      throw err(first, "unexpected import path, must begin with one of: {data, future, input, rego}, got: " + root);
    }
    String alias = null;
    if (peek().isIdent("as") && !peek().newlineBefore()) {
      next();
      Token a = next();
      if (!a.is(Type.IDENT)) throw err(a, "expected alias name after `as`");
      alias = a.text();
    }
    return new Module.Import(path, alias, loc(kw));
  }

  // ---------------------------------------------------------------- rules

  private List<Rule> rule(List<String> pkg, List<Annotation> ann) throws ParseError {
    Token start = peek();
    boolean isDefault = false;
    if (start.isIdent("default") && !adjacentDot(1)) {
      next();
      isDefault = true;
    }
    Token nameTok = next();
    if (!nameTok.is(Type.IDENT)) throw err(nameTok, "expected rule name, found " + describe(nameTok));
    if (isKeyword(nameTok.text()) && !(peek().is(Type.DOT) && !peek().spaceBefore())) {
      throw err(nameTok, "unexpected keyword `" + nameTok.text() + "`: expected rule");
    }
    List<Term> ref = new ArrayList<>();
    for (String s : pkg) ref.add(new Term.Scalar(StringValue.of(s), loc(start)));
    ref.add(new Term.Scalar(StringValue.of(nameTok.text()), loc(nameTok)));
    while (true) {
      Token t = peek();
      if (t.is(Type.DOT) && !t.spaceBefore()) {
        next();
        Token id = next();
        if (!id.is(Type.IDENT)) throw err(id, "expected name after '.' in rule head");
        ref.add(new Term.Scalar(StringValue.of(id.text()), loc(id)));
      } else if (t.is(Type.LBRACK) && !t.spaceBefore()) {
        next();
        ref.add(termIn(false));
        expect(Type.RBRACK, "']' in rule head");
      } else {
        break;
      }
    }
    List<Term> args = null;
    if (peek().is(Type.LPAREN) && !peek().spaceBefore()) {
      next();
      args = new ArrayList<>();
      if (!peek().is(Type.RPAREN)) {
        while (true) {
          args.add(termIn(false));
          if (peek().is(Type.COMMA)) {
            next();
            if (peek().is(Type.RPAREN)) break;
            continue;
          }
          break;
        }
      }
      expect(Type.RPAREN, "')' after function arguments");
      // as in OPA, `r() := v` is the plain rule r (and `r()` is no call)
      if (args.isEmpty()) args = null;
    }
    Location loc = loc(start);
    Term key = null;
    Term value = null;
    Rule.Kind kind = args != null ? Rule.Kind.FUNCTION : Rule.Kind.SINGLE;
    boolean explicitValue = false;
    Token t = peek();
    if (kw(t, "contains") && !t.newlineBefore()) {
      if (args != null) throw err(t, "functions cannot use `contains`");
      if (isDefault) throw err(t, "default rules cannot use `contains`");
      next();
      key = termIn(false);
      kind = Rule.Kind.MULTI;
    } else if ((t.is(Type.ASSIGN) || t.is(Type.UNIFY)) && !t.newlineBefore()) {
      next();
      value = termIn(false);
      explicitValue = true;
    } else if (t.is(Type.LBRACE) && !t.newlineBefore() && !v0) {
      throw err(t, "`if` keyword is required before rule body");
    }
    if (isDefault) {
      if (value == null) throw err(peek(), "default rule must have a value (`default " + nameTok.text() + " := ...`)");
      if (!isGroundLiteral(value)) throw new ParseError("default rule value cannot contain variables or calls", value.loc());
      return List.of(new Rule(kind, ref, args, null, value, List.of(), true, null, loc, ann));
    }
    if (value == null && kind != Rule.Kind.MULTI) value = new Term.Scalar(BoolValue.TRUE, loc(nameTok));
    List<Expr> body = List.of();
    boolean hasBody = false;
    if (kw(peek(), "if") && !peek().newlineBefore()) {
      next();
      body = ifBody();
      hasBody = true;
    } else if (v0 && peek().is(Type.LBRACE)) {
      next();
      body = bodyUntil(Type.RBRACE);
      expect(Type.RBRACE, "'}' to close the rule body");
      hasBody = true;
      // v0: `p[x] { ... }` (one operand after the name, no value) is a partial set
      if (kind == Rule.Kind.SINGLE && !explicitValue && ref.size() == pkg.size() + 2) {
        kind = Rule.Kind.MULTI;
        key = ref.remove(ref.size() - 1);
        value = null;
      }
    } else if (peek().is(Type.LBRACE) && !peek().newlineBefore()) {
      throw err(peek(), "`if` keyword is required before rule body");
    }
    Rule elseRule = null;
    if (peek().isIdent("else") && !adjacentDot(1)) {
      if (!hasBody) throw err(peek(), "`else` requires the rule to have a body");
      if (kind == Rule.Kind.MULTI) throw err(peek(), "`else` is not allowed on multi-value (contains) rules");
      elseRule = elseChain(ref, args, kind, value);
    }
    List<Rule> rules = new ArrayList<>();
    rules.add(new Rule(kind, ref, args, key, value, body, false, elseRule, loc, ann));
    // chained bodies `p if { a } { b }`: each further block is another rule with the same head
    while (hasBody && peek().is(Type.LBRACE)) {
      Token open = next();
      if (elseRule != null) throw err(open, "expected else keyword");
      List<Expr> more = bodyUntil(Type.RBRACE);
      expect(Type.RBRACE, "'}' to close the rule body");
      rules.add(new Rule(kind, ref, args, key, value, more, false, null, loc(open), List.of()));
    }
    return rules;
  }

  private Rule elseChain(List<Term> ref, List<Term> args, Rule.Kind kind, Term parentValue) throws ParseError {
    Token e = next(); // else
    enter(e); // each else nests the next one; left open until the chain ends

    Term value = null;
    if (peek().is(Type.ASSIGN) || peek().is(Type.UNIFY)) {
      next();
      value = termIn(false);
    }
    if (value == null) value = new Term.Scalar(BoolValue.TRUE, loc(e));
    List<Expr> body = List.of();
    if (kw(peek(), "if")) {
      next();
      body = ifBody();
    } else if (peek().is(Type.LBRACE) && !peek().newlineBefore()) {
      next();
      body = bodyUntil(Type.RBRACE);
      expect(Type.RBRACE, "'}'");
    }
    Rule next = null;
    if (peek().isIdent("else") && !adjacentDot(1)) next = elseChain(ref, args, kind, value);
    depth--;
    return new Rule(kind, ref, args, null, value, body, false, next, loc(e), List.of());
  }

  private List<Expr> ifBody() throws ParseError {
    if (peek().is(Type.LBRACE)) {
      // `if {` normally opens a body block; if that does not parse, it may be a single
      // expression starting with an object or comprehension literal
      int save = p;
      int saveDepth = depth;
      try {
        next();
        List<Expr> body = bodyUntil(Type.RBRACE);
        expect(Type.RBRACE, "'}' to close the rule body");
        return body;
      } catch (ParseError blockError) {
        p = save;
        depth = saveDepth;
        try {
          return List.of(expr());
        } catch (ParseError exprError) {
          throw blockError;
        }
      }
    }
    return List.of(expr());
  }

  private static boolean isGroundLiteral(Term t) {
    if (t instanceof Term.Scalar) return true;
    if (t instanceof Term.Arr a) return a.items().stream().allMatch(Parser::isGroundLiteral);
    if (t instanceof Term.SetTerm s) return s.items().stream().allMatch(Parser::isGroundLiteral);
    if (t instanceof Term.Obj o) {
      return o.entries().stream().allMatch(en -> isGroundLiteral(en.key()) && isGroundLiteral(en.value()));
    }
    if (t instanceof Term.Ref r) {
      // refs to input/data are allowed by OPA in defaults only when ground; keep it simple: allow
      return r.head() instanceof Term.Var v && (v.name().equals("input") || v.name().equals("data"));
    }
    if (t instanceof Term.Call c && c.name().equals("minus")) return true;
    return t instanceof Term.ArrayCompr || t instanceof Term.SetCompr || t instanceof Term.ObjectCompr;
  }

  // ---------------------------------------------------------------- bodies and expressions

  private List<Expr> bodyUntil(Type closing) throws ParseError {
    List<Expr> body = new ArrayList<>();
    while (true) {
      while (peek().is(Type.SEMI)) next();
      if (peek().is(closing)) break;
      if (peek().is(Type.EOF)) throw err(peek(), "unexpected end of input, expected " + describe(closing));
      body.add(expr());
      Token t = peek();
      if (t.is(Type.SEMI) || t.is(closing) || t.newlineBefore()) continue;
      throw err(t, "unexpected " + describe(t) + ": expected end of expression (newline or ';')");
    }
    return body;
  }

  private Expr expr() throws ParseError {
    Token t = peek();
    Expr e;
    if (t.isIdent("some") && !adjacentDot(1)) {
      e = someExpr();
    } else if (kw(t, "every") && !adjacentDot(1)) {
      e = everyExpr();
    } else {
      boolean negated = false;
      if (t.isIdent("not") && !adjacentDot(1)) {
        next();
        negated = true;
      }
      Term term = exprTerm();
      e = new Expr.TermExpr(term, negated, List.of(), loc(t));
    }
    List<Expr.With> withs = withs();
    if (withs.isEmpty()) return e;
    return withWiths(e, withs);
  }

  private static Expr withWiths(Expr e, List<Expr.With> withs) {
    if (e instanceof Expr.TermExpr te) return new Expr.TermExpr(te.term(), te.negated(), withs, te.loc());
    if (e instanceof Expr.SomeIn s) return new Expr.SomeIn(s.key(), s.value(), s.collection(), withs, s.loc());
    if (e instanceof Expr.Every ev) {
      return new Expr.Every(ev.key(), ev.value(), ev.domain(), ev.body(), withs, ev.loc());
    }
    Expr.SomeDecl sd = (Expr.SomeDecl) e;
    return new Expr.SomeDecl(sd.vars(), withs, sd.loc());
  }

  private List<Expr.With> withs() throws ParseError {
    List<Expr.With> out = new ArrayList<>();
    while (peek().isIdent("with") && !adjacentDot(1)) {
      Token w = next();
      Term target = termOr(false);
      Token as = next();
      if (!as.isIdent("as")) throw err(as, "expected `as` in with modifier, found " + describe(as));
      Term value = termIn(false);
      out.add(new Expr.With(target, value, loc(w)));
    }
    return out;
  }

  /** An expression term: unification, assignment, membership and everything below. */
  private Term exprTerm() throws ParseError {
    Term lhs = termInWithKey();
    Token op = peek();
    if (op.is(Type.ASSIGN) || op.is(Type.UNIFY)) {
      next();
      Term rhs = termIn(false);
      if (op.is(Type.ASSIGN)) checkAssignTarget(lhs);
      return new Term.Call(op.is(Type.ASSIGN) ? "assign" : "eq", List.of(lhs, rhs), loc(op));
    }
    return lhs;
  }

  private void checkAssignTarget(Term lhs) throws ParseError {
    if (lhs instanceof Term.Var || lhs instanceof Term.Arr || lhs instanceof Term.Obj) return;
    if (lhs instanceof Term.Ref r) {
      throw new ParseError("cannot assign to ref (use a variable on the left of :=)", r.loc());
    }
    throw new ParseError("cannot assign to " + termKind(lhs), lhs.loc());
  }

  private static String termKind(Term t) {
    if (t instanceof Term.Scalar s) return s.value().typeName();
    if (t instanceof Term.Call) return "call";
    return "term";
  }

  private Expr someExpr() throws ParseError {
    Token kw = next();
    List<Term> terms = new ArrayList<>();
    terms.add(termRelation(false));
    while (peek().is(Type.COMMA)) {
      next();
      terms.add(termRelation(false));
    }
    if (kw(peek(), "in") && !adjacentDot(1)) {
      next();
      if (terms.size() > 2) throw err(kw, "`some` with `in` takes one or two variables (`some k, v in xs`)");
      Term coll = termRelation(false);
      Term key = terms.size() == 2 ? terms.get(0) : null;
      Term val = terms.get(terms.size() - 1);
      return new Expr.SomeIn(key, val, coll, List.of(), loc(kw));
    }
    List<Term.Var> vars = new ArrayList<>();
    for (Term t : terms) {
      if (!(t instanceof Term.Var v)) throw new ParseError("expected variable after `some`", t.loc());
      vars.add(v);
    }
    return new Expr.SomeDecl(vars, List.of(), loc(kw));
  }

  private Expr everyExpr() throws ParseError {
    Token kw = next();
    Term first = termRelation(false);
    Term second = null;
    if (peek().is(Type.COMMA)) {
      next();
      second = termRelation(false);
    }
    Token in = next();
    if (!in.isIdent("in")) throw err(in, "expected `in` after `every` variables, found " + describe(in));
    Term domain = termRelation(false);
    expect(Type.LBRACE, "'{' to open the body of `every`");
    enter(kw);
    List<Expr> body = bodyUntil(Type.RBRACE);
    depth--;
    expect(Type.RBRACE, "'}' to close the body of `every`");
    Term k = second == null ? null : first;
    Term v = second == null ? first : second;
    if (k != null && !(k instanceof Term.Var)) throw new ParseError("every key must be a variable", k.loc());
    if (!(v instanceof Term.Var)) throw new ParseError("every value must be a variable", v.loc());
    return new Expr.Every((Term.Var) k, (Term.Var) v, domain, body, List.of(), loc(kw));
  }

  // ---------------------------------------------------------------- infix terms

  /** Membership that may use the key form {@code k, v in xs} (expressions and parentheses only). */
  private Term termInWithKey() throws ParseError {
    Token start = peek();
    Term lhs = termRelation(false);
    if (peek().is(Type.COMMA)) {
      next();
      Term v = termRelation(false);
      Token in = next();
      if (!in.isIdent("in")) throw err(in, "expected `in` after `key, value`");
      Term coll = termRelation(false);
      lhs = new Term.Call("internal.member_3", List.of(lhs, v, coll), loc(start));
    }
    return memberChain(lhs, false);
  }

  private Term termIn(boolean noBar) throws ParseError {
    return memberChain(termRelation(noBar), noBar);
  }

  /** {@code lhs in a in b ...}, left-associative; each {@code in} opens one nesting level. */
  private Term memberChain(Term lhs, boolean noBar) throws ParseError {
    int outer = depth;
    while (kw(peek(), "in") && !adjacentDot(1)) {
      Token op = next();
      enter(op);
      Term rhs = termRelation(noBar);
      lhs = new Term.Call("internal.member_2", List.of(lhs, rhs), loc(op));
    }
    depth = outer;
    return lhs;
  }

  private Term termRelation(boolean noBar) throws ParseError {
    int outer = depth;
    Term lhs = termOr(noBar);
    while (true) {
      Token op = peek();
      String name = switch (op.type()) {
        case EQ -> "equal";
        case NEQ -> "neq";
        case LT -> "lt";
        case LTE -> "lte";
        case GT -> "gt";
        case GTE -> "gte";
        default -> null;
      };
      if (name == null) {
        depth = outer;
        return lhs;
      }
      next();
      enter(op);
      Term rhs = termOr(noBar);
      lhs = new Term.Call(name, List.of(lhs, rhs), loc(op));
    }
  }

  private Term termOr(boolean noBar) throws ParseError {
    int outer = depth;
    Term lhs = termAnd(noBar);
    while (!noBar && peek().is(Type.BAR)) {
      Token op = next();
      enter(op);
      lhs = new Term.Call("or", List.of(lhs, termAnd(noBar)), loc(op));
    }
    depth = outer;
    return lhs;
  }

  private Term termAnd(boolean noBar) throws ParseError {
    int outer = depth;
    Term lhs = termArith(noBar);
    while (peek().is(Type.AMP)) {
      Token op = next();
      enter(op);
      lhs = new Term.Call("and", List.of(lhs, termArith(noBar)), loc(op));
    }
    depth = outer;
    return lhs;
  }

  private Term termArith(boolean noBar) throws ParseError {
    int outer = depth;
    Term lhs = termFactor(noBar);
    while (peek().is(Type.PLUS) || peek().is(Type.MINUS)) {
      Token op = next();
      enter(op);
      lhs = new Term.Call(op.is(Type.PLUS) ? "plus" : "minus", List.of(lhs, termFactor(noBar)), loc(op));
    }
    depth = outer;
    return lhs;
  }

  private Term termFactor(boolean noBar) throws ParseError {
    int outer = depth;
    Term lhs = primary();
    while (peek().is(Type.STAR) || peek().is(Type.SLASH) || peek().is(Type.PERCENT)) {
      Token op = next();
      enter(op);
      String name = op.is(Type.STAR) ? "mul" : op.is(Type.SLASH) ? "div" : "rem";
      lhs = new Term.Call(name, List.of(lhs, primary()), loc(op));
    }
    depth = outer;
    return lhs;
  }

  // ---------------------------------------------------------------- primary terms

  private Term primary() throws ParseError {
    enter(peek());
    Term term = primaryTerm();
    depth--;
    return term;
  }

  private Term primaryTerm() throws ParseError {
    Token t = next();
    Location l = loc(t);
    Term base;
    switch (t.type()) {
      case NUMBER:
        base = new Term.Scalar(number(t), l);
        break;
      case STRING:
      case RAW_STRING:
        base = new Term.Scalar(StringValue.of(t.text()), l);
        break;
      case TEMPLATE:
        base = template(t);
        break;
      case MINUS: {
        Token n = peek();
        if (n.is(Type.NUMBER) && !n.spaceBefore()) {
          next();
          return refOps(new Term.Scalar(NumberValue.parse("-" + n.text()), l));
        }
        Term operand = primary();
        return new Term.Call("minus", List.of(new Term.Scalar(NumberValue.of(0), l), operand), l);
      }
      case LBRACK:
        base = arrayOrCompr(t);
        break;
      case LBRACE:
        base = braceTerm(t);
        break;
      case LPAREN: {
        Term inner = termInWithKey();
        expect(Type.RPAREN, "')'");
        base = inner;
        break;
      }
      case IDENT:
        base = identTerm(t);
        if (base instanceof Term.Call) return refOps(base);
        break;
      default:
        throw err(t, "unexpected " + describe(t) + ", expected a term");
    }
    return refOps(base);
  }

  private Term identTerm(Token t) throws ParseError {
    Location l = loc(t);
    String name = t.text();
    boolean dotNext = peek().is(Type.DOT) && !peek().spaceBefore();
    if (!dotNext) {
      switch (name) {
        case "true": return new Term.Scalar(BoolValue.TRUE, l);
        case "false": return new Term.Scalar(BoolValue.FALSE, l);
        case "null": return new Term.Scalar(NullValue.INSTANCE, l);
        default: break;
      }
      if (name.equals("set") && peek().is(Type.LPAREN) && !peek().spaceBefore() && peekAt(1).is(Type.RPAREN)) {
        next();
        next();
        return new Term.SetTerm(List.of(), l);
      }
      if (isKeyword(name) && !(peek().is(Type.LBRACK) && !peek().spaceBefore())
          && !(peek().is(Type.LPAREN) && !peek().spaceBefore())) {
        throw err(t, "unexpected keyword `" + name + "`");
      }
    }
    Term.Var v = var(name, l);
    // dotted call: a.b.c(args)
    int save = p;
    StringBuilder dotted = new StringBuilder(name);
    while (peek().is(Type.DOT) && !peek().spaceBefore() && peekAt(1).is(Type.IDENT) && !peekAt(1).spaceBefore()) {
      next();
      dotted.append('.').append(next().text());
    }
    if (peek().is(Type.LPAREN) && !peek().spaceBefore() && !v.isWildcard()) {
      next();
      List<Term> args = new ArrayList<>();
      if (!peek().is(Type.RPAREN)) {
        while (true) {
          args.add(termIn(false));
          if (peek().is(Type.COMMA)) {
            next();
            if (peek().is(Type.RPAREN)) break;
            continue;
          }
          break;
        }
      }
      expect(Type.RPAREN, "')' to close the call of " + dotted);
      return new Term.Call(dotted.toString(), args, l);
    }
    p = save;
    return v;
  }

  private Term.Var var(String name, Location l) {
    if (name.equals("_")) return new Term.Var("$_" + (wildcardCounter[0]++), l);
    return new Term.Var(name, l);
  }

  /** Applies reference operators (.x, [t]) after a term. */
  private Term refOps(Term base) throws ParseError {
    List<Term> path = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.is(Type.DOT) && !t.spaceBefore() && peekAt(1).is(Type.IDENT)) {
        next();
        Token id = next();
        path.add(new Term.Scalar(StringValue.of(id.text()), loc(id)));
      } else if (t.is(Type.LBRACK) && !t.spaceBefore()) {
        next();
        path.add(termIn(false));
        expect(Type.RBRACK, "']'");
      } else {
        break;
      }
    }
    if (path.isEmpty()) return base;
    if (base instanceof Term.Ref r) {
      List<Term> all = new ArrayList<>(r.path());
      all.addAll(path);
      return new Term.Ref(r.head(), all, r.loc());
    }
    return new Term.Ref(base, path, base.loc());
  }

  private Term arrayOrCompr(Token open) throws ParseError {
    Location l = loc(open);
    if (peek().is(Type.RBRACK)) {
      next();
      return new Term.Arr(List.of(), l);
    }
    Term first = termIn(true);
    if (peek().is(Type.BAR)) return new Term.ArrayCompr(first, comprehensionBody(Type.RBRACK, "array"), l);
    return new Term.Arr(listFrom(first, Type.RBRACK, "array"), l);
  }

  /** At the '|' of a comprehension: its body and the closing bracket. */
  private List<Expr> comprehensionBody(Type close, String kind) throws ParseError {
    next();
    List<Expr> body = bodyUntil(close);
    expect(close, "'" + closer(close) + "' to close the " + kind + " comprehension");
    return body;
  }

  /** The items of an array or set literal from its first one (a trailing comma is allowed), and the closing bracket. */
  private List<Term> listFrom(Term first, Type close, String kind) throws ParseError {
    List<Term> items = new ArrayList<>();
    items.add(first);
    while (peek().is(Type.COMMA)) {
      next();
      if (peek().is(close)) break;
      items.add(termIn(false));
    }
    expect(close, "'" + closer(close) + "' or ',' in " + kind);
    return items;
  }

  private static String closer(Type close) {
    return close == Type.RBRACK ? "]" : "}";
  }

  private Term braceTerm(Token open) throws ParseError {
    Location l = loc(open);
    if (peek().is(Type.RBRACE)) {
      next();
      return new Term.Obj(List.of(), l);
    }
    Term first = termIn(true);
    if (peek().is(Type.COLON)) {
      next();
      Term val = termIn(true);
      if (peek().is(Type.BAR)) return new Term.ObjectCompr(first, val, comprehensionBody(Type.RBRACE, "object"), l);
      List<Term.Pair> entries = new ArrayList<>();
      entries.add(new Term.Pair(first, val));
      while (peek().is(Type.COMMA)) {
        next();
        if (peek().is(Type.RBRACE)) break;
        Term k = termIn(false);
        expect(Type.COLON, "':' in object");
        entries.add(new Term.Pair(k, termIn(false)));
      }
      expect(Type.RBRACE, "'}' or ',' in object");
      return new Term.Obj(entries, l);
    }
    if (peek().is(Type.BAR)) return new Term.SetCompr(first, comprehensionBody(Type.RBRACE, "set"), l);
    return new Term.SetTerm(listFrom(first, Type.RBRACE, "set"), l);
  }

  private NumberValue number(Token t) throws ParseError {
    try {
      return NumberValue.parse(t.text());
    } catch (NumberFormatException e) {
      throw err(t, "invalid number " + t.text());
    }
  }

  /** Splits a template string into literal parts and embedded expressions. */
  private Term template(Token t) throws ParseError {
    char quote = t.text().charAt(0);
    String body = t.text().substring(1);
    List<Expr> parts = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\\' && quote == '`' && i + 1 < body.length() && body.charAt(i + 1) == '{') {
        lit.append('{');
        i += 2;
        continue;
      }
      if (c == '\\' && quote == '"' && i + 1 < body.length()) {
        char e = body.charAt(i + 1);
        i += 2;
        switch (e) {
          case '{': lit.append('{'); break;
          case '}': lit.append('}'); break;
          case '"': lit.append('"'); break;
          case '\\': lit.append('\\'); break;
          case '/': lit.append('/'); break;
          case 'b': lit.append('\b'); break;
          case 'f': lit.append('\f'); break;
          case 'n': lit.append('\n'); break;
          case 'r': lit.append('\r'); break;
          case 't': lit.append('\t'); break;
          case 'u':
            if (i + 4 > body.length() || !body.substring(i, i + 4).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
              throw err(t, "invalid unicode escape in template string");
            }
            lit.append((char) Integer.parseInt(body.substring(i, i + 4), 16));
            i += 4;
            break;
          default: throw err(t, "invalid escape sequence \\" + e + " in template string");
        }
        continue;
      }
      if (c == '{') {
        int end = matchingBrace(body, i + 1, t, 1);
        if (lit.length() > 0) {
          parts.add(literalPart(lit.toString(), t));
          lit.setLength(0);
        }
        String exprText = body.substring(i + 1, end);
        Lexer lx = new Lexer(file, exprText, t.line() - 1, t.column() + 1 + i).run();
        Parser sub = new Parser(file, lx, wildcardCounter, v0);
        sub.softKeywords.clear();
        sub.softKeywords.addAll(softKeywords);
        sub.depth = depth;
        if (sub.peek().is(Type.EOF)) throw err(t, "empty template expression");
        Term e = sub.termIn(false);
        List<Expr.With> ws = sub.withs();
        if (!sub.peek().is(Type.EOF)) throw sub.err(sub.peek(), "unexpected " + describe(sub.peek()) + " in template expression");
        parts.add(new Expr.TermExpr(e, false, ws, e.loc()));
        i = end + 1;
        continue;
      }
      lit.append(c);
      i++;
    }
    if (lit.length() > 0 || parts.isEmpty()) parts.add(literalPart(lit.toString(), t));
    return new Term.Template(parts, loc(t));
  }

  private Expr literalPart(String s, Token t) {
    return new Expr.TermExpr(new Term.Scalar(StringValue.of(s), loc(t)), false, List.of(), loc(t));
  }

  private int matchingBrace(String s, int from, Token t, int nesting) throws ParseError {
    if (nesting > MAX_NESTING) throw err(t, "template strings nested deeper than " + MAX_NESTING + " levels");
    int depth = 1;
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '$' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '`')) {
        i = skipTemplateText(s, i + 2, s.charAt(i + 1), t, nesting);
        continue;
      } else if (c == '"') {
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
          if (s.charAt(i) == '\\') i++;
          i++;
        }
      } else if (c == '`') {
        i++;
        while (i < s.length() && s.charAt(i) != '`') i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
      i++;
    }
    throw err(t, "unterminated template expression");
  }

  /** Returns the index after the closing quote of a nested template string starting at i. */
  private int skipTemplateText(String s, int i, char quote, Token t, int nesting) throws ParseError {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == quote) return i + 1;
      if (c == '\\' && (quote == '"' || (i + 1 < s.length() && s.charAt(i + 1) == '{'))) {
        i += 2;
      } else if (c == '{') {
        i = matchingBrace(s, i + 1, t, nesting + 1) + 1;
      } else {
        i++;
      }
    }
    throw err(t, "unterminated template string");
  }

  // ---------------------------------------------------------------- token helpers

  /** One more nesting level (see {@link #MAX_NESTING}); the caller restores {@link #depth} when the level closes. */
  private void enter(Token at) throws ParseError {
    if (++depth > MAX_NESTING) throw err(at, "nesting deeper than " + MAX_NESTING + " levels");
  }

  private Token peek() { return toks.get(p); }

  private Token peekAt(int n) { return toks.get(Math.min(p + n, toks.size() - 1)); }

  private Token prev() { return toks.get(Math.max(0, p - 1)); }

  private Token next() {
    Token t = toks.get(p);
    if (p < toks.size() - 1) p++;
    return t;
  }

  private Token expect(Type type, String what) throws ParseError {
    Token t = peek();
    if (!t.is(type)) throw err(t, "unexpected " + describe(t) + ", expected " + what);
    return next();
  }

  private Location loc(Token t) { return new Location(file, t.line(), t.column()); }

  private ParseError err(Token t, String msg) { return new ParseError(msg, loc(t)); }

  private static String describe(Token t) {
    switch (t.type()) {
      case EOF: return "end of file";
      case IDENT: return KEYWORDS.contains(t.text()) ? "keyword `" + t.text() + "`" : "identifier `" + t.text() + "`";
      case STRING: return "string";
      case NUMBER: return "number " + t.text();
      default: return "'" + t.text() + "'";
    }
  }

  private static String describe(Type t) {
    switch (t) {
      case RBRACE: return "'}'";
      case RBRACK: return "']'";
      case RPAREN: return "')'";
      case EOF: return "end of file";
      default: return t.name();
    }
  }
}
