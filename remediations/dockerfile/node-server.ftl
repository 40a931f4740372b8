[#include "node-install.ftl"]
# syntax=docker/dockerfile:1
[=marker]
# [=c.framework!"node"] server in [=c.dir].

FROM node:22-alpine AS deps
WORKDIR /app
[@install prod=true /]

FROM node:22-alpine AS build
WORKDIR /app
[@install prod=false /]
COPY . .
RUN [=run("build")] --if-present

FROM node:22-alpine
ENV NODE_ENV=production PORT=[=port]
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app ./
RUN rm -rf ./node_modules/.cache
USER node
EXPOSE [=port]
[#if health??]
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD node -e "fetch('http://127.0.0.1:[=port][=health]').then(r => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"
[#else]
# No health route was found: the check only proves the port accepts connections.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD node -e "require('net').connect([=port], '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"
[/#if]
CMD ["npm", "start"]
