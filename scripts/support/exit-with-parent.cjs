// Preloaded (NODE_OPTIONS=--require) into the Next.js server that `npm start` runs: if the start
// process dies without stopping it (SIGKILL, a crash), the server notices that its parent is gone
// and stops itself with SIGTERM, so no orphan keeps the port and the next start comes up.
"use strict";
const parent = process.ppid;
if (parent > 1) {
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      process.kill(process.pid, "SIGTERM");
      setTimeout(() => process.exit(1), 10_000).unref();
    }
  }, 1_000);
  timer.unref();
}
