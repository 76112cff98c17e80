import net from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Serves one PGlite database to many node-postgres connections over a Unix socket.
 *
 * PGlite has a single session, so connections take turns. The unit of a turn is what the PostgreSQL
 * protocol treats as one request: a simple query, or an extended-protocol batch up to its Sync. A turn is
 * never split, so one connection's Bind cannot meet another's Parse (pglite-socket's multiplexer switches
 * between connections message by message, and under concurrent load it answered queries with other
 * connections' results). While a connection has a transaction open, only that connection takes turns.
 */

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
// Messages after which the client waits for an answer: the end of a turn.
const TURN_ENDS = new Set(['S', 'Q', 'H', 'F']);

interface Connection {
  socket: net.Socket;
  buffer: Buffer;
  pending: Buffer[];
  started: boolean;
  closed: boolean;
}

interface Turn {
  connection: Connection;
  bytes: Uint8Array;
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`);
  const message = Buffer.alloc(5 + text.length);
  message.write('Q', 0);
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

export interface PGliteServer {
  close(): Promise<void>;
}

export async function servePGlite(db: PGlite, socketPath: string, onError: (error: unknown) => void = () => undefined): Promise<PGliteServer> {
  let queue: Turn[] = [];
  let owner: Connection | null = null;
  let running: Promise<void> | null = null;
  const connections = new Set<Connection>();

  async function drain() {
    for (;;) {
      const index = owner ? queue.findIndex((t) => t.connection === owner) : queue.length ? 0 : -1;
      if (index < 0) return;
      const [turn] = queue.splice(index, 1) as [Turn];
      const { connection } = turn;
      try {
        await db.runExclusive(() =>
          db.execProtocolRawStream(turn.bytes, {
            // PGlite hands over a view of its own memory, which it reuses at once: copy before queuing the write.
            onRawData: (data) => {
              if (!connection.closed) connection.socket.write(Buffer.from(data));
            },
          }),
        );
      } catch (error) {
        onError(error);
        connection.socket.destroy();
      }
      owner = db.isInTransaction() ? connection : null;
      // A connection that closed inside its transaction: undo it, so that nothing is left half-done.
      if (owner?.closed) queue.unshift({ connection: owner, bytes: simpleQuery('ROLLBACK') });
    }
  }

  function schedule(turn: Turn) {
    queue.push(turn);
    running ??= drain().finally(() => (running = null));
  }

  function read(connection: Connection) {
    for (;;) {
      const { buffer } = connection;
      if (!connection.started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (code === SSL_REQUEST) {
          connection.socket.write('N');
          connection.buffer = buffer.subarray(8);
          continue;
        }
        if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
          connection.socket.destroy();
          return;
        }
        if (buffer.length < length) return;
        connection.started = true;
        connection.buffer = buffer.subarray(length);
        schedule({ connection, bytes: buffer.subarray(0, length) });
        continue;
      }
      if (buffer.length < 5) return;
      const type = String.fromCharCode(buffer[0]!);
      const size = 1 + buffer.readInt32BE(1);
      if (buffer.length < size) return;
      const message = buffer.subarray(0, size);
      connection.buffer = buffer.subarray(size);
      if (type === 'X') {
        connection.socket.end();
        return;
      }
      connection.pending.push(message);
      if (TURN_ENDS.has(type)) {
        schedule({ connection, bytes: Buffer.concat(connection.pending) });
        connection.pending = [];
      }
    }
  }

  function closed(connection: Connection) {
    if (connection.closed) return;
    connection.closed = true;
    connections.delete(connection);
    queue = queue.filter((t) => t.connection !== connection);
    if (owner === connection) schedule({ connection, bytes: simpleQuery('ROLLBACK') });
  }

  const server = net.createServer((socket) => {
    const connection: Connection = { socket, buffer: Buffer.alloc(0), pending: [], started: false, closed: false };
    connections.add(connection);
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      connection.buffer = connection.buffer.length ? Buffer.concat([connection.buffer, chunk]) : chunk;
      read(connection);
    });
    socket.on('close', () => closed(connection));
    socket.on('error', () => closed(connection));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  return {
    async close() {
      for (const connection of connections) connection.socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await running;
    },
  };
}
