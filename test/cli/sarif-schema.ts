/** A validator for SARIF logs: the SARIF 2.1.0 rtm.5 JSON Schema that @microsoft/jest-sarif ships. */
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/**
 * The schema is written for draft-04 (`id`, `$schema` of draft-04); read under ajv's draft-07
 * default it needs `$id`. One pattern in it is not valid with the `u` flag, so ajv builds
 * patterns without it, as draft-04 validators did.
 */
export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  const id = schema['id'] as string;
  delete schema['$schema'];
  delete schema['id'];
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...schema, $id: id });
}
