import json

import redis


class SessionStore:
    """Sessions live in Redis so any backend replica can serve any request."""

    def __init__(self, url):
        self._redis = redis.Redis.from_url(url)

    def get(self, sid):
        raw = self._redis.get(f"session:{sid}")
        return json.loads(raw) if raw else None

    def put(self, sid, data, ttl=3600):
        self._redis.setex(f"session:{sid}", ttl, json.dumps(data))
