# The workbench app: one process serving the web app and the API and working the job queue.
# It needs a PostgreSQL 15+ server (DATABASE_URL); run as many containers as you need on it.
#
#   docker build -t workbench .
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://user:pass@db:5432/workbench \
#     -e NEXTAUTH_SECRET=<32+ random bytes> -e NEXTAUTH_URL=https://workbench.example.org workbench
#
# `docker stop` sends SIGTERM to the start process (PID 1), which stops the app server cleanly.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

COPY . .
# npm ci refuses a lock file without other platforms' optional packages on some registries; the
# fallback installs the same locked versions (see the README). postinstall generates the client.
RUN npm ci || npm install
RUN npm run build

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WORKBENCH_USE_BUILD=1
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Applies pending migrations, seeds an empty database, then serves the build made above.
CMD ["node", "--import", "tsx", "scripts/start.ts"]
