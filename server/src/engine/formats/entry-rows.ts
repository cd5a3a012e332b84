/**
 * Test support for the format parsers: turns a model's entries into compact literal rows, so a
 * test table can state every key, path, value, range and block in one line per entry.
 */
import type { ConfigEntry, ConfigModel } from '../contract';

/** [path, key, value, keyRange, valueRange, blockId] with ranges as [start, end]. */
export type EntryRow = readonly [
  path: readonly string[],
  key: string,
  value: string | undefined,
  keyRange: readonly [number, number],
  valueRange: readonly [number, number] | undefined,
  blockId: number | undefined,
];

export function entryRows(model: ConfigModel): EntryRow[] {
  return model.entries().map((entry) => toRow(entry));
}

function toRow(entry: ConfigEntry): EntryRow {
  return [
    [...entry.path],
    entry.key,
    entry.value,
    [entry.keyRange.start, entry.keyRange.end],
    entry.valueRange === undefined ? undefined : [entry.valueRange.start, entry.valueRange.end],
    entry.blockId,
  ];
}

/** [id, parentId, labels, [start, end]] */
export type BlockRow = readonly [id: number, parentId: number | undefined, labels: readonly string[], range: readonly [number, number]];

export function blockRows(model: ConfigModel): BlockRow[] {
  return model.blocks().map((block) => [block.id, block.parentId, [...block.labels], [block.range.start, block.range.end]]);
}

/** The text of each comment range, which reads better in a table than offsets. */
export function commentTexts(model: ConfigModel, text: string): string[] {
  return model.comments().map((range) => text.slice(range.start, range.end));
}
