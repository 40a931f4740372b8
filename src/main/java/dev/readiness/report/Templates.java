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
  private final Configuration cfg;

  public Templates() {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/reports"));
    cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
  }

  /** Renders a template with the given data model. */
  public void render(String name, Map<String, Object> model, Writer out) throws IOException {
    Template t = cfg.getTemplate(name);
    try {
      t.process(model, out);
    } catch (TemplateException e) {
      throw new IOException("report template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
