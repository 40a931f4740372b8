"""MVP backend API."""
import logging

from fastapi import Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.httpsredirect import HTTPSRedirectMiddleware
from prometheus_client import Counter, make_asgi_app
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.config import settings
from app.database import get_db
from app.logging_config import configure_logging
from app.routers import items

configure_logging(settings.log_file)
logger = logging.getLogger("mvp")

app = FastAPI(title="MVP API", version="0.1.0")

app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

if settings.force_https:
    app.add_middleware(HTTPSRedirectMiddleware)

REQUESTS = Counter("mvp_requests_total", "HTTP requests handled", ["path"])
app.mount("/metrics", make_asgi_app())


@app.middleware("http")
async def count_requests(request: Request, call_next):
    REQUESTS.labels(path=request.url.path).inc()
    return await call_next(request)


app.include_router(items.router, prefix="/api/items", tags=["items"])


@app.get("/health")
def health(db: Session = Depends(get_db)):
    db.execute(text("SELECT 1"))
    return {"status": "ok"}
