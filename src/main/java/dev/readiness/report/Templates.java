package dev.readiness.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker setup for the report templates in {@code reports/} (on the classpath). Templates get
 * auto-escaping (HTML, or the Markdown format here), no access to Java APIs or class instantiation,
 * and a fixed locale so numbers render the same everywhere.
 */
public final class Templates {
  /** Made on the first render: a run that writes only JSON, SARIF or JUnit never loads FreeMarker. */
  private volatile Configuration cfg;

  private Configuration cfg() {
    Configuration c = cfg;
    if (c == null) {
      synchronized (this) {
        c = cfg;
        if (c == null) cfg = c = configuration();
      }
    }
    return c;
  }

  private static Configuration configuration() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/reports"));
    config.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setAPIBuiltinEnabled(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    return config;
  }

  /** Renders a template with the given data model. */
  public void render(String name, Map<String, Object> model, Writer out) throws IOException {
    Template t = cfg().getTemplate(name);
    try {
      t.process(model, out);
    } catch (TemplateException e) {
      throw new IOException("report template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
