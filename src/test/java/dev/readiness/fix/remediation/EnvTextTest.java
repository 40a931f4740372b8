package dev.readiness.fix.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an env template's commented-out defaults and development settings are read. */
class EnvTextTest {
  @Test
  void commentedAssignmentsAreTheTemplatesDefaults() {
    Map<String, String> c = EnvText.commented("""
        # Enable debug in development only.
        #export DEBUG=false
        export DEBUG=true
        # DOCKER_WEB_HEALTHCHECK_TEST=curl localhost:8000/up
        #ALLOWED_HOSTS=".localhost,127.0.0.1"
        # plain prose with = in it
        """);
    assertEquals("false", c.get("DEBUG"));
    assertEquals("curl localhost:8000/up", c.get("DOCKER_WEB_HEALTHCHECK_TEST"));
    assertEquals(".localhost,127.0.0.1", c.get("ALLOWED_HOSTS"));
    assertEquals(3, c.size(), c.toString());
  }

  @Test
  void developmentAndProductionSettings() {
    assertTrue(EnvText.developmentSetting("FLASK_DEBUG", "true"));
    assertTrue(EnvText.developmentSetting("WEB_RELOAD", "1"));
    assertTrue(EnvText.developmentSetting("RAILS_ENV", "development"));
    assertFalse(EnvText.developmentSetting("DEBUG", "false"));
    assertFalse(EnvText.developmentSetting("POSTGRES_HOST", "true"));
    assertTrue(EnvText.productionSetting("DEBUG", "false"));
    assertTrue(EnvText.productionSetting("NODE_ENV", "production"));
    // Prose after a commented key is not a production value to take.
    assertFalse(EnvText.productionSetting("DEBUG", "true enables the debugger"));
  }
}
