package dev.readiness.scan.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that talk to a real Docker Engine API: DOCKER_HOST when it answers, else a podman engine the
 * extension starts once per test run with src/test/scripts/docker-engine.sh; skipped when neither works.
 * Test methods and constructors may take a {@link DockerEngine} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerEngineExtension.class)
public @interface RequiresDockerEngine {}
