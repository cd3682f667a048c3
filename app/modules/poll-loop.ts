// The timer loop of the workers inside the server process (the search outbox worker and its
// follower in search/, the mail worker in app/services): one pass at a time, the next one an
// interval after the last, or at once while a pass says more is waiting. The timer never keeps
// the process alive. It takes its pass as an argument and opens nothing itself, so it lives in
// app/modules where search/ and app/services can both import it (decision 580).

export interface PollLoopOptions<T> {
  /** Pause between passes when idle (ms). */
  intervalMs: number;
  /** True when the pass's result means more is waiting: the next pass starts at once. */
  again(result: T): boolean;
  /** false: no timer, passes run only through `run()` (the mail worker without SMTP, tests). */
  timer?: boolean;
}

export interface PollLoop<T> {
  /** Arms the timer for a pass in `ms`, in place of an armed one; nothing once stopped. */
  schedule(ms: number): void;
  /** Runs a pass now, after the one in progress; the timer waits an interval while it runs. */
  run(): Promise<T>;
  /** Resolves once no pass is in progress. */
  idle(): Promise<void>;
  /** True once `stop()` was called: a long pass checks it to end early. */
  readonly stopped: boolean;
  /** Stops the loop and waits for a pass in progress. */
  stop(): Promise<void>;
}

/** The pass must not throw: it catches and logs its own errors (a rejected pass ends the loop). */
export function pollLoop<T>(pass: () => Promise<T>, opts: PollLoopOptions<T>): PollLoop<T> {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<T> | null = null;

  function schedule(ms: number) {
    if (stopped || opts.timer === false) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      timer = null;
      if (running) return schedule(opts.intervalMs);
      running = pass();
      const r = await running;
      running = null;
      schedule(opts.again(r) ? 0 : opts.intervalMs);
    }, ms);
    timer.unref();
  }

  async function idle() {
    if (running) await running;
  }

  return {
    schedule,
    async run() {
      await idle();
      running = pass();
      try {
        return await running;
      } finally {
        running = null;
      }
    },
    idle,
    get stopped() {
      return stopped;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await idle();
    },
  };
}

export interface PollLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/**
 * What a pass logs of its failures: one that repeats at every poll is warned of once (again only
 * when the error changes), and the pass working again is said once.
 */
export interface FailureLog {
  /** A pass failed with `error` (an Error or an engine's message): warns unless it is the last one. */
  failed(log: PollLog, error: unknown, msg: string, fields?: object): void;
  /** A pass worked: says so once after a failure. */
  worked(log: PollLog, msg: string, fields?: object): void;
}

export function failureLog(): FailureLog {
  let lastError: string | undefined;
  return {
    failed(log, error, msg, fields = {}) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) log.warn({ ...fields, error: message }, msg);
      lastError = message;
    },
    worked(log, msg, fields = {}) {
      if (lastError) log.info(fields, msg);
      lastError = undefined;
    },
  };
}
