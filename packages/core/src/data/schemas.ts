import { z } from 'zod';
import { LanguageCodeSchema } from '../schema/article.js';

/** Cues for one role: a line that equals, starts with, contains, or matches one of them gets the role. */
export const RoleCuesSchema = z
  .object({
    exact: z.array(z.string().min(1)).default([]),
    prefix: z.array(z.string().min(1)).default([]),
    contains: z.array(z.string().min(1)).default([]),
    regex: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type RoleCues = z.infer<typeof RoleCuesSchema>;

const CueRoleSchema = z.enum(['navigation', 'caption', 'credit', 'source', 'translation-note', 'related', 'comments', 'embed', 'promo']);
export type CueRole = z.infer<typeof CueRoleSchema>;

/**
 * A per-language data file (`data/languages/<code>.json`): boilerplate cues by role, the order of
 * day and month in numeric dates, the words that introduce an attribution, and publication-date labels.
 *
 * @example
 * LanguageDataSchema.parse({ language: 'pl', name: 'Polish', dateOrder: 'dmy', roles: {}, attributionCues: ['według'], publishedLabels: [] });
 */
export const LanguageDataSchema = z
  .object({
    language: LanguageCodeSchema,
    name: z.string(),
    dateOrder: z.enum(['dmy', 'mdy', 'ymd']),
    roles: z.partialRecord(CueRoleSchema, RoleCuesSchema),
    attributionCues: z.array(z.string().min(1)),
    publishedLabels: z.array(z.string().min(1)),
  })
  .strict();
export type LanguageData = z.infer<typeof LanguageDataSchema>;

/** What a medium does: publish (outlet), supply wire copy, supply photos. */
export const MediaRoleSchema = z.enum(['outlet', 'wire-agency', 'photo-agency']);

/**
 * One outlet or agency of the media registry (`data/media.json`).
 *
 * @example
 * MediumSchema.parse({ id: 'tass', name: 'TASS', roles: ['wire-agency'], domains: ['tass.ru'], country: 'RU', languages: ['ru'], ownership: 'state-owned', aliases: ['TASS', 'ТАСС'] });
 */
export const MediumSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    roles: z.array(MediaRoleSchema).min(1),
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)),
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    languages: z.array(LanguageCodeSchema),
    ownership: z.enum(['state-owned', 'state-funded', 'state-affiliated', 'public-service', 'public-corporation', 'private', 'cooperative', 'unknown']),
    aliases: z.array(z.string().min(1)),
    editionOf: z.string().optional(),
    /** Names by which the outlet signs its own source lines ("المصدر: الميادين نت"). */
    sourceNames: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Medium = z.infer<typeof MediumSchema>;

export const MediaRegistrySchema = z
  .object({ $comment: z.string().optional(), media: z.array(MediumSchema) })
  .strict()
  .superRefine((registry, ctx) => {
    const seen = new Set<string>();
    for (const [index, medium] of registry.media.entries()) {
      if (seen.has(medium.id)) ctx.addIssue({ code: 'custom', path: ['media', index, 'id'], message: `duplicate id ${medium.id}` });
      seen.add(medium.id);
    }
    for (const [index, medium] of registry.media.entries()) {
      if (medium.editionOf && !seen.has(medium.editionOf)) {
        ctx.addIssue({ code: 'custom', path: ['media', index, 'editionOf'], message: `unknown medium ${medium.editionOf}` });
      }
    }
  });
export type MediaRegistry = z.infer<typeof MediaRegistrySchema>;

/** House-style fingerprints (`data/fingerprints.json`). */
export const FingerprintsSchema = z
  .object({
    $comment: z.string().optional(),
    maxConfidence: z.number().min(0).max(1),
    fingerprints: z.array(
      z.object({ outlet: z.string(), weight: z.number().gt(0).lt(1), regex: z.string(), description: z.string() }).strict(),
    ),
  })
  .strict();
export type Fingerprints = z.infer<typeof FingerprintsSchema>;

const DateFormatSchema = z
  .object({ id: z.string(), regex: z.string(), numericOrder: z.enum(['language', 'dmy', 'mdy']) })
  .strict();
export type DateFormat = z.infer<typeof DateFormatSchema>;

/** Numeric date forms for datelines and URLs (`data/date-formats.json`). */
export const DateFormatsSchema = z
  .object({ $comment: z.string().optional(), datelines: z.array(DateFormatSchema), urls: z.array(DateFormatSchema) })
  .strict();
export type DateFormats = z.infer<typeof DateFormatsSchema>;

/** Machine-translation tools (`data/translation-tools.json`). */
export const TranslationToolsSchema = z
  .object({
    $comment: z.string().optional(),
    tools: z.array(z.object({ name: z.string(), aliases: z.array(z.string().min(1)).min(1) }).strict()),
  })
  .strict();
export type TranslationTools = z.infer<typeof TranslationToolsSchema>;

/**
 * Month and weekday names of one language (`data/calendars/<code>.json`), with the inflected and
 * abbreviated forms that news text uses (Polish `lutego`, Russian `ноября`, Arabic `آذار` beside
 * `مارس`). Months run January to December, weekdays Monday to Sunday.
 *
 * @example
 * CalendarSchema.parse({ language: 'en', months: [['January'], ['February'], ['March'], ['April'], ['May'], ['June'], ['July'], ['August'], ['September'], ['October'], ['November'], ['December']], weekdays: [['Monday'], ['Tuesday'], ['Wednesday'], ['Thursday'], ['Friday'], ['Saturday'], ['Sunday']] });
 */
export const CalendarSchema = z
  .object({
    $comment: z.string().optional(),
    language: LanguageCodeSchema,
    months: z.array(z.array(z.string().min(1)).min(1)).length(12),
    weekdays: z.array(z.array(z.string().min(1)).min(1)).length(7),
  })
  .strict();
export type Calendar = z.infer<typeof CalendarSchema>;
