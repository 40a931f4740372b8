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
      "COMMIT|3f5a9c2e8b7d4f1a6e0c9b8a7d6e5f4a3b2c1d0e|text",
      "JPEGLI_HASH|269b3a75d6b2da2351f7fb2d642043f60f9b6d1bd5839f20c0d7c569be073367|text",
      "SOME_SETTING|269b3a75d6b2da2351f7fb2d642043f60f9b6d1bd5839f20c0d7c569be073367|text",
      "RELEASE_ID|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYab|text",
      "SECRET_KEY|269b3a75d6b2da2351f7fb2d642043f60f9b6d1bd5839f20c0d7c569be073367|secret",
      "GOOGLE_APPLICATION_CREDENTIALS|/run/jigasi/config/key.json|text",
      "SECRET_KEY|/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwME|secret",
      "PAPERLESS_TOKEN_THROTTLE_RATE|1000/min|text",
      "DISCOURSE_DB_PASSWORD|SOME_SECRET|placeholder",
      "DISCOURSE_SMTP_PASSWORD|pa$$word|placeholder",
      "ADMIN_PASSWORD|test123|placeholder",
      "POSTGRES_PASSWORD|secret|placeholder",
      "POSTGRES_PASSWORD|paperless|placeholder",
      "POSTGRES_PASSWORD|mmuser_password|placeholder",
      "DB_PASSWORD|fixme-postgres-password|placeholder",
      "NEXTAUTH_SECRET|very_sensitive_secret|placeholder",
      "REDASH_ENFORCE_PRIVATE_IP_BLOCK|true|boolean",
      "POSTGRES_PASSWORD|${POSTGRES_PASSWORD:-Zr8kq2LmP0vxT}|secret",
      "POSTGRES_PASSWORD|${POSTGRES_PASSWORD:-postgres}|placeholder",
      "POSTGRES_PASSWORD|${POSTGRES_PASSWORD:-}|reference",
      "POSTGRES_PASSWORD|${POSTGRES_PASSWORD:?required}|reference",
      "SECRET_KEY|---|placeholder",
      "SUPERUSER_API_TOKEN|0123456789abcdef0123456789abcdef01234567|placeholder",
      "PASS|routes/main|text",
      "API_TOKEN|aB3dE5gH7jK9/mN2pQ4rS6tU8wX0yZ1cV3bN5m|secret",
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
      "DATABASE_URL", "KEYCLOAK_HOST", "SECRET_KEY_LENGTH", "DB_USER", "CROWDIN_API_TOKEN_ENV", "PAPERLESS_TOKEN_THROTTLE_RATE",
      "IMAGE_MAGICK_HASH", "JPEGLI_COMMIT"})
  void notSecretLikeNames(String key) {
    assertFalse(ValueKinds.secretLikeKey(key), key);
  }
}
