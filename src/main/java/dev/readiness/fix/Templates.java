package dev.readiness.fix;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders the FreeMarker templates of {@code remediations/} (classpath). Square-bracket tag and
 * interpolation syntax ({@code [#if]}, {@code [=x]}) so that shell and compose {@code ${VAR}} and
 * angle brackets pass through untouched.
 */
public final class Templates {
  private final Configuration cfg;

  public Templates() {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "remediations");
    cfg.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNumberFormat("computer");
  }

  /** Renders one template (path under remediations/) with the given model. */
  public String render(String name, Map<String, Object> model) {
    try {
      Template t = cfg.getTemplate(name);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("template " + name + " could not be loaded", e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
