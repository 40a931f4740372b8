[#include "node-install.ftl"]
# syntax=docker/dockerfile:1
[=marker]
# [=c.framework!"static"] front end in [=c.dir]: built with node, served by an unprivileged nginx.

FROM node:22-alpine AS build
WORKDIR /app
[@install prod=false /]
COPY . .
# Front-end tools put the bundle in dist/ (Vite, Vue CLI, Angular) or build/ (Create React App).
RUN [=run("build")] \
 && index="$(find dist build -name index.html -not -path '*/node_modules/*' 2>/dev/null | head -n 1)" \
 && test -n "$index" && mkdir -p /out && cp -R "$(dirname "$index")/." /out/

# The server config for the unprivileged nginx (written here: linters and older builders lack heredocs).
RUN printf '%s\n' \
    'server {' \
    '    listen [=port];' \
    '    server_name _;' \
    '    root /usr/share/nginx/html;' \
    '    location = /health {' \
    '        access_log off;' \
    '        default_type text/plain;' \
    '        return 200 "ok\n";' \
    '    }' \
    '    location /assets/ {' \
    '        expires 1y;' \
    '        add_header Cache-Control "public, immutable";' \
    '    }' \
    '    location / {' \
    '        try_files $uri $uri/ /index.html;' \
    '    }' \
    '}' > /default.conf

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY --from=build /default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /out /usr/share/nginx/html
USER 101
EXPOSE [=port]
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD wget -q --spider http://127.0.0.1:[=port]/health || exit 1
CMD ["nginx", "-g", "daemon off;"]
