# syntax=docker/dockerfile:1.7
# Builds, tests and packages one Node.js service; the runtime stage carries only the compiled output.

ARG NODE_VERSION=20.12.2
ARG ALPINE_VERSION=3.19

FROM node:${NODE_VERSION}-alpine${ALPINE_VERSION} AS base
WORKDIR /app
ENV NODE_ENV=production \
    NPM_CONFIG_LOGLEVEL=warn \
    NPM_CONFIG_UPDATE_NOTIFIER=false
RUN apk add --no-cache \
      tini \
      ca-certificates \
      curl

FROM base AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts

FROM base AS build
ENV NODE_ENV=development
COPY package.json package-lock.json tsconfig.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci
COPY src ./src
COPY scripts ./scripts
RUN npm run build \
 && npm prune --omit=dev

FROM build AS test
ENV CI=true
RUN npm run lint && \
    npm test -- --reporter=dot

FROM build AS dev
ENV NODE_ENV=development
EXPOSE 8080 9229
CMD ["npm", "run", "dev"]

FROM base AS runtime
ARG GIT_SHA=unknown
ARG BUILD_DATE
LABEL org.opencontainers.image.title="shop service" \
      org.opencontainers.image.revision="${GIT_SHA}" \
      org.opencontainers.image.created="${BUILD_DATE}" \
      org.opencontainers.image.source="https://git.example.com/shop/services"
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
RUN <<EOF
set -eu
mkdir -p /app/tmp /app/logs
chown -R node:node /app/tmp /app/logs
EOF
ENV PORT=8080
EXPOSE 8080
USER node
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "dist/server.js"]
