/**
 * The server's field errors (problem+json `errors[].field`, e.g. `bands[1].label`, `derived.rule`) as the
 * names of an Ant Design form's fields (`['bands', 1, 'label']`), so that the server's verdict is shown under
 * the field it concerns. Fields kept as one control (a multiple select of `dimensions`) are named by their list.
 */
export type FieldPath = (string | number)[];

export function fieldPath(field: string, whole: readonly string[] = []): FieldPath {
  const path: FieldPath = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [field];
    path.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) path.push(Number(idx[1]));
  }
  if (typeof path[0] === 'string' && whole.includes(path[0])) return [path[0]];
  return path;
}

/** Field errors (first message per field, as ApiError.fieldErrors gives them) as form fields; messages of one field joined. */
export function formFields(errors: Record<string, string>, whole: readonly string[] = []): { name: FieldPath; errors: string[] }[] {
  const byName = new Map<string, { name: FieldPath; errors: string[] }>();
  for (const [field, message] of Object.entries(errors)) {
    const name = fieldPath(field, whole);
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byName.set(key, entry);
  }
  return [...byName.values()];
}
