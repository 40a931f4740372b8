package dev.readiness.policy.conftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
