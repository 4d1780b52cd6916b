// Development: the API server with reload on 3001, and Vite on 3000 proxying both channels to it.
import { spawn } from "node:child_process";

const apiPort = process.env.API_PORT ?? "3001";
const children = [
  spawn("pnpm", ["--filter", "@oppdag/server", "dev"], { stdio: "inherit", env: { ...process.env, PORT: apiPort } }),
  spawn("pnpm", ["--filter", "@oppdag/client", "dev"], {
    stdio: "inherit",
    env: { ...process.env, API_PORT: apiPort },
  }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => code && code !== 0 && stop());
