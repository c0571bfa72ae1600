// Derived indicators on the entry page: their facts are computed from a rule's flags (GET /values marks them
// `computed`), never typed in, so their rows are read-only and say so.
import type { ListedValue } from '../../api/pending';
import type { Indicator } from '../../api/types';

/** The rule a row's figure is computed by, or undefined for a row that is entered. */
export function computedRule(indicator: Pick<Indicator, 'derived'>, stored: ListedValue | undefined): string | undefined {
  if (stored?.computed) return stored.rule ?? indicator.derived?.rule ?? '';
  return indicator.derived?.rule;
}
