import os

from alembic import context
from sqlalchemy import create_engine

connectable = create_engine(os.environ["DATABASE_URL"])
with connectable.connect() as connection:
    context.configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()
