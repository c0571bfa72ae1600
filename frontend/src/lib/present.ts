/** Type guard for `.filter(present)`: the API omits null fields, so lists of fields may hold undefined. */
export function present<T>(v: T | null | undefined): v is T {
  return v !== null && v !== undefined;
}
