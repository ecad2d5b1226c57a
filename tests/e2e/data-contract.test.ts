import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleSchema, SegmentRoleSchema } from '@polynews/core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('docs/data-contract.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/data-contract.md'), 'utf8');

  it('lists every field of ArticleSchema in its table, and no field the schema lacks', () => {
    const listed = [...doc.matchAll(/^\| `(\w+)` \|/gmu)].map((match) => match[1]);
    const fields = Object.keys(ArticleSchema.shape);
    expect(listed.filter((field) => !fields.includes(field!))).toEqual([]);
    expect(fields.filter((field) => !listed.includes(field))).toEqual([]);
  });

  it('names every segment role', () => {
    for (const role of SegmentRoleSchema.options) expect(doc).toContain(`\`${role}\``);
  });
});
