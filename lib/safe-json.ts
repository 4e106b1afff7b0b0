// Helpers for reading files a user imports (template sets, backups): hostile input by definition.
// Pure: no DOM, no browser API.

/** "templates[3].body" from ['templates', 3, 'body']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface WalkNode {
  value: unknown;
  key: PropertyKey | null;
  parent: WalkNode | null;
}

function pathOf(node: WalkNode): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let n: WalkNode | null = node; n && n.key !== null; n = n.parent) path.push(n.key);
  return path.reverse();
}

/**
 * The path of the first "__proto__", "constructor" or "prototype" key, or null. JSON.parse makes
 * such a key an own property, harmless until a spread or merge copies it onto a live object, so
 * imports refuse them outright. Iterative with parent links (the path is built only on a hit):
 * a deep file cannot blow the stack, a wide one costs no per-node path copy.
 */
export function findForbiddenKey(root: unknown): string | null {
  const stack: WalkNode[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], key: i, parent: node });
      continue;
    }
    for (const key of Object.keys(value)) {
      const child: WalkNode = { value: (value as Record<string, unknown>)[key], key, parent: node };
      if (FORBIDDEN_KEYS.has(key)) return formatPath(pathOf(child));
      stack.push(child);
    }
  }
  return null;
}
