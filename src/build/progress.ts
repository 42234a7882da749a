import cliProgress from "cli-progress";

export interface Progress {
  /** One more input record handled (an article extracted, or a problem reported). */
  tick(): void;
  /** The build moved to a later stage ("resolving", "writing"…). */
  stage(name: string): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Records expected (from ingest's countInputs); null when unknown, e.g. stdin. */
  total: number | null;
  stream?: NodeJS.WriteStream;
  quiet?: boolean;
  /** Plain mode: at most one line per this many milliseconds. */
  intervalMs?: number;
}

const SILENT: Progress = { tick() {}, stage() {}, stop() {} };

/**
 * A live bar on a terminal; elsewhere (CI logs, pipes) a plain line now and then, since
 * redrawn bars turn into pages of noise in a log file.
 */
export function createProgress(options: ProgressOptions): Progress {
  if (options.quiet) return SILENT;
  const stream = options.stream ?? process.stderr;
  const total = options.total;
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: "newsgraph {bar} {value}/{total} articles | {stage}",
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    let value = 0;
    bar.start(total ?? 0, 0, { stage: "extracting" });
    return {
      tick() {
        value += 1;
        if (total === null || value > total) bar.setTotal(value);
        bar.update(value);
      },
      stage: (name) => bar.update({ stage: name }),
      stop: () => bar.stop(),
    };
  }
  const interval = options.intervalMs ?? 5000;
  let value = 0;
  let last = Date.now();
  const line = (text: string) => stream.write(`newsgraph: ${text}\n`);
  return {
    tick() {
      value += 1;
      if (Date.now() - last >= interval) {
        last = Date.now();
        line(`${value}${total === null ? "" : `/${total}`} articles`);
      }
    },
    stage: (name) => line(name),
    stop() {},
  };
}
