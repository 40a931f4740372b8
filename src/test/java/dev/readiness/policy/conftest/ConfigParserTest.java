package dev.readiness.policy.conftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.rego.value.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigParserTest {
  /** The value as JSON with a space after each , and : outside strings (readable expectations). */
  private static String parse(String format, String text) throws Exception {
    String compact = Json.write(ConfigParser.parse(format, text, "f"));
    StringBuilder sb = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      sb.append(c);
      if (c == '"' && (i == 0 || compact.charAt(i - 1) != '\\')) inString = !inString;
      if (!inString && (c == ',' || c == ':')) sb.append(' ');
    }
    return sb.toString();
  }

  @Test
  void formatsByFileName() {
    assertEquals("dockerfile", ConfigParser.formatOf(Path.of("x/Dockerfile")));
    assertEquals("dockerfile", ConfigParser.formatOf(Path.of("build.Dockerfile")));
    assertEquals("dotenv", ConfigParser.formatOf(Path.of(".env")));
    assertEquals("yaml", ConfigParser.formatOf(Path.of("a.yml")));
    assertEquals("hcl2", ConfigParser.formatOf(Path.of("main.tf")));
    assertEquals(null, ConfigParser.formatOf(Path.of("README")));
  }

  @Test
  void tomlIniPropertiesAndEnv() throws Exception {
    assertEquals("{\"a\": {\"b\": [1, 2], \"c\": true}, \"n\": \"x\"}", parse("toml", "n = \"x\"\n[a]\nb = [1, 2]\nc = true\n"));
    // go-ini's reading as conftest: keys before a section are left out; numbers and booleans typed
    assertEquals("{\"s\": {\"flag\": true, \"n\": 3.5, \"q\": \"v w\", \"t\": \"x\"}}",
        parse("ini", "top = 1\n[s]\nn = 3.5\nflag = true\nq = \"v w\"\nt = x ; note\n"));
    assertEquals("{\"a.b\": \"1\", \"c\": \"x y\"}", parse("properties", "a.b=1\nc: x y\n# c\n"));
    assertEquals("{\"A\": \"1\", \"B\": \"two\"}", parse("dotenv", "A=1\nexport B=\"two\"\n"));
  }

  /** conftest v0.71.1's input document for this file (json.marshal(input) in a policy), hcl2json's shape. */
  @Test
  void hcl2InHcl2jsonShape() throws Exception {
    String tf = ""
        + "# comment\n"
        + "resource \"aws_s3_bucket\" \"b\" {\n"
        + "  acl     = \"private\" // note\n"
        + "  count   = 3\n"
        + "  ratio   = 1.5\n"
        + "  exp     = 1e3\n"
        + "  neg     = -1\n"
        + "  enabled = true\n"
        + "  nothing = null\n"
        + "  tags = {\n"
        + "    Name  = \"x\"\n"
        + "    \"Env\" = \"dev\"\n"
        + "  }\n"
        + "  list   = [\"a\", 1, false, var.x]\n"
        + "  ref    = var.foo\n"
        + "  interp = \"pre-${var.foo}-\\\"q\\\"\"\n"
        + "  expr   = 1 + 2\n"
        + "  fn     = lower(\"ABC\")\n"
        + "  for    = [for s in var.l : upper(s)]\n"
        + "  versioning {\n"
        + "    enabled = true\n"
        + "  }\n"
        + "  rule {\n"
        + "    id = \"one\"\n"
        + "  }\n"
        + "  rule {\n"
        + "    id = \"two\"\n"
        + "    nested {\n"
        + "      deep = [\n"
        + "        1,\n"
        + "        2,\n"
        + "      ]\n"
        + "    }\n"
        + "  }\n"
        + "  doc = <<EOT\n"
        + "hello\n"
        + "  world\n"
        + "EOT\n"
        + "  idoc = <<-EOT\n"
        + "    indented\n"
        + "      more\n"
        + "    EOT\n"
        + "}\n"
        + "\n"
        + "resource \"aws_s3_bucket\" \"c\" {\n"
        + "  acl = \"public\"\n"
        + "}\n"
        + "\n"
        + "locals {\n"
        + "  a = 1\n"
        + "}\n"
        + "\n"
        + "locals {\n"
        + "  b = { k = \"v\", n = 2 }\n"
        + "}\n";
    String conftest = "{\"locals\":[{\"a\":1},{\"b\":{\"k\":\"v\",\"n\":2}}],\"resource\":{\"aws_s3_bucket\":{\"b\":[{\"acl\":\"private\",\"count\":3,\"doc\":\"hello\\n  world\\n\",\"enabled\":true,\"exp\":1000,\"expr\":\"${1 + 2}\",\"fn\":\"${lower(\\\"ABC\\\")}\",\"for\":\"${[for s in var.l : upper(s)]}\",\"idoc\":\"indented\\n  more\\n\",\"interp\":\"pre-${var.foo}-\\\"q\\\"\",\"list\":[\"a\",1,false,\"${var.x}\"],\"neg\":-1,\"nothing\":null,\"ratio\":1.5,\"ref\":\"${var.foo}\",\"rule\":[{\"id\":\"one\"},{\"id\":\"two\",\"nested\":[{\"deep\":[1,2]}]}],\"tags\":{\"Env\":\"dev\",\"Name\":\"x\"},\"versioning\":[{\"enabled\":true}]}],\"c\":[{\"acl\":\"public\"}]}}}";
    assertEquals(conftest, Json.write(ConfigParser.parse("hcl2", tf, "main.tf")));
    // attributes only (a .tfvars file) and an escaped template
    assertEquals("{\"a\":\"${x}\",\"s\":\"$${y}\"}",
        Json.write(ConfigParser.parse("hcl2", "a = x\ns = \"$${y}\"\n", "v.tfvars")));
  }

  /** A ':' before an index, valid or not (a former parser never returned on these); found by mutating fixtures. */
  @Test
  void hcl2InputsThatHungTheLexer() {
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
      assertEquals("{\"a\":\"${b ? c :d[0]}\",\"f\":\"${[for s in l :s[0]]}\",\"o\":{\"k\":\"${v[0]}\"},"
              + "\"p\":\"${provider::aws::arn_parse(x)}\"}",
          Json.write(ConfigParser.parse("hcl2",
              "a = b ? c :d[0]\nf = [for s in l :s[0]]\no = {k:v[0]}\np = provider::aws::arn_parse(x)\n", "m.tf")));
      for (String bad : new String[] {"a = :b[0]\n", "m {\n  a = aws_:s3.b[0].id\n}\n", "a = x ? :b[0] : c\n"}) {
        ConfigParser.ConfigException e = assertThrows(ConfigParser.ConfigException.class,
            () -> ConfigParser.parse("hcl2", bad, "m.tf"), bad);
        assertTrue(e.getMessage().matches("m\\.tf:\\d+: .*"), e.getMessage());
      }
    });
  }

  /** conftest v0.71.1's `conftest parse` of this text: unicode escapes, traversal and computed keys, one-line blocks. */
  @Test
  void hcl2UnicodeEscapesComputedKeysAndOneLineBlocks() throws Exception {
    String tf = ""
        + "u = \"caf\\u00e9 \\U0001F600\"\n"
        + "o = { (var.k) = 1, \"q\" = 2, k2 : 3 }\n"
        + "t = { var.k = 1 }\n"
        + "a \"b\" { c = 1 }\n"
        + "e \"x\" y {}\n"
        + "h = <<-EOT\n    one\n      two\n    EOT\n"
        + "m = [\n  1, # c\n  2,\n]\n";
    assertEquals("{\"a\":{\"b\":[{\"c\":1}]},\"e\":{\"x\":{\"y\":[{}]}},\"h\":\"one\\n  two\\n\",\"m\":[1,2],"
            + "\"o\":{\"${(var.k)}\":1,\"k2\":3,\"q\":2},\"t\":{\"var.k\":1},\"u\":\"caf\u00e9 \uD83D\uDE00\"}",
        Json.write(ConfigParser.parse("hcl2", tf, "e.tf")));
  }

  @Test
  void hcl2ErrorsNameFileAndLine() {
    for (String[] c : new String[][] {
        {"resource \"a\" \"b\" {\n  x = 1\n  y = [1,\n}\n", "main.tf:4:"},
        {"a = {\nb = \n", "main.tf:1:"},
        {"resource \"a\" {\n  x = = 1\n}\n", "main.tf:2:"},
        {"a = \"open\n", "main.tf:1:"},
        {"a = <<EOT\nno end\n", "main.tf:1:"},
        {"a = 1\nb {\n  c = 1\n  c = 2\n}\n", "main.tf:4:"},
        {"a = 1\n\"b\" {}\n", "main.tf:2:"},
        {"a = 1\nb\n{\n}\n", "main.tf:2:"},
        {"b {\n  x = 1, y = 2\n}\n", "main.tf:2:"},
        {"a = 1\nb = ?c\n", "main.tf:2:"}}) {
      ConfigParser.ConfigException e = assertThrows(ConfigParser.ConfigException.class,
          () -> ConfigParser.parse("hcl2", c[0], "main.tf"), c[0]);
      assertTrue(e.getMessage().startsWith(c[1]), c[0] + " -> " + e.getMessage());
    }
  }

  @Test
  void xmlInGoxml2jsonShape() throws Exception {
    assertEquals("{\"p\": {\"-id\": \"1\", \"d\": [\"a\", \"b\"], \"e\": {\"#content\": \"t\", \"-k\": \"v\"}, \"v\": \"3\"}}",
        parse("xml", "<p id=\"1\"><v>3</v><d>a</d><d>b</d><e k=\"v\">t</e></p>"));
    ConfigParser.ConfigException e = assertThrows(ConfigParser.ConfigException.class,
        () -> parse("xml", "<a>\n<b></a>"));
    assertTrue(e.getMessage().startsWith("f:2:"), e.getMessage());
    assertThrows(ConfigParser.ConfigException.class, () -> parse("xml", "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>"));
    // a byte order mark before the declaration (conftest's examples/cyclonedx/cyclonedx.xml)
    assertEquals("{\"a\": \"1\"}", parse("xml", "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a>1</a>"));
  }

  @Test
  void yamlDocumentsAndDockerfile() throws Exception {
    assertEquals("[{\"a\": 1}, {\"b\": 2}]", parse("yaml", "a: 1\n---\nb: 2\n"));
    assertEquals("{\"a\": 1}", parse("yaml", "---\na: 1\n"));
    ConfigParser.ConfigException e = assertThrows(ConfigParser.ConfigException.class,
        () -> parse("yaml", "a: 1\n---\nb: [1\nc: 2\n"));
    assertTrue(e.getMessage().matches("f: yaml: line [3-5]: .*"), e.getMessage());
    String d = parse("dockerfile", "FROM alpine AS b\nRUN echo hi\nFROM scratch\nCOPY --from=b /x /y\n");
    assertEquals("[[{\"Cmd\": \"from\", \"Flags\": null, \"JSON\": false, \"Stage\": 0, \"SubCmd\": \"\", \"Value\": [\"alpine\", \"AS\", \"b\"]},"
        + " {\"Cmd\": \"run\", \"Flags\": null, \"JSON\": false, \"Stage\": 0, \"SubCmd\": \"\", \"Value\": [\"echo hi\"]},"
        + " {\"Cmd\": \"from\", \"Flags\": null, \"JSON\": false, \"Stage\": 1, \"SubCmd\": \"\", \"Value\": [\"scratch\"]},"
        + " {\"Cmd\": \"copy\", \"Flags\": [\"--from=b\"], \"JSON\": false, \"Stage\": 1, \"SubCmd\": \"\", \"Value\": [\"/x\", \"/y\"]}]]", d);
  }
}
