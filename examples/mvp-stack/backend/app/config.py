"""Settings read from the environment (see the .env.* files at the repository root)."""
import os


class Settings:
    database_url = os.environ.get("DATABASE_URL", "postgresql://app:app@localhost:5432/app")
    redis_url = os.environ.get("REDIS_URL", "redis://localhost:6379/0")
    secret_key = os.environ.get("SECRET_KEY", "")
    cors_origins = [o.strip() for o in os.environ.get("CORS_ORIGINS", "http://localhost:3000").split(",") if o.strip()]
    force_https = os.environ.get("FORCE_HTTPS", "false").lower() == "true"
    log_file = os.environ.get("LOG_FILE", "logs/app.log")


settings = Settings()
