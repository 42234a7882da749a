/** Every default of the queue, the store and the worker loop, in one place. */
export const DISTRIBUTED_DEFAULTS = {
  /** The BullMQ queue's name (its Redis keys start with `bull:<name>:`). */
  queueName: "newsgraph",
  /** Articles per job: large enough that a job's Redis and database round trips are a small share of its work. */
  batch: 25,
  /** Jobs waiting in Redis before `enqueue` pauses for the workers to catch up (≈ 50 MB of text at 2.4 k chars an article). */
  maxWaiting: 200,
  /** Deliveries of a job before it is left failed: a database restart or a crashed worker costs one each. */
  attempts: 10,
  /** First retry after this long, doubling each time (10 attempts ≈ 17 minutes in all). */
  backoffMs: 1000,
  /** A worker holds its job this long between renewals; a crashed worker's job goes to another after it. */
  lockMs: 30_000,
  /** How often an idle `--exit-when-idle` worker looks whether anything is left anywhere. */
  idlePollMs: 500,
  /** Rows read from the database per round trip by `build --from`. */
  readPage: 500,
  /** Give up reaching Redis or PostgreSQL at start after this long, with a message saying which. */
  connectTimeoutMs: 5000,
};
