/**
 * Apache httpd configuration (`httpd.conf`, `.htaccess`): one directive per line, `\` at the end
 * of a line continuing it, `#` comment lines (httpd has no trailing comments), and
 * `<Section args>` ... `</Section>` containers such as `<VirtualHost *:443>`.
 *
 * Entries: `key` = directive name as written, `value` = its arguments as written, `path` = the
 * enclosing section names then the key, e.g. ['VirtualHost', 'SSLProtocol']. A section's opening
 * line is an entry too (value = its arguments). Blocks: labels [Section, ...argument words].
 */
import { directiveEntry } from './directive';
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';
import { readWords, skipBlanks, splitLines, trimEndBlanks, type Line, type Word } from './text-scan';

interface OpenSection {
  readonly id: number;
  readonly name: string;
  readonly start: number;
  /** The section names from the outermost down to this one. */
  readonly path: KeyPath;
}

/**
 * Open sections, innermost last, with a count per lower-cased name so a stray closing tag is
 * recognised without searching the whole stack.
 */
class SectionStack {
  readonly open: OpenSection[] = [];
  private readonly counts = new Map<string, number>();

  push(section: OpenSection): void {
    this.open.push(section);
    const name = section.name.toLowerCase();
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  pop(): OpenSection | undefined {
    const section = this.open.pop();
    if (section !== undefined) {
      const name = section.name.toLowerCase();
      this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    }
    return section;
  }

  isOpen(lowerName: string): boolean {
    return (this.counts.get(lowerName) ?? 0) > 0;
  }
}

export function parseApache(text: string, out: ConfigModelBuilder): void {
  const lines = splitLines(text);
  const stack = new SectionStack();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined) break;
    const start = skipBlanks(text, line.start, line.end);
    if (start >= line.end) continue;
    if (text.charCodeAt(start) === 35) {
      out.addComment(start, line.end);
      continue;
    }
    const words: Word[] = [];
    let segment: Line = { start, end: line.end, next: line.next };
    for (;;) {
      const contentEnd = trimEndBlanks(text, segment.start, segment.end);
      const continued = contentEnd > segment.start && text.charCodeAt(contentEnd - 1) === 92;
      const segmentEnd = continued ? contentEnd - 1 : contentEnd;
      const read = readWords(text, segment.start, segmentEnd, { hashComments: false, backslashEscapes: false });
      for (const word of read.words) words.push(word);
      if (read.unterminatedQuote !== undefined) out.addError('Unclosed quote', read.unterminatedQuote);
      const following = lines[index + 1];
      if (!continued || following === undefined) break;
      index++;
      segment = following;
    }
    handleLogicalLine(text, words, stack, out);
  }
  for (const open of stack.open) {
    out.addError(`<${open.name}> is never closed`, open.start);
    out.closeBlock(open.id, text.length);
  }
}

function handleLogicalLine(text: string, words: readonly Word[], stack: SectionStack, out: ConfigModelBuilder): void {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return;
  const innermost = stack.open[stack.open.length - 1];
  const path = innermost?.path ?? KeyPath.ROOT;
  const blockId = innermost?.id;
  if (text.startsWith('</', first.start)) {
    closeSection(text, first, last, stack, out);
    return;
  }
  if (text.charCodeAt(first.start) === 60) {
    openSection(text, words, stack, out);
    return;
  }
  const second = words[1];
  out.addEntry(
    directiveEntry({
      text,
      path,
      key: first.value,
      keyRange: { start: first.start, end: first.end },
      argumentsRange: second === undefined ? { start: first.end, end: first.end } : { start: second.start, end: last.end },
      ...(blockId === undefined ? {} : { blockId }),
    }),
  );
}

function openSection(text: string, words: readonly Word[], stack: SectionStack, out: ConfigModelBuilder): void {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return;
  const closed = text.charCodeAt(last.end - 1) === 62;
  if (!closed) out.addError('Section line without a closing >', first.start);
  const nameEnd = first.end - (words.length === 1 && closed ? 1 : 0);
  const name = text.slice(first.start + 1, nameEnd);
  const argumentsEnd = closed ? last.end - 1 : last.end;
  const second = words[1];
  const argumentsRange =
    second === undefined || second.start >= argumentsEnd
      ? { start: nameEnd, end: nameEnd }
      : { start: second.start, end: trimEndBlanks(text, second.start, argumentsEnd) };
  const labels = [name, ...words.slice(1).map((word, index, rest) => (index === rest.length - 1 && closed ? stripClose(word.value) : word.value))];
  const parent = stack.open[stack.open.length - 1];
  out.addEntry(
    directiveEntry({
      text,
      path: parent?.path ?? KeyPath.ROOT,
      key: name,
      keyRange: { start: first.start + 1, end: nameEnd },
      argumentsRange,
      ...(parent === undefined ? {} : { blockId: parent.id }),
    }),
  );
  const id = out.openBlock(labels.filter((label) => label !== ''), first.start, parent?.id);
  stack.push({ id, name, start: first.start, path: (parent?.path ?? KeyPath.ROOT).child(name) });
}

function closeSection(text: string, first: Word, last: Word, stack: SectionStack, out: ConfigModelBuilder): void {
  const nameEnd = text.charCodeAt(first.end - 1) === 62 ? first.end - 1 : first.end;
  const written = text.slice(first.start + 2, nameEnd);
  const name = written.toLowerCase();
  if (!stack.isOpen(name)) {
    out.addError(`</${written}> closes no open section`, first.start);
    return;
  }
  for (let open = stack.pop(); open !== undefined; open = stack.pop()) {
    if (open.name.toLowerCase() === name) {
      out.closeBlock(open.id, last.end);
      return;
    }
    out.addError(`<${open.name}> is never closed`, open.start);
    out.closeBlock(open.id, first.start);
  }
}

function stripClose(value: string): string {
  return value.endsWith('>') ? value.slice(0, -1) : value;
}
