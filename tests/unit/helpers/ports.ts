import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** An event of a fake port: listeners, and `fire` for the other end. */
function portEvent<A extends unknown[]>() {
  const listeners = new Set<(...args: A) => void>();
  return {
    addListener: (listener: (...args: A) => void) => void listeners.add(listener),
    removeListener: (listener: (...args: A) => void) => void listeners.delete(listener),
    hasListener: (listener: (...args: A) => void) => listeners.has(listener),
    fire: (...args: A) =>
      listeners.forEach((listener) => {
        listener(...args);
      }),
  };
}

/**
 * One end of a `runtime.connect` channel, as Chrome makes it: what is posted arrives at the other end a task later,
 * and once either end disconnects the other hears of it and posting on either throws.
 */
export class FakePort {
  readonly onMessage = portEvent<[unknown, FakePort]>();
  readonly onDisconnect = portEvent<[FakePort]>();
  other?: FakePort;

  constructor(readonly name: string) {}

  postMessage(message: unknown): void {
    const other = this.other;
    if (!other) throw new Error('Attempting to use a disconnected port object');
    setTimeout(() => other.onMessage.fire(message, other));
  }

  disconnect(): void {
    const other = this.other;
    this.other = undefined;
    if (!other) return;
    other.other = undefined;
    setTimeout(() => other.onDisconnect.fire(other));
  }
}

/** A connected pair named `name`: `worker` gets its end at once; the caller's end is returned. */
export function portPair(name: string, worker: (port: FakePort) => void): FakePort {
  const caller = new FakePort(name);
  const end = new FakePort(name);
  caller.other = end;
  end.other = caller;
  worker(end);
  return caller;
}

/** Makes `browser.runtime.connect` connect to `worker` (the fake browser has no ports). */
export function connectTo(worker: (port: FakePort) => void) {
  return vi
    .spyOn(fakeBrowser.runtime, 'connect')
    .mockImplementation(((info?: { name?: string }) => portPair(info?.name ?? '', worker)) as never);
}

let replies: Promise<unknown>[] = [];

/**
 * Makes `browser.runtime.connect` reach the `runtime.onConnect` listeners (the worker's), as Chrome does. Call before
 * the worker starts listening.
 */
export function connectLikeChrome() {
  const listeners = new Set<(port: FakePort) => void>();
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(
    ((listener: (port: FakePort) => void) => void listeners.add(listener)) as never,
  );
  replies = [];
  return connectTo((port) => {
    // Noted as it is posted, so a test can wait for the worker to finish even after the popup is gone.
    replies.push(
      new Promise((resolve) => {
        const post = port.postMessage.bind(port);
        port.postMessage = (message) => {
          const answer = message as { type?: string; reply?: unknown };
          if (answer.type === 'reply') resolve(answer.reply);
          post(message);
        };
      }),
    );
    listeners.forEach((listener) => {
      listener(port);
    });
  });
}

/** Every reply the worker has posted to the requests made so far, once each has come. */
export const workerReplies = () => Promise.all(replies);
