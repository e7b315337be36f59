// A small client for Marionette, Firefox's own remote protocol (no geckodriver: it can't be installed here). Each
// message is `<byte length>:<JSON>`; a command is [0, id, name, params] and its reply [1, id, error, result].
import net from 'node:net';

export class MarionetteError extends Error {
  constructor(command, { error, message, stacktrace }) {
    super(`${command}: ${error}: ${message}`);
    this.error = error;
    this.stacktrace = stacktrace;
  }
}

/** Connects to Marionette on `port` (retrying while Firefox starts) and resolves once the server has greeted us. */
export async function connectMarionette(port, { host = '127.0.0.1', timeoutMs = 20_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await connectOnce(host, port);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function connectOnce(host, port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    const pending = new Map();
    let nextId = 1;
    let buffer = Buffer.alloc(0);
    let greeted = false;
    const client = {
      /** Sends a command and resolves to its result's `value` (or the whole result when it has none). */
      send(name, params = {}) {
        const id = nextId++;
        const body = Buffer.from(JSON.stringify([0, id, name, params]));
        socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
        return new Promise((resolveReply, rejectReply) => pending.set(id, { name, resolveReply, rejectReply }));
      },
      close: () => socket.destroy(),
    };
    const onMessage = (message) => {
      if (!greeted) {
        greeted = true;
        if (message.marionetteProtocol !== 3)
          reject(new Error(`Unknown Marionette protocol ${JSON.stringify(message)}`));
        else resolve(client);
        return;
      }
      const [, id, error, result] = message;
      const waiter = pending.get(id);
      if (!waiter) return;
      pending.delete(id);
      if (error) waiter.rejectReply(new MarionetteError(waiter.name, error));
      else waiter.resolveReply(result && typeof result === 'object' && 'value' in result ? result.value : result);
    };
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const colon = buffer.indexOf(':');
        if (colon < 0) return;
        const length = Number(buffer.subarray(0, colon).toString());
        if (buffer.length < colon + 1 + length) return;
        const json = buffer.subarray(colon + 1, colon + 1 + length).toString();
        buffer = buffer.subarray(colon + 1 + length);
        onMessage(JSON.parse(json));
      }
    });
    socket.on('error', (error) => {
      if (!greeted) reject(error);
      for (const { rejectReply } of pending.values()) rejectReply(error);
      pending.clear();
    });
    socket.on('close', () => {
      for (const { name, rejectReply } of pending.values())
        rejectReply(new Error(`${name}: Marionette closed the connection`));
      pending.clear();
    });
  });
}
