import { wordsOf } from '../words/words-of.js';
import { formsOfWord, type WordFormRules } from './word-forms.js';

/**
 * The key mentions of one name share, whatever its inflection: the language, a colon, then each word
 * of the name reduced to its shortest form under the language's rules, again until no rule applies
 * (so `Ławrowa` and `Ławrowem` both give `pl:lawr`, and `بوزارة` and `وزارة` one Arabic key). A key
 * groups; it is not meant to be read (the mention's `name` is).
 *
 * @example
 * mentionKey('Ławrowem', 'pl', wordFormRules(loadCoreData().inflection, 'pl')) === mentionKey('Ławrowa', 'pl', rules); // true
 */
export function mentionKey(surface: string, language: string | null, rules: WordFormRules): string {
  const words = wordsOf(surface).map((word) => {
    let form = shortest(formsOfWord(word.text, rules));
    for (let again = 0; again < 3; again++) {
      const next = shortest(formsOfWord(form, rules));
      if (next === form) break;
      form = next;
    }
    return form;
  });
  return `${language ?? 'und'}:${words.join(' ')}`;
}

function shortest(forms: readonly string[]): string {
  let best = forms[0]!;
  for (const form of forms) if (form.length < best.length) best = form;
  return best;
}
