import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API server runs on 3001 and Vite proxies both channels to it.
const api = `http://localhost:${process.env.API_PORT ?? 3001}`;

export default defineConfig({
  plugins: [react()],
  server: {
    port: 3000,
    proxy: {
      "/api": api,
      "/sync": { target: api, ws: true },
      "/socket.io": { target: api, ws: true },
    },
  },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
});
