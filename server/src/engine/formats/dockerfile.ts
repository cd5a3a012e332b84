/**
 * Dockerfiles: parser directives at the top (`# escape=`` ` ``), `#` comment lines, instructions
 * continued over lines by the escape character (comment and empty lines inside a continuation
 * are skipped, as BuildKit does), and heredocs (`RUN <<EOF` ... `EOF`) on RUN, COPY and ADD.
 *
 * Entries: `key` = the instruction upper-cased, `value` = everything after it as written, so a
 * RUN's value is its whole command including continuations and heredoc bodies; `path` = [key].
 * Blocks: one per build stage, labels ['stage', name] for `FROM image AS name`, otherwise
 * ['stage', index]; every entry from a FROM on carries its stage's block id.
 */
import type { ConfigModelBuilder } from './model-builder';
import { isBlank, skipBlanks, splitLines, trimEndBlanks, type Line } from './text-scan';

const INSTRUCTIONS: ReadonlySet<string> = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

const HEREDOC_INSTRUCTIONS: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD']);

interface Heredoc {
  readonly marker: string;
  readonly stripTabs: boolean;
}

interface Stage {
  readonly id: number;
  readonly index: number;
}

export function parseDockerfile(text: string, out: ConfigModelBuilder): void {
  const lines = splitLines(text);
  const { escape, firstLine } = readParserDirectives(text, lines, out);
  let stage: Stage | undefined;
  let lastInstructionEnd = 0;
  for (let index = firstLine; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined) break;
    const start = skipBlanks(text, line.start, line.end);
    if (start >= line.end) continue;
    if (text.charCodeAt(start) === 35) {
      out.addComment(start, line.end);
      continue;
    }
    let keyEnd = start;
    while (keyEnd < line.end && !isBlank(text.charCodeAt(keyEnd))) keyEnd++;
    const key = text.slice(start, keyEnd).toUpperCase();
    const argumentsStart = skipBlanks(text, keyEnd, line.end);
    const firstLineEnd = trimEndBlanks(text, argumentsStart, line.end);
    const heredocs = HEREDOC_INSTRUCTIONS.has(key) ? findHeredocs(text, argumentsStart, firstLineEnd) : [];
    const continued = readContinuation(text, lines, index, escape, out);
    index = continued.lastLine;
    let valueEnd = continued.end;
    if (heredocs.length > 0) {
      const bodies = readHeredocBodies(text, lines, index, heredocs, out);
      index = bodies.lastLine;
      valueEnd = bodies.end;
    }
    if (!INSTRUCTIONS.has(key)) out.addError(`Unknown instruction ${text.slice(start, keyEnd)}`, start);
    if (key === 'FROM') {
      if (stage !== undefined) out.closeBlock(stage.id, lastInstructionEnd);
      const stageIndex = stage === undefined ? 0 : stage.index + 1;
      const name = stageName(text, argumentsStart, firstLineEnd);
      stage = { id: out.openBlock(['stage', name ?? String(stageIndex)], start), index: stageIndex };
    } else if (stage === undefined && key !== 'ARG' && INSTRUCTIONS.has(key)) {
      out.addError(`${key} comes before the first FROM`, start);
    }
    const valueStart = Math.min(argumentsStart, valueEnd);
    out.addEntry({
      path: [key],
      key,
      keyRange: { start, end: keyEnd },
      value: text.slice(valueStart, valueEnd),
      valueRange: { start: valueStart, end: valueEnd },
      ...(stage === undefined ? {} : { blockId: stage.id }),
    });
    lastInstructionEnd = valueEnd;
  }
  if (stage !== undefined) out.closeBlock(stage.id, lastInstructionEnd);
}

/**
 * Reads `# name=value` directives from the top of the file; the first line that is not one
 * ends them. Returns the escape character and the line where instructions may begin.
 */
