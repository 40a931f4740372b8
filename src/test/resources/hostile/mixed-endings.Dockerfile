FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN apt-get update && \
    apt-get install -y curl \    && pip install fastapi uvicorn
CMD ["uvicorn", "app.main:app"]
