/**
 * A copy of the string that holds no reference to the text it was cut from. V8 keeps a substring of 13 or
 * more characters as a view into its parent, so a line or a cell kept in a cache would keep the whole document
 * it came from alive: a new version of it on every keystroke. Concatenating and slicing again makes V8 copy.
 */
export function detach(text: string): string {
  return text.length < MIN_VIEW_LENGTH ? text : ` ${text}`.slice(1);
}

/** below this length V8 copies substrings anyway */
const MIN_VIEW_LENGTH = 13;

/**
 * Detaches, in place, every string inside a freshly computed result before it is cached: objects and arrays
 * are walked once each; `spec` (the format data) and frozen constants are not entered.
 */
export function detachAll<T>(value: T): T {
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    // a frozen object is a constant of the code (a blank cell's value), never cut from a document
    if (typeof node !== 'object' || node === null || seen.has(node) || Object.isFrozen(node)) return;
    seen.add(node);
    const fields = node as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (key === 'spec') continue;
      const field = fields[key];
      if (typeof field === 'string') fields[key] = detach(field);
      else walk(field);
    }
  };
  walk(value);
  return value;
}
