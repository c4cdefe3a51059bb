// A TCP server that every host name and all proxied traffic point to during the network-silence tests:
// any connection it sees would have left the machine. It reads the first line of each connection
// (`CONNECT host:443` or `GET http://host/...` from the proxy protocol) to tell where it was going.

import { createServer, type Socket } from 'node:net';

export interface Canary {
  readonly port: number;
  /** Target of every connection seen: a host name, or `unknown` when the first line says nothing. */
  readonly targets: readonly string[];
  close(): Promise<void>;
}

export function targetOf(firstLine: string): string {
  const connect = /^CONNECT ([^\s:]+):\d+ /.exec(firstLine);
  if (connect?.[1]) return connect[1].toLowerCase();
  const absolute = /^[A-Z]+ [a-z]+:\/\/([^/\s:]+)/.exec(firstLine);
  return absolute?.[1]?.toLowerCase() ?? 'unknown';
}

export async function startCanary(): Promise<Canary> {
  const targets: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let seen = false;
    const record = (line: string) => {
      if (seen) return;
      seen = true;
      targets.push(targetOf(line));
      socket.end();
    };
    socket.once('data', (data) => record(data.toString('latin1').split('\r\n')[0] ?? ''));
    socket.setTimeout(2000, () => record(''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    targets,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
