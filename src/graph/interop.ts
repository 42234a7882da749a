/**
 * graphology's CommonJS packages declare `export default`; under NodeNext TypeScript types the
 * default import as `{ default: fn }` while Node hands over `module.exports` (the fn) itself.
 */
export function commonjs<T>(imported: { default: T }): T {
  return (imported as { default?: T }).default ?? (imported as unknown as T);
}
