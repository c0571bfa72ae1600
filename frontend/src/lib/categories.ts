// Categories of disaggregated indicators as the API writes them: `subject=math;grade=4`, pairs in
// the order of the indicator's dimensions, a pair left out being the total over that dimension,
// '' the total. Checking a category against the indicator is the server's job (422 at the field).

/** `subject=math;grade=4` -> {subject: 'math', grade: '4'}. */
export function categoryParts(category: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (category ?? '').split(';')) {
    const i = pair.indexOf('=');
    if (i > 0) out[pair.slice(0, i).trim()] = pair.slice(i + 1).trim();
  }
  return out;
}

/** The pairs joined in the order of the dimensions; empty members left out. */
export function categoryOf(parts: Record<string, string | undefined>, dimensions: readonly string[]): string {
  return dimensions
    .filter((d) => parts[d])
    .map((d) => `${d}=${parts[d]}`)
    .join(';');
}
