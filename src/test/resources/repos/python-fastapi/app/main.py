import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.db import engine

logging.basicConfig(
    filename="/var/log/api/app.log",
    level=logging.INFO,
)
logger = logging.getLogger("api")

app = FastAPI(title="Notes API")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/notes")
def list_notes():
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, body FROM notes").fetchall()
    return [{"id": r[0], "body": r[1]} for r in rows]