function readParserDirectives(
  text: string,
  lines: readonly Line[],
  out: ConfigModelBuilder,
): { escape: number; firstLine: number } {
  let escape = 92;
  let index = 0;
  const seen = new Set<string>();
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined) break;
    const hash = skipBlanks(text, line.start, line.end);
    if (hash >= line.end || text.charCodeAt(hash) !== 35) break;
    const nameStart = skipBlanks(text, hash + 1, line.end);
    let nameEnd = nameStart;
    while (nameEnd < line.end && isLetter(text.charCodeAt(nameEnd))) nameEnd++;
    const equals = skipBlanks(text, nameEnd, line.end);
    if (nameEnd === nameStart || text.charCodeAt(equals) !== 61) break;
    const name = text.slice(nameStart, nameEnd).toLowerCase();
    if (seen.has(name)) break;
    seen.add(name);
    out.addComment(hash, line.end);
    if (name === 'escape') {
      const valueStart = skipBlanks(text, equals + 1, line.end);
      const value = text.slice(valueStart, trimEndBlanks(text, valueStart, line.end));
      if (value === '`') escape = 96;
      else if (value !== '\\') out.addError(`Invalid escape character "${value}"; use \\ or \``, valueStart);
    }
  }
  return { escape, firstLine: index };
}

/**
 * Follows escape-character continuations from line `first`. Returns the last line the
 * instruction uses and the offset where its text ends.
 */
function readContinuation(
  text: string,
  lines: readonly Line[],
  first: number,
  escape: number,
  out: ConfigModelBuilder,
): { lastLine: number; end: number } {
  let lastLine = first;
  let end = trimEndBlanks(text, lines[first]?.start ?? 0, lines[first]?.end ?? 0);
  let index = first;
  while (end > 0 && text.charCodeAt(end - 1) === escape && end > (lines[lastLine]?.start ?? 0)) {
    index++;
    const line = lines[index];
    if (line === undefined) break;
    const start = skipBlanks(text, line.start, line.end);
    if (start < line.end && text.charCodeAt(start) === 35) {
      out.addComment(start, line.end);
      continue;
    }
    if (start >= line.end) {
      // An empty line inside a continuation is skipped, but one at the end of the file ends it.
      if (index + 1 >= lines.length) break;
      continue;
    }
    lastLine = index;
    end = trimEndBlanks(text, line.start, line.end);
  }
  return { lastLine, end };
}

/** `<<EOF`, `<<-EOF`, `<<"EOF"` and `<<'EOF'` markers on an instruction's first line. */
function findHeredocs(text: string, start: number, end: number): Heredoc[] {
  const heredocs: Heredoc[] = [];
  for (let index = start; index + 2 < end; index++) {
    if (text.charCodeAt(index) !== 60 || text.charCodeAt(index + 1) !== 60 || text.charCodeAt(index - 1) === 60) continue;
    let position = index + 2;
    if (text.charCodeAt(position) === 60) continue;
    const stripTabs = text.charCodeAt(position) === 45;
    if (stripTabs) position++;
    const quote = text.charCodeAt(position);
    const quoted = quote === 34 || quote === 39;
    if (quoted) position++;
    const markerStart = position;
    while (position < end && isMarkerChar(text.charCodeAt(position))) position++;
    if (position === markerStart) continue;
    if (quoted && text.charCodeAt(position) !== quote) continue;
    heredocs.push({ marker: text.slice(markerStart, position), stripTabs });
    index = position;
  }
  return heredocs;
}

function readHeredocBodies(
  text: string,
  lines: readonly Line[],
  after: number,
  heredocs: readonly Heredoc[],
  out: ConfigModelBuilder,
): { lastLine: number; end: number } {
  let index = after;
  let end = lines[after]?.end ?? text.length;
  for (const heredoc of heredocs) {
    let found = false;
    while (!found && index + 1 < lines.length) {
      index++;
      const line = lines[index];
      if (line === undefined) break;
      let start = line.start;
      if (heredoc.stripTabs) while (start < line.end && text.charCodeAt(start) === 9) start++;
      end = line.end;
      found = text.slice(start, line.end) === heredoc.marker;
    }
    if (!found) {
      out.addError(`Heredoc ${heredoc.marker} is never closed`, lines[after]?.start);
      return { lastLine: lines.length - 1, end: trimEndBlanks(text, 0, text.length) };
    }
  }
  return { lastLine: index, end };
}

/** The stage name in `FROM [--platform=...] image [AS name]`, if there is one. */
function stageName(text: string, start: number, end: number): string | undefined {
  const words: string[] = [];
  let position = start;
  while (position < end && words.length < 8) {
    position = skipBlanks(text, position, end);
    const wordStart = position;
    while (position < end && !isBlank(text.charCodeAt(position))) position++;
    if (position > wordStart) words.push(text.slice(wordStart, position));
  }
  const positional = words.filter((word) => !word.startsWith('--'));
  return positional[1]?.toLowerCase() === 'as' ? positional[2] : undefined;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isMarkerChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 45 || code === 46;
}
