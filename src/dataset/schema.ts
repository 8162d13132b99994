import * as z from 'zod/mini';
import { t } from '../i18n/i18n';
import { schemaMessage } from './schemaMessages';

// Validation must never compile code with `new Function`, so it keeps working under a strict CSP; the messages
// ("expected string, received undefined") are the catalogue's, in the page's language, for a dataset author to act on.
z.config({ localeError: schemaMessage, jitless: true });

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const URL_PATTERN = /^https?:\/\/\S+$/;

const text = z.string().check(z.trim(), z.minLength(1));
const id = z.string().check(z.regex(ID_PATTERN, { error: () => t('dataset.schema.kebabId') }));

/** "2025", "2025-05" or "2025-05-16": the string's length is its precision. */
export const RoadmapDateSchema = z.string().check(
  z.regex(DATE_PATTERN, { error: () => t('dataset.schema.datePattern') }),
  // A malformed date gets the pattern's message only.
  z.refine((value) => !DATE_PATTERN.test(value) || isRealDate(value), { error: () => t('dataset.schema.realDate') }),
);

/** For a string that matches DATE_PATTERN: false for days a calendar does not have, such as 2025-02-29. */
export function isRealDate(value: string): boolean {
  const y = Number(value.slice(0, 4));
  const m = value.length >= 7 ? Number(value.slice(5, 7)) : 1;
  const d = value.length >= 10 ? Number(value.slice(8, 10)) : 1;
  if (m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one. Date.UTC reads years 0 to 99 as 1900s, which fails the year check.
  const last = new Date(Date.UTC(y, m, 0));
  return last.getUTCFullYear() === y && d <= last.getUTCDate();
}

export const ConfidenceSchema = z.enum(['primary', 'secondary', 'unconfirmed']);
export const BasisSchema = z.enum(['openai-statement', 'press-report', 'editorial']);

const sourceIds = z.array(id).check(z.minLength(1, { error: () => t('dataset.schema.noSource') }));

/** One point where the essay and public sources disagree. */
export const DiscrepancySchema = z.object({
  topic: text,
  essaySays: text,
  sourcesSay: text,
  sources: sourceIds,
});

export const LevelLinkSchema = z.object({
  levelId: id,
  basis: BasisSchema,
  note: z.optional(text),
  sources: z.optional(sourceIds),
});

export const ConcernLinkSchema = z.object({
  concernId: id,
  note: text,
  sources: sourceIds,
});

// Summaries and sources are optional so a roadmap made in a spreadsheet loads; the built-in dataset must still
// have both on every node (scripts/contentCheck.ts), and the app notes what a custom one lacks.
const entityFields = {
  id,
  summary: z.optional(text),
  essayClaim: z.optional(text),
  discrepancies: z.optional(z.array(DiscrepancySchema)),
  sources: z.optional(sourceIds),
  confidence: ConfidenceSchema,
};

export const LevelSchema = z.object({
  ...entityFields,
  rank: z.number().check(z.int(), z.positive()),
  name: text,
  essayName: z.optional(text),
  definition: z.optional(text),
});

export const InitiativeSchema = z.object({
  ...entityFields,
  name: text,
  shortName: text,
  group: z.enum(['product', 'domain']),
  details: z.optional(z.array(text)),
  levels: z.array(LevelLinkSchema),
  concerns: z.array(ConcernLinkSchema),
});

export const ConcernSchema = z.object({
  ...entityFields,
  name: text,
  evidence: z.optional(z.array(text)),
});

export const MilestoneSchema = z.object({
  ...entityFields,
  title: text,
  date: RoadmapDateSchema,
  dateNote: z.optional(text),
  initiative: z.nullable(id),
  levels: z.array(LevelLinkSchema),
  concerns: z.optional(z.array(id)),
});

export const SourceSchema = z.object({
  id,
  publisher: text,
  title: text,
  date: z.optional(RoadmapDateSchema),
  url: z.optional(z.string().check(z.regex(URL_PATTERN, { error: () => t('dataset.schema.url') }))),
  confidence: ConfidenceSchema,
  note: z.optional(text),
  /** The fact sheet's working id (S01…), kept for editors and never shown. */
  register: z.optional(text),
  essayCitation: z.optional(text),
});

export const CurrentLevelSchema = z.object({
  levelId: id,
  /** Who stated it, e.g. "OpenAI"; named in the chart's flag and the panel. */
  holder: z.optional(text),
  statement: text,
  date: RoadmapDateSchema,
  basis: BasisSchema,
  note: z.optional(text),
  sources: sourceIds,
  confidence: ConfidenceSchema,
});

/**
 * The stretch of the timeline a tour step shows, from the start of `start` to the end of `end` (so "1945".."1975"
 * is 1 January 1945 to 31 December 1975), for a step whose automatic fit would not tell its story.
 */
export const TourWindowSchema = z.object({ start: RoadmapDateSchema, end: RoadmapDateSchema }).check(
  z.refine((w) => !DATE_PATTERN.test(w.start) || !DATE_PATTERN.test(w.end) || w.start.slice(0, w.end.length) <= w.end, {
    error: () => t('dataset.schema.windowOrder'),
  }),
);

/** One stop of the guided tour: the node it shows, what the audience reads, what the presenter says. */
export const TourStepSchema = z.object({
  nodeId: id,
  headline: text,
  narration: text,
  notes: text,
  sources: sourceIds,
  /** How to frame the timeline for this step; without it the step fits its subject. */
  window: z.optional(TourWindowSchema),
});

/** A BCP 47 language tag as datasets name their translations: "de", "fr", "pt-BR". */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A node's text in another language; each field left out keeps the original. `title` is a level's, initiative's or concern's name. */
export const NodeTranslationSchema = z.object({ title: z.optional(text), shortName: z.optional(text), summary: z.optional(text) });

/** A tour step's text in another language, at the same position as the step it translates. */
export const TourStepTranslationSchema = z.object({ headline: z.optional(text), narration: z.optional(text), notes: z.optional(text) });

/** Everything a dataset translates into one language; every part is optional and falls back to the original, field by field. */
export const TranslationSchema = z.object({
  meta: z.optional(
    z.object({
      title: z.optional(text),
      subtitle: z.optional(text),
      essayConclusion: z.optional(text),
      levelsTitle: z.optional(text),
    }),
  ),
  /** By node id (a level, initiative, concern or milestone). */
  nodes: z.optional(z.record(id, NodeTranslationSchema)),
  /** Aligned with `tour`: the first entry translates the first step; no longer than the tour. */
  tour: z.optional(z.array(TourStepTranslationSchema)),
});

export const RoadmapSchema = z.object({
  meta: z.object({
    title: text,
    subtitle: z.optional(text),
    essayTitle: z.optional(text),
    essayConclusion: z.optional(text),
    /** The roadmap chart's heading, e.g. "The five levels". */
    levelsTitle: z.optional(text),
    /** The day its sources were last checked against public knowledge; shown as "Sources reviewed to …". */
    reviewed: z.optional(RoadmapDateSchema),
  }),
  // A spreadsheet roadmap may have no levels: then it is a timeline alone.
  levels: z.array(LevelSchema),
  currentLevel: z.optional(CurrentLevelSchema),
  initiatives: z.array(InitiativeSchema),
  concerns: z.array(ConcernSchema),
  milestones: z.array(MilestoneSchema),
  sources: z.array(SourceSchema),
  tour: z.optional(z.array(TourStepSchema)),
  /** The dataset's own text in other languages, by language tag (`de`, `fr`…). */
  // A key that is no language tag is reported at its own path ("translations.German: Invalid key in record").
  translations: z.optional(z.record(z.string().check(z.regex(LANGUAGE_TAG_PATTERN)), TranslationSchema)),
});

export type Confidence = z.infer<typeof ConfidenceSchema>;
export type Basis = z.infer<typeof BasisSchema>;
export type Discrepancy = z.infer<typeof DiscrepancySchema>;
export type LevelLink = z.infer<typeof LevelLinkSchema>;
export type ConcernLink = z.infer<typeof ConcernLinkSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Initiative = z.infer<typeof InitiativeSchema>;
export type Concern = z.infer<typeof ConcernSchema>;
export type Milestone = z.infer<typeof MilestoneSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type CurrentLevel = z.infer<typeof CurrentLevelSchema>;
export type TourStep = z.infer<typeof TourStepSchema>;
export type TourWindow = z.infer<typeof TourWindowSchema>;
export type Translation = z.infer<typeof TranslationSchema>;
export type Roadmap = z.infer<typeof RoadmapSchema>;
