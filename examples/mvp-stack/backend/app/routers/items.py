"""CRUD endpoints for items."""
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.database import get_db
from app.models import Item

router = APIRouter()


class ItemIn(BaseModel):
    title: str
    owner_id: int


@router.get("/")
def list_items(db: Session = Depends(get_db)):
    return [{"id": i.id, "title": i.title, "done": i.done} for i in db.query(Item).all()]


@router.post("/", status_code=201)
def create_item(item: ItemIn, db: Session = Depends(get_db)):
    row = Item(title=item.title, owner_id=item.owner_id)
    db.add(row)
    db.commit()
    return {"id": row.id}


@router.delete("/{item_id}", status_code=204)
def delete_item(item_id: int, db: Session = Depends(get_db)):
    row = db.get(Item, item_id)
    if row is None:
        raise HTTPException(status_code=404)
    db.delete(row)
    db.commit()
