/**
 * The Redis connection BullMQ runs on. BullMQ 6 ships no Redis driver of its own; ioredis is
 * its reference one, loaded only by the distributed commands so a local build never needs it.
 */
import type { Redis } from "ioredis";
import { DISTRIBUTED_DEFAULTS } from "./defaults.js";
import { parseUrl, redact } from "./urls.js";

function reason(error: Error | undefined): string {
  const text = error?.message ?? "the connection closed";
  if (/ECONNREFUSED/.test(text)) return "nothing listens there (is redis-server running, on that port?)";
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return "no such host";
  if (/WRONGPASS/.test(text)) return "wrong user name or password";
  if (/NOAUTH/.test(text)) return "the server wants a password: give it in the URL, redis://:PASSWORD@HOST:PORT";
  if (/ETIMEDOUT|timeout/i.test(text)) return "no answer in time (a firewall, or the wrong host?)";
  return text;
}

/**
 * Connects to `url` and checks the server answers, failing fast with a message that says what
 * is wrong; once connected, the client reconnects by itself if Redis goes away for a while.
 */
export async function connectRedis(url: string, options: { connectTimeoutMs?: number } = {}): Promise<Redis> {
  parseUrl(url, ["redis:", "rediss:"], "--queue", "queue");
  const { Redis } = await import("ioredis");
  let last: Error | undefined;
  let connected = false;
  const client = new Redis(url, {
    lazyConnect: true,
    // BullMQ's blocking commands wait as long as they must; it requires this.
    maxRetriesPerRequest: null,
    connectTimeout: options.connectTimeoutMs ?? DISTRIBUTED_DEFAULTS.connectTimeoutMs,
    // At start a failure is reported at once; later (a Redis restart) the client keeps trying.
    retryStrategy: (times) => (connected ? Math.min(times * 200, 2000) : null),
  });
  client.on("error", (error: Error) => (last = error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    throw new Error(`newsgraph/queue: cannot use Redis at ${redact(url)}: ${reason(last ?? (error as Error))}`);
  }
  connected = true;
  return client;
}
