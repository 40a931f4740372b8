package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class RenderTemplateTest {

  @Test
  void fieldsAndNumbers() throws Exception {
    eq("\"hello world 2023\"", call("strings.render_template", s("{{.a}} {{.n}}"), v("{\"a\":\"hello world\",\"n\":2023}")));
    eq("\"x=1\"", call("strings.render_template", s("x={{.o.p}}"), v("{\"o\":{\"p\":1}}")));
  }

  @Test
  void missingKeysRenderAsUndefined() throws Exception {
    eq("\"test <undefined> 1\"", call("strings.render_template", s("test {{.foo}} {{.baz}}"), v("{\"baz\":1}")));
  }

  @Test
  void rangeIfElseWithAndTrimMarkers() throws Exception {
    eq("\"hello rohan,hello john doe\"", call("strings.render_template",
        s("{{range $i, $name := .names}}{{if $i}},{{end}}hello {{$name}}{{end}}"), v("{\"names\":[\"rohan\",\"john doe\"]}")));
    eq("\"none\"", call("strings.render_template", s("{{range .xs}}{{.}}{{else}}none{{end}}"), v("{\"xs\":[]}")));
    eq("\"a=1;b=2;\"", call("strings.render_template", s("{{range $k, $v := .m}}{{$k}}={{$v}};{{end}}"), v("{\"m\":{\"b\":2,\"a\":1}}")));
    eq("\"no\"", call("strings.render_template", s("{{if .f}}yes{{else if .g}}g{{else}}no{{end}}"), v("{\"f\":false,\"g\":0}")));
    eq("\"[x]\"", call("strings.render_template", s("[ {{- with .w}}{{.}}{{end -}} ]"), v("{\"w\":\"x\"}")));
  }

  @Test
  void unsupportedConstructsAreBuiltinErrors() {
    fails("eval_builtin_error", "strings.render_template: function calls and pipelines are not supported",
        "strings.render_template", s("{{printf \"%d\" 1}}"), v("{}"));
    fails("eval_builtin_error", "missing {{end}}", "strings.render_template", s("{{if .a}}x"), v("{}"));
  }
}
