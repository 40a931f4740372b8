# syntax=docker/dockerfile:1
[=marker]
# [=c.framework!"python"] service in [=c.dir], served by [=server].

FROM python:3.12-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 VIRTUAL_ENV=/opt/venv
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
[#if c.packageManager == "uv"]
COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/uv
COPY pyproject.toml uv.lock ./
RUN UV_PROJECT_ENVIRONMENT=/opt/venv uv sync --frozen --no-dev --no-install-project
[#elseif c.packageManager == "poetry"]
COPY pyproject.toml poetry.lock ./
RUN pip install "poetry>=1.8,<3" poetry-plugin-export \
 && poetry export --only main --without-hashes -f requirements.txt -o /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt \
 && pip uninstall -y poetry poetry-plugin-export
[#elseif requirements??]
COPY [=requirements] ./
RUN pip install -r [=requirements]
[#else]
COPY . .
RUN pip install .
[/#if]
RUN pip install "[=serverPackage]"

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH
RUN groupadd --system app && useradd --system --gid app --no-create-home app
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --chown=app:app . .
USER app
EXPOSE [=port]
[#if health??]
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:[=port][=health]', timeout=3)" || exit 1
[#else]
# No health route was found: the check only proves the port accepts connections.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD python -c "import socket; socket.create_connection(('127.0.0.1', [=port]), 3)" || exit 1
[/#if]
CMD [[=cmd]]
