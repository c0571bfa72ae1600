import type { Target } from '../../api/types';
import { present } from '../../lib/present';

/** The programme period shown by default: the years that have targets, else now-1..now+4. */
export function defaultPeriod(targets: Target[], now = new Date().getFullYear()): [number, number] {
  const years = targets
    .filter((t) => t.kind === 'target')
    .map((t) => t.year)
    .filter(present);
  if (years.length === 0) return [now - 1, now + 4];
  return [Math.min(...years), Math.max(...years)];
}

export function yearsOf(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = Math.min(from, to); y <= Math.max(from, to) && out.length < 30; y++) out.push(y);
  return out;
}
