package dev.readiness.scan.runtime;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Starts (once per test run, in the root store so it is stopped when the run ends) or finds the engine. */
public final class DockerEngineExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DockerEngineExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    DockerEngine engine = engine(context);
    Assumptions.assumeTrue(engine.available(), engine.unavailableReason());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DockerEngine.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return engine(context);
  }

  private static DockerEngine engine(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent("engine", key -> DockerEngine.startOrFind(), DockerEngine.class);
  }
}
