import { clock } from '../src/platform/clock.ts';

/**
 * Sets the clock that services read to `at`, moving on from there as real time passes (so that records made
 * one after another keep their order). `clock.set(null)` puts the system clock back.
 */
export function startClockAt(at: Date): void {
  const offset = at.getTime() - Date.now();
  clock.set(() => new Date(Date.now() + offset));
}
