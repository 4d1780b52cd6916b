/**
 * The y-websocket reference server (@y/websocket-server 0.1.1) for the room bench: in memory, one
 * document per URL path, on a free port, printed when listening. The package's own bin does the
 * same but cannot listen on port 0 and report the port it got, so this is its bin with that
 * changed. It uses the `ws` Oppdag uses (8.x, not the 6.x the bin pulls in), so the two servers
 * differ in what they do with frames, not in the websocket library.
 */
import http from "node:http";
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";

const wss = new WebSocketServer({ noServer: true });
wss.on("connection", setupWSConnection);

const server = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/plain" });
  res.end("okay");
});
server.on("upgrade", (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(JSON.stringify({ event: "listening", port: typeof address === "object" ? address?.port : null }));
});
process.on("SIGTERM", () => process.exit(0));
