package dev.readiness.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueKindsTest {

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "DEBUG|NULL|empty",
      "DEBUG|'   '|empty",
      "SECRET_KEY|your-secret-key-here|placeholder",
      "SECRET_KEY|changeme|placeholder",
      "API_TOKEN|<your token>|placeholder",
      "API_TOKEN|xxxxxxxx|placeholder",
      "POSTGRES_PASSWORD|postgres|placeholder",
      "POSTGRES_PASSWORD|password|placeholder",
      "APP_ENV|test|text",
      "DATABASE_URL|${DATABASE_URL}|reference",
      "DATABASE_URL|$DATABASE_URL|reference",
      "DATA_DIR|${HOME}/data|reference",
      "DEBUG|true|boolean",
      "DEBUG|False|boolean",
      "WORKERS|4|number",
      "RATIO|0.75|number",
      "API_URL|http://backend:8000/api|url",
      "DATABASE_URL|postgresql://app:S3cr3tPassw0rd@db:5432/app|url-with-credentials",
      "DATABASE_URL|postgresql://app:${DB_PASSWORD}@db:5432/app|url",
      "DATABASE_URL|postgresql://app:changeme@db:5432/app|placeholder",
      "DATABASE_URL|postgresql://app:app@localhost:5432/app_dev|placeholder",
      "SECRET_KEY|test-secret-key|placeholder",
      "SECRET_KEY|django-insecure-8f3k2l1m0n9b8v7c6x5z4a3s2d1f0g9h8j7k6l5|placeholder",
      "GREETING|test-run-name|text",
      "REDIS_URL|redis://redis:6379/0|url",
      "SECRET_KEY|k8Jd92hHq0pLmZ3x|secret",
      "DB_PASSWORD|Tr0ub4dor&3|secret",
      "DB_PASSWORD|839201|secret",
      "SOME_SETTING|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYab|secret",
      "COMMIT|3f5a9c2e8b7d4f1a6e0c9b8a7d6e5f4a3b2c1d0e|secret",
      "TENANT|123e4567-e89b-12d3-a456-426614174000|text",
      "IMAGE|registry.example.com/team/app-backend:1.2.3|text",
      "LOG_LEVEL|info|text",
      "GREETING|Hello world from the app|text"
  })
  void classifies(String key, String value, String kind) {
    assertEquals(kind, ValueKinds.classify(key, value).id());
  }

  @ParameterizedTest
  @CsvSource({"SECRET_KEY", "DB_PASSWORD", "API_TOKEN", "GITHUB_TOKEN", "dbPassword", "AWS_SECRET_ACCESS_KEY",
      "JWT_SECRET", "PRIVATE_KEY_PEM", "SENTRY_DSN", "REDIS_PASS"})
  void secretLikeNames(String key) {
    assertTrue(ValueKinds.secretLikeKey(key), key);
  }

  @ParameterizedTest
  @CsvSource({"POSTGRES_PASSWORD_FILE", "ACCESS_TOKEN_EXPIRE_MINUTES", "JWT_ALGORITHM", "MONKEY", "STRIPE_PUBLISHABLE_KEY",
      "DATABASE_URL", "KEYCLOAK_HOST", "SECRET_KEY_LENGTH", "DB_USER"})
  void notSecretLikeNames(String key) {
    assertFalse(ValueKinds.secretLikeKey(key), key);
  }
}
