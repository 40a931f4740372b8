"""Server-side sessions kept in Redis, so any backend instance can serve any request."""
import json
import secrets

import redis

from app.config import settings

SESSION_TTL_SECONDS = 60 * 60 * 24


class RedisSessionStore:
    def __init__(self, url: str) -> None:
        self._redis = redis.Redis.from_url(url, decode_responses=True)

    def create(self, data: dict) -> str:
        session_id = secrets.token_urlsafe(32)
        self._redis.setex(f"session:{session_id}", SESSION_TTL_SECONDS, json.dumps(data))
        return session_id

    def get(self, session_id: str):
        raw = self._redis.get(f"session:{session_id}")
        return json.loads(raw) if raw else None

    def delete(self, session_id: str) -> None:
        self._redis.delete(f"session:{session_id}")


session_store = RedisSessionStore(settings.redis_url)
