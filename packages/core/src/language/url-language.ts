/**
 * A language the page's URL names: its host's first label or its path's first segment, as an ISO
 * 639-1 code (`ar.example.com`, `/fr/`) or as the language's English name (`portuguese.example.com`,
 * `/english/`). Codes and names come from ICU (`Intl.DisplayNames`), not from a list typed here.
 *
 * @example
 * languageFromUrl('https://portuguese.example.com/news/a'); // { language: 'pt', evidence: 'host portuguese.example.com' }
 * languageFromUrl('https://example.com/ar/news/a'); // { language: 'ar', evidence: 'path /ar/' }
 */
export function languageFromUrl(url: string | null | undefined): { language: string; evidence: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  const label = parsed.hostname.split('.')[0]!.toLowerCase();
  const host = parsed.hostname.split('.').length > 2 ? languageOf(label) : null;
  if (host) return { language: host, evidence: `host ${parsed.hostname}` };
  const segment = parsed.pathname.split('/')[1]?.toLowerCase() ?? '';
  const path = languageOf(segment);
  return path ? { language: path, evidence: `path /${segment}/` } : null;
}

/** A code or an English name of a language, as its ISO 639-1 code. */
function languageOf(word: string): string | null {
  if (/^[a-z]{2}$/u.test(word)) return CODES.has(word) ? word : null;
  return BY_NAME.get(word) ?? null;
}

/** The ISO 639-1 codes ICU knows a name for, and each one's English name (lower-cased, one word). */
const { CODES, BY_NAME } = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const codes = new Set<string>();
  const byName = new Map<string, string>();
  for (let a = 97; a <= 122; a++) {
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (!name || name.toLowerCase() === code) continue;
      codes.add(code);
      if (/^[A-Za-z]+$/u.test(name)) byName.set(name.toLowerCase(), code);
    }
  }
  return { CODES: codes, BY_NAME: byName };
})();
