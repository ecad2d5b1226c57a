import { desc, escape, op, type ColumnTable } from 'arquero';
import type { CorpusTables } from './corpus-tables.js';
import { groupKeys, labelUnknown, withGroupTotals, type GroupBy } from './group-keys.js';
import { groupByColumns } from './group-by-columns.js';

/** The `speaker` label of quotes whose speaker the text does not give. */
export const NO_SPEAKER = '(no speaker)';

/** Options of {@link voices} and {@link quoteAttribution}. */
export interface VoicesOptions {
  /** Group by language (default), outlet, both, or `[]` for the whole corpus. */
  by?: GroupBy;
  /** Count scare quotes (one to three words, never attributed) too; default false. */
  includeScare?: boolean;
}

interface QuoteKeys {
  speaker: string | null;
  speakerId: string | null;
  scare: boolean;
}

/**
 * Who is quoted, how often, per group: one row per speaker with `quotes` and `share` (of the
 * group's quotes). A speaker is the linked entity, a name the registry does not hold (`attribution:
 * 'unlinked'`), or the text's own description ("malijski dyplomata", `attribution: 'described'`); quotes without a speaker are one row,
 * `(no speaker)`, so that shares add up to 1. Scare quotes are left out unless asked.
 *
 * @returns columns: the group keys, `speaker`, `speakerId`, `attribution`, `quotes`, `share`
 * @example
 * voices(tables, { by: 'language' }).print();
 * // language speaker         speakerId       attribution quotes share
 * // ar       Abdoulaye Diop  abdoulaye-diop  linked      3      0.33
 */
export function voices(tables: CorpusTables, options: VoicesOptions = {}): ColumnTable {
  const keys = groupKeys(options.by ?? 'language');
  const quotes = labelUnknown(selectQuotes(tables, options), keys).derive({
    speaker: escape((d: QuoteKeys) => d.speaker ?? NO_SPEAKER),
  });
  const totals = groupByColumns(quotes, keys).rollup({ groupQuotes: op.count() });
  const counted = groupByColumns(quotes, [...keys, 'speaker', 'speakerId', 'attribution']).rollup({ quotes: op.count() });
  const joined = withGroupTotals(counted, totals, keys);
  return joined
    .derive({ share: (d: { quotes: number; groupQuotes: number }) => d.quotes / d.groupQuotes })
    .select(...keys, 'speaker', 'speakerId', 'attribution', 'quotes', 'share')
    .orderby(...keys, desc('quotes'), 'speaker');
}

/**
 * How well quotes are attributed, per group: `quotes`, `linked` (to a registry entity), `unlinked`
 * (a speaker's name the registry does not hold), `described` (a speaker the text only describes),
 * `noSpeaker`, and `noSpeakerShare = noSpeaker / quotes`.
 *
 * @example
 * quoteAttribution(tables, { by: 'outlet' }).objects()[0];
 * // { outlet: 'Al Mayadeen', quotes: 3, linked: 2, unlinked: 0, described: 0, noSpeaker: 1, noSpeakerShare: 0.33 }
 */
export function quoteAttribution(tables: CorpusTables, options: VoicesOptions = {}): ColumnTable {
  const keys = groupKeys(options.by ?? 'language');
  return groupByColumns(labelUnknown(selectQuotes(tables, options), keys), keys)
    .rollup({
      quotes: op.count(),
      linked: (d: { attribution: string }) => op.sum(d.attribution === 'linked' ? 1 : 0),
      unlinked: (d: { attribution: string }) => op.sum(d.attribution === 'unlinked' ? 1 : 0),
      described: (d: { attribution: string }) => op.sum(d.attribution === 'described' ? 1 : 0),
      noSpeaker: (d: { attribution: string }) => op.sum(d.attribution === 'none' ? 1 : 0),
    })
    .derive({ noSpeakerShare: (d: { noSpeaker: number; quotes: number }) => d.noSpeaker / d.quotes })
    .orderby(...keys);
}

function selectQuotes(tables: CorpusTables, options: VoicesOptions): ColumnTable {
  return options.includeScare ? tables.quotes : tables.quotes.filter((d: QuoteKeys) => !d.scare);
}
