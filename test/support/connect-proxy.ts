// A loopback HTTPS proxy (HTTP CONNECT) that sends the tunnels for the hosts it knows to local
// ports and refuses every other host, so a child process started with HTTPS_PROXY pointing here
// reaches "https://smee.io" on loopback and nothing on the internet. It records what was asked.
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";

export class ConnectProxy {
  #server: Server;
  #sockets = new Set<Socket>();
  /** Every CONNECT target asked for ("host:port"), known or not. */
  readonly asked: string[] = [];
  url = "";

  /** `routes`: "host:port" → the loopback port that answers for it. */
  constructor(routes: Record<string, number>) {
    this.#server = createServer((_req, res) => res.writeHead(405).end());
    this.#server.on("connect", (req, client: Socket, head: Buffer) => {
      const target = req.url ?? "";
      this.asked.push(target);
      const port = routes[target];
      if (port === undefined) {
        client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
        return;
      }
      const upstream = connect(port, "127.0.0.1", () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on("close", () => this.#sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
