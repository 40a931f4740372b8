package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.testing.SampleScan;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportWriterTest {
  private Document xml() throws Exception {
    StringWriter w = new StringWriter();
    new JunitReportWriter().write(SampleScan.report(), w);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void oneTestcasePerCheckWithFailuresSkipsAndErrors() throws Exception {
    Document d = xml();
    NodeList cases = d.getElementsByTagName("testcase");
    assertEquals(SampleScan.report().checks().size(), cases.getLength());
    Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
    assertEquals("17", suite.getAttribute("tests"));
    assertEquals("6", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("errors"));
    assertEquals("2", suite.getAttribute("skipped"));
    assertEquals(6, d.getElementsByTagName("failure").getLength());
    assertEquals(1, d.getElementsByTagName("error").getLength());
    assertEquals(2, d.getElementsByTagName("skipped").getLength());
    Element nonRoot = byName(cases, "security.container.non-root: Containers run as a non-root user");
    Element failure = (Element) nonRoot.getElementsByTagName("failure").item(0);
    assertEquals("high", failure.getAttribute("type"));
    assertTrue(failure.getTextContent().contains("backend/Dockerfile:9: final stage of backend/Dockerfile runs as root"));
    assertEquals("readiness.security", nonRoot.getAttribute("classname"));
    Element proxy = byName(cases, "infra.proxy: A reverse proxy fronts the app");
    assertEquals("not applicable", ((Element) proxy.getElementsByTagName("skipped").item(0)).getAttribute("message"));
  }

  @Test
  void controlCharactersCannotBreakTheXml() {
    assertEquals("a?b\tc", JunitReportWriter.clean("a\u0001b\tc"));
  }

  private static Element byName(NodeList cases, String name) {
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) return e;
    }
    throw new AssertionError("no testcase " + name);
  }
}
