import { articleJsonSchema } from '@polynews/core';
import type { CliIo } from '../io.js';

/**
 * `polynews schema`: prints the JSON Schema of Article, generated from the zod schema.
 *
 * @example
 * schemaCommand(processIo); // prints {"$schema": "https://json-schema.org/draft/2020-12/schema", …}
 */
export function schemaCommand(io: CliIo): number {
  io.stdout(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  return 0;
}
