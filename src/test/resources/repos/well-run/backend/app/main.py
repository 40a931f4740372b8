import logging
import os
import sys

import sentry_sdk
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.httpsredirect import HTTPSRedirectMiddleware
from prometheus_client import make_asgi_app
from slowapi import Limiter, _rate_limit_exceeded_handler
from slowapi.errors import RateLimitExceeded
from slowapi.util import get_remote_address

from app.sessions import SessionStore

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logger = logging.getLogger("shop")

sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.1)

limiter = Limiter(key_func=get_remote_address, default_limits=["100/minute"])

app = FastAPI(title="Shop")
app.state.limiter = limiter
app.add_exception_handler(RateLimitExceeded, _rate_limit_exceeded_handler)

if os.environ.get("FORCE_HTTPS") == "1":
    app.add_middleware(HTTPSRedirectMiddleware)

app.add_middleware(
    CORSMiddleware,
    allow_origins=os.environ.get("CORS_ORIGINS", "https://shop.example.com").split(","),
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Authorization", "Content-Type"],
)

app.mount("/metrics", make_asgi_app())

sessions = SessionStore(os.environ["REDIS_URL"])


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/products")
@limiter.limit("30/minute")
def products(request: Request):
    return [{"id": 1, "name": "Mug"}]
