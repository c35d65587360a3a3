# Common Ground: the long-running Probot server.
# TypeScript runs through tsx (a runtime dependency), so there is no build step: the first
# stage installs production dependencies only, the second copies them with the sources.

ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-alpine AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json package-lock.json app.yml ./
COPY --chown=node:node src ./src
COPY --chown=node:node bin ./bin
COPY --chown=node:node schema ./schema
# The official image's unprivileged user.
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ping').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The same command as `npm start`, without npm in between (signals reach node directly).
CMD ["node", "--import", "tsx", "src/main.ts"]
