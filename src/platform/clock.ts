// The one clock services, jobs and the demo read the time from, so that a test can set it. Rules never read
// it: they take `now` as an argument. (Request signing for S3 keeps the real time: the store compares it with
// its own.)
const system = () => new Date();
let source: () => Date = system;

export const clock = {
  now: (): Date => source(),
  /** For tests: a fixed instant, or a function of the real time; null puts the system clock back. */
  set(to: Date | (() => Date) | null): void {
    source = to === null ? system : to instanceof Date ? () => new Date(to.getTime()) : to;
  },
};
