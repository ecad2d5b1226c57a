/**
 * Escapes text so that a regular expression matches it literally.
 *
 * @example
 * new RegExp(escapeRegex('Fot. (PAP)')).test('Fot. (PAP)'); // true
 */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
