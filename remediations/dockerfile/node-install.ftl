[#-- Lockfile-aware dependency install for node; `prod` = production dependencies only. --]
[#macro install prod]
[#if c.packageManager == "pnpm"]
RUN corepack enable
COPY package.json pnpm-lock.yaml ./
RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install --frozen-lockfile[#if prod] --prod[/#if]
[#elseif c.packageManager == "yarn"]
RUN corepack enable
COPY package.json yarn.lock ./
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile[#if prod] --production[/#if]
[#elseif c.lockfile??]
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci[#if prod] --omit=dev[/#if]
[#else]
COPY package.json ./
RUN --mount=type=cache,target=/root/.npm npm install[#if prod] --omit=dev[/#if]
[/#if]
[/#macro]
[#function run script][#if c.packageManager == "pnpm"][#return "pnpm run " + script][#elseif c.packageManager == "yarn"][#return "yarn run " + script][#else][#return "npm run " + script][/#if][/#function]
