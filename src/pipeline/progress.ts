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

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const hms = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return (hms[0] ? hms : hms.slice(1)).map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, "0"))).join(":");
}

/**
 * Articles per second since the start, and the time left when the total is known. Empty in
 * the first second, where a rate is noise.
 */
function pace(done: number, total: number | null, startedAt: number): { rate: string; left: string } {
  const seconds = (Date.now() - startedAt) / 1000;
  if (seconds < 1 || done === 0) return { rate: "", left: "" };
  const perSecond = done / seconds;
  const left = total !== null && total > done ? clock((total - done) / perSecond) : "";
  return { rate: `${perSecond.toFixed(1)}/s`, left };
}

/**
 * Articles done (of the total when known), rate and time left: a live bar on a terminal; elsewhere (CI logs, pipes) a plain line now and then, since
 * redrawn bars turn into pages of noise in a log file.
 */
export function createProgress(options: ProgressOptions): Progress {
  if (options.quiet) return SILENT;
  const stream = options.stream ?? process.stderr;
  const total = options.total;
  const startedAt = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: "newsgraph {bar} {value}/{total} articles {rate} {left} | {stage}",
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    let value = 0;
    bar.start(total ?? 0, 0, { stage: "extracting", rate: "", left: "" });
    return {
      tick() {
        value += 1;
        if (total === null || value > total) bar.setTotal(value);
        const { rate, left } = pace(value, total, startedAt);
        bar.update(value, { rate, left: left && `${left} left` });
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
        const { rate, left } = pace(value, total, startedAt);
        line(`${value}${total === null ? "" : `/${total}`} articles${rate && `, ${rate}`}${left && `, ${left} left`}`);
      }
    },
    stage: (name) => line(name),
    stop() {},
  };
}
