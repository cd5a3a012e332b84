/**
 * Configuration embedded in another file's value: a JSON policy document in a Terraform heredoc
 * (`policy = <<EOF … EOF`), a YAML block inside a string. Rules see it as a `ConfigModel` whose
 * ranges are offsets into the enclosing document, so findings, fixes and suppressions inside the
 * embedded text land where they would in a file of that format.
 *
 * The embedded text is parsed exactly as written in the document (a `<<-EOF` heredoc's indentation
 * is whitespace JSON and YAML block mappings read as such), so no offset table is needed: every
 * range is the parsed range plus the start of the embedded text.
 */
import type { ConfigBlock, ConfigEntry, ConfigFormat, ConfigModel, Range } from '../contract';
import { parseConfigDocument } from './parse-config';

function shift(range: Range, by: number): Range {
  return { start: range.start + by, end: range.end + by };
}

/** Parses `documentText[range]` as `format`; every range in the result is a document offset. */
export function parseEmbeddedConfig(documentText: string, range: Range, format: ConfigFormat): ConfigModel {
  const start = Math.max(0, Math.min(range.start, documentText.length));
  const end = Math.max(start, Math.min(range.end, documentText.length));
  const inner = parseConfigDocument(documentText.slice(start, end), format);
  const entries: readonly ConfigEntry[] = inner.entries().map((entry) => ({
    ...entry,
    keyRange: shift(entry.keyRange, start),
    ...(entry.valueRange === undefined ? {} : { valueRange: shift(entry.valueRange, start) }),
  }));
  const blocks: readonly ConfigBlock[] = inner.blocks().map((block) => ({ ...block, range: shift(block.range, start) }));
  const comments: readonly Range[] = inner.comments().map((comment) => shift(comment, start));
  const errors = inner.errors();
  return {
    format,
    entries: () => entries,
    blocks: () => blocks,
    comments: () => comments,
    errors: () => errors,
  };
}
