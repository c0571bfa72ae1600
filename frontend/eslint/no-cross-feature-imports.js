// ESLint rule: a feature (src/features/<name>/) imports only from shared code (lib, api, i18n,
// layout) and from itself, never from another feature; shared code imports no feature at all.
// Only the app's wiring (routes.tsx, App.tsx, main.tsx) may import features.
import path from 'node:path';

const SHARED = new Set(['lib', 'api', 'i18n', 'layout']);

/** `{area: 'features', feature: 'entry'}`, `{area: 'lib'}` or null for a path outside `src/`. */
export function placeOf(file) {
  const parts = path.normalize(file).split(path.sep);
  const src = parts.lastIndexOf('src');
  if (src < 0 || src + 1 >= parts.length) return null;
  const area = parts[src + 1];
  if (area === 'features') return parts.length > src + 2 ? { area, feature: parts[src + 2] } : null;
  return { area };
}

/** Why importing `target` from `from` is forbidden, or null when it is allowed. */
export function forbidden(from, target) {
  const a = placeOf(from);
  const b = placeOf(target);
  if (!a || !b || b.area !== 'features') return null;
  if (a.area === 'features') return a.feature === b.feature ? null : `feature "${a.feature}" imports feature "${b.feature}"`;
  if (SHARED.has(a.area)) return `shared "${a.area}" imports feature "${b.feature}"`;
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'forbid imports between src/features/* and from shared code into features' },
    schema: [],
    messages: {
      forbidden: '{{why}}: move what both need to src/lib (or src/api) and import it from there.',
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const check = (node) => {
      const spec = node?.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const why = forbidden(file, path.resolve(path.dirname(file), spec));
      if (why) context.report({ node: node.source, messageId: 'forbidden', data: { why } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
