import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { articleJsonSchema } from './json-schema.js';
import { segmentCoverageIssue, type Article } from './article.js';

let compiled: ValidateFunction | null = null;

/**
 * What is wrong with a candidate article, as `path: message` lines; empty when it is a valid
 * Article. The rules are the zod `ArticleSchema`'s: its JSON Schema (`articleJsonSchema`, generated
 * from it) compiled once per process by ajv into a validator that only reads the candidate, plus the
 * schema's own refinement (segments cover the text in order, without gaps). The parser checks every
 * article it returns this way: zod's `safeParse` gives the same verdicts (property-tested) but
 * copies the whole article, which cost about a tenth of the parse time and a fifth of its memory
 * traffic.
 *
 * @example
 * articleIssues(article); // []
 * articleIssues({ ...article, languageConfidence: 2 }); // ['languageConfidence: must be <= 1']
 */
export function articleIssues(candidate: unknown): string[] {
  compiled ??= new Ajv2020({ allErrors: true, strict: false }).compile(withoutMetaSchema(articleJsonSchema()));
  if (!compiled(candidate)) return (compiled.errors ?? []).map(describeError);
  const issue = segmentCoverageIssue(candidate as Article);
  return issue ? [`${issue.path.join('.')}: ${issue.message}`] : [];
}

function describeError(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter(Boolean).join('.');
  return `${path || '(article)'}: ${error.message ?? error.keyword}`;
}

/** ajv knows draft 2020-12 without being told; the `$schema` line would make it look the meta-schema up. */
function withoutMetaSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _metaSchema, ...rest } = schema;
  return rest;
}
