/**
 * access/world-writable: files, folders and default masks that let every local user write.
 * A mode is world-writable when its "others write" bit (`mode & 0o002`) is set; a umask leaves
 * new files world-writable when it does not mask that bit (`umask & 0o002` is 0: `000`, `0`,
 * `020`, but not `002` or `022`).
 *
 * What it reports:
 * - `chmod` with an octal mode (`777`, `0666`) or a symbolic one that gives others or all write
 *   (`a+w`, `o+w`, `o=rwx`, `ugo+rwx`), and `umask 000`, in shell scripts, Dockerfile `RUN`
 *   (shell and exec form) and CI `run:`/`script:` steps (low confidence there: the runner is
 *   thrown away after the job), including `sudo chmod` and `find -exec chmod`;
 * - the same modes in code: Python `os.chmod`/`os.fchmod`/`os.lchmod`, `Path.chmod`, stat flags
 *   (`stat.S_IWOTH`, `stat.S_IRWXO`), `os.umask(0)`; Node `fs.chmod`/`chmodSync`/`fs.promises.chmod`
 *   (numbers and octal strings), shelljs `chmod`, `process.umask(0)`; Go `os.Chmod`,
 *   `syscall.Umask(0)`; Java `PosixFilePermissions.fromString("rwxrwxrwx")`,
 *   `PosixFilePermission.OTHERS_WRITE`, `setWritable(true, false)`; C# `UnixFileMode.OtherWrite`;
 *   PHP `chmod`, `umask(0)`; Ruby `File.chmod`, `FileUtils.chmod`/`chmod_R` (octal or symbolic),
 *   `File.umask(0)`.
 * - Dockerfile `COPY`/`ADD --chmod=777`, Ansible `file`/`copy`/`template` tasks with `mode: '0777'`
 *   or `mode: a+w`, and Terraform `local_file` `file_permission`/`directory_permission`;
 * - creation modes (Python `os.makedirs`/`os.mkdir`/`os.open`, Node `mkdir`/`writeFile`/`open`
 *   options, Go `os.WriteFile`/`os.MkdirAll`/`os.Mkdir`/`os.OpenFile`, `os.ModePerm`, PHP
 *   `mkdir`, Ruby `FileUtils.mkdir_p(mode:)`/`Dir.mkdir`) at **low** confidence: the process
 *   umask (usually 022) is applied to them, and `0777`/`0666` is the idiomatic "let the umask
 *   decide" value, so they are world-writable only under a permissive umask.
 *
 * What it leaves alone: modes the rule cannot compute (`chmod $MODE`), sticky folders
 * (`chmod 1777 /tmp/cache`, the shared-temporary-folder convention, where others cannot delete
 * each other's files), `+w` without a who (the umask applies), removals (`o-w`), comments.
 *
 * Fix: a suggestion that clears group and other write (`777` → `755`, `666` → `644`, umask
 * `000` → `022`), keeping the literal's notation; sharing a file between users may really need
 * group write, so it never joins "fix all".
 */
import { safeRegex } from '../../engine/contract';
import type { CallSite, CodeModel, Confidence, ConfigEntry, Range, Rule, RuleContext, SyntaxNode, TextEdit } from '../../engine/contract';

const CONTROL =
  'MoJ expects access to follow least privilege and files to have restrictive default permissions (Access Control guide; System Lockdown and Hardening Standard: Server specific).';

const OTHERS_WRITE = 0o002;
const GROUP_OTHERS_WRITE = 0o022;
const STICKY = 0o1000;

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly confidence: Confidence;
  readonly fix?: { readonly title: string; readonly edits: readonly TextEdit[] };
}

type ModeUse = 'chmod' | 'create' | 'umask';

function octal(mode: number): string {
  return mode.toString(8).padStart(3, '0');
}

function modeMessage(use: ModeUse, shown: string): string {
  if (use === 'umask') {
    return `This umask (${shown}) does not mask the "others write" bit, so files and folders the process creates are writable by every local user. ${CONTROL} Use umask 022 or 077.`;
  }
  const what = use === 'create' ? 'creates this path with mode' : 'sets mode';
  const caveat = use === 'create' ? ' unless the process umask removes the bit' : '';
  return `This ${what} ${shown}, which lets every local user write to it${caveat}, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use 755 for folders and executables, 644 or 600 for files.`;
}

function symbolicMessage(shown: string): string {
  return `chmod ${shown} gives every local user write access, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner (u+w) or a group that needs it.`;
}

// ---------------------------------------------------------------------------------------------
// Mode values
// ---------------------------------------------------------------------------------------------

const OCTAL_DIGITS = safeRegex('^[0-7]{1,5}$');
const PERMISSION_LETTERS = safeRegex('^[rwxXstugo]*$');
const WHITESPACE = safeRegex('\\s+', 'g');
const DIGITS = safeRegex('^[0-9]+$');

/** A mode as written, with what a fix needs to keep its notation. */
interface ModeLiteral {
  readonly value: number;
  /** Prefix written before the octal digits (`0o`, `0`, or ``), undefined when the literal is decimal. */
  readonly prefix?: string;
  readonly width: number;
}

/** A numeric literal's text: `0o777`, `0777` (Go, PHP, Ruby, C-style), `511`, `0x1ff`. */
function numericMode(raw: string, language: string): ModeLiteral | undefined {
  const text = raw.split('_').join('');
  const lower = text.toLowerCase();
  if (lower.startsWith('0o') && OCTAL_DIGITS.test(text.slice(2))) return { value: Number.parseInt(text.slice(2), 8), prefix: text.slice(0, 2), width: text.length - 2 };
  if (lower.startsWith('0x')) {
    const value = Number.parseInt(text.slice(2), 16);
    return Number.isFinite(value) ? { value, width: 0 } : undefined;
  }
  if (text.length > 1 && text.startsWith('0') && OCTAL_DIGITS.test(text.slice(1))) {
    return { value: Number.parseInt(text.slice(1), 8), prefix: '0', width: text.length - 1 };
  }
  if (!DIGITS.test(text)) return undefined;
  // A bare shell mode or mode string ("777") is octal; a bare number in code is decimal (511).
  if (language === 'octal-text') return OCTAL_DIGITS.test(text) ? { value: Number.parseInt(text, 8), prefix: '', width: text.length } : undefined;
  return { value: Number.parseInt(text, 10), width: 0 };
}

/** Symbolic chmod clauses (`a+w`, `u=rwx,o=rwx`): whether one gives others write. */
function symbolicGivesOthersWrite(mode: string): boolean {
  let found = false;
  for (const clause of mode.split(',')) {
    let at = 0;
    let who = '';
    while (at < clause.length && 'ugoa'.includes(clause.charAt(at))) who += clause.charAt(at++);
    if (who === '' || !(who.includes('o') || who.includes('a'))) continue;
    while (at < clause.length) {
      const operator = clause.charAt(at);
      if (operator !== '+' && operator !== '=' && operator !== '-') return false;
      at++;
      let permissions = '';
      while (at < clause.length && !'+=-'.includes(clause.charAt(at))) permissions += clause.charAt(at++);
      if (!PERMISSION_LETTERS.test(permissions)) return false;
      if (operator !== '-' && permissions.includes('w')) found = true;
    }
  }
  return found;
}

const SYMBOLIC_MODE = safeRegex('^[ugoa]*[-+=][rwxXstugo]*(?:[-+=][rwxXstugo]*)*(?:,[ugoa]*[-+=][rwxXstugo]*(?:[-+=][rwxXstugo]*)*)*$');

function fixText(literal: ModeLiteral, newValue: number): string | undefined {
  if (literal.prefix === undefined) return undefined;
  const digits = newValue.toString(8).padStart(literal.width, '0');
  return `${literal.prefix}${digits}`;
}

function modeHit(use: ModeUse, literal: ModeLiteral, range: Range, confidence: Confidence, shownPrefix = ''): Hit | undefined {
  const value = literal.value;
  if (use === 'umask') {
    if ((value & OTHERS_WRITE) !== 0 || value > 0o777) return undefined;
    const replacement = fixText(literal, (value | GROUP_OTHERS_WRITE) & 0o777);
    return {
      range,
      message: modeMessage('umask', `${shownPrefix}${octal(value)}`),
      confidence,
      ...(replacement === undefined ? {} : { fix: { title: `Use umask ${octal((value | GROUP_OTHERS_WRITE) & 0o777)}`, edits: [{ ...range, newText: replacement }] } }),
    };
  }
  if ((value & OTHERS_WRITE) === 0 || value > 0o7777) return undefined;
  if (use === 'chmod' && (value & STICKY) !== 0) return undefined;
  const safer = value & ~GROUP_OTHERS_WRITE;
  const replacement = fixText(literal, safer);
  return {
    range,
    message: modeMessage(use, `${shownPrefix}${octal(value)}`),
    confidence,
    ...(replacement === undefined ? {} : { fix: { title: `Use mode ${octal(safer)}`, edits: [{ ...range, newText: replacement }] } }),
  };
}

// ---------------------------------------------------------------------------------------------
// Shell text: Dockerfile RUN and CI steps
// ---------------------------------------------------------------------------------------------

interface Word {
  readonly text: string;
  /** Range of the word as written, quotes included. */
  readonly range: Range;
  /** Range of its value, inside quotes. */
  readonly inner: Range;
  readonly quoted: boolean;
}

/** Splits shell text into commands of words; `$` makes a word unknown (its text is kept as written). */
function splitCommands(source: string, offset: number): Word[][] {
  const commands: Word[][] = [];
  let words: Word[] = [];
  let at = 0;
  const flush = (): void => {
    if (words.length > 0) commands.push(words);
    words = [];
  };
  while (at < source.length) {
    const character = source.charAt(at);
    if (character === '\\' && (source.charAt(at + 1) === '\n' || source.charAt(at + 1) === '\r')) {
      at += source.charAt(at + 1) === '\r' ? 3 : 2;
      continue;
    }
    if (character === '\n' || character === ';' || character === '|' || character === '&' || character === '(' || character === ')') {
      flush();
      at++;
      continue;
    }
    if (character === ' ' || character === '\t' || character === '\r') {
      at++;
      continue;
    }
    if (character === '#') {
      while (at < source.length && source.charAt(at) !== '\n') at++;
      continue;
    }
    const start = at;
    let text = '';
    let quoted = false;
    let innerStart = -1;
    let innerEnd = -1;
    while (at < source.length) {
      const inner = source.charAt(at);
      if (' \t\r\n;|&()'.includes(inner)) break;
      if (inner === "'" || inner === '"') {
        const close = source.indexOf(inner, at + 1);
        const end = close < 0 ? source.length : close;
        quoted = true;
        if (innerStart < 0) innerStart = at + 1;
        innerEnd = end;
        text += source.slice(at + 1, end);
        at = end + 1;
        continue;
      }
      if (inner === '\\') {
        text += source.charAt(at + 1);
        at += 2;
        continue;
      }
      if (innerStart < 0) innerStart = at;
      innerEnd = at + 1;
      text += inner;
      at++;
    }
    const end = Math.min(at, source.length);
    words.push({
      text,
      range: { start: offset + start, end: offset + end },
      inner: innerStart < 0 ? { start: offset + start, end: offset + end } : { start: offset + innerStart, end: offset + innerEnd },
      quoted,
    });
  }
  flush();
  return commands;
}

/** An exec-form instruction (`RUN ["chmod", "777", "/app"]`) as one command. */
function splitExecForm(source: string, offset: number): Word[] | undefined {
  if (!source.trimStart().startsWith('[')) return undefined;
  const words: Word[] = [];
  let at = source.indexOf('[') + 1;
  while (at < source.length) {
    const open = source.indexOf('"', at);
    if (open < 0) break;
    let close = open + 1;
    while (close < source.length && source.charAt(close) !== '"') close += source.charAt(close) === '\\' ? 2 : 1;
    words.push({
      text: source.slice(open + 1, close),
      range: { start: offset + open, end: offset + close + 1 },
      inner: { start: offset + open + 1, end: offset + close },
      quoted: true,
    });
    at = close + 1;
  }
  return words;
}

const CHMOD_OPTIONS_WITH_VALUE: ReadonlySet<string> = new Set(['--reference']);

/** Words after which the next word is run as a command: `sudo chmod`, `find -exec chmod`, `xargs chmod`. */
const COMMAND_RUNNERS: ReadonlySet<string> = new Set(['sudo', 'doas', 'env', 'exec', 'nohup', 'xargs', '-exec', '-execdir', '-ok', 'time', 'command', 'busybox', 'nice', 'ionice']);

function isCommandPosition(words: readonly { text: string }[], index: number): boolean {
  if (index === 0) return true;
  const previous = words[index - 1]?.text ?? '';
  if (COMMAND_RUNNERS.has(previous)) return true;
  // `sudo -u app chmod …`, `xargs -0 chmod …`: options of a runner before the command.
  const first = words[0]?.text ?? '';
  return (first === 'sudo' || first === 'doas' || first === 'xargs') && words.slice(1, index).every((word) => word.text.startsWith('-') || !word.text.includes('/'));
}

/** Findings for one command's words: `chmod` anywhere in it (after sudo, find -exec, xargs), `umask`. */
function shellCommandHits(words: readonly { text: string; inner: Range; known: boolean }[], confidence: Confidence): Hit[] {
  const hits: Hit[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word === undefined) continue;
    const name = word.text.slice(word.text.lastIndexOf('/') + 1);
    if ((name === 'umask' || name === 'chmod') && !isCommandPosition(words, index)) continue;
    if (name === 'umask') {
      const mode = words[index + 1];
      if (mode === undefined || !mode.known || mode.text.startsWith('-')) continue;
      const literal = numericMode(mode.text, 'octal-text');
      const hit = literal === undefined ? undefined : modeHit('umask', literal, mode.inner, confidence);
      if (hit !== undefined) hits.push(hit);
      continue;
    }
    if (name !== 'chmod') continue;
    let at = index + 1;
    while (at < words.length) {
      const option = words[at]?.text ?? '';
      if (!option.startsWith('-') || SYMBOLIC_MODE.test(option)) break;
      at += CHMOD_OPTIONS_WITH_VALUE.has(option) ? 2 : 1;
    }
    const mode = words[at];
    if (mode === undefined || !mode.known) continue;
    const literal = numericMode(mode.text, 'octal-text');
    if (literal !== undefined) {
      const hit = modeHit('chmod', literal, mode.inner, confidence);
      if (hit !== undefined) hits.push(hit);
    } else if (SYMBOLIC_MODE.test(mode.text) && symbolicGivesOthersWrite(mode.text)) {
      hits.push({ range: mode.inner, message: symbolicMessage(mode.text), confidence });
    }
  }
  return hits;
}

function shellTextHits(source: string, offset: number, confidence: Confidence): Hit[] {
  const exec = splitExecForm(source, offset);
  const commands = exec !== undefined ? [exec] : splitCommands(source, offset);
  return commands.flatMap((words) =>
    shellCommandHits(
      words.map((word) => ({ text: word.text, inner: word.inner, known: !word.text.includes('$') && !word.text.includes('`') })),
      confidence,
    ),
  );
}

/** Keys whose value is shell run by CI: GitHub Actions `run`, GitLab `script`, CircleCI `run.command`, Drone `commands`. */
const CI_SHELL_KEYS: ReadonlySet<string> = new Set(['run', 'script', 'before_script', 'after_script', 'commands', 'command', 'cmd']);

function configHits(context: RuleContext): Hit[] {
  const config = context.config;
  if (config === undefined) return [];
  const hits: Hit[] = [];
  for (const entry of config.entries()) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    if (config.format === 'dockerfile') {
      if (entry.key === 'RUN') hits.push(...shellTextHits(entry.value, entry.valueRange.start, 'high'));
      else if (entry.key === 'COPY' || entry.key === 'ADD') hits.push(...copyChmodHits(entry.value, entry.valueRange.start));
      continue;
    }
    if (config.format === 'terraform' && (entry.key === 'file_permission' || entry.key === 'directory_permission')) {
      const hit = settingModeHit(entry.value, entry.valueRange, true);
      if (hit !== undefined) hits.push(hit);
      continue;
    }
    if (config.format !== 'yaml') continue;
    if (isCiShell(entry)) hits.push(...yamlShellHits(context.document.text, entry.valueRange));
    else if (entry.key === 'mode' && entry.path.some((part) => ANSIBLE_FILE_MODULES.has(part))) {
      const quoted = '"\''.includes(context.document.text.charAt(entry.valueRange.start - 1));
      const hit = settingModeHit(entry.value, entry.valueRange, quoted);
      if (hit !== undefined) hits.push(hit);
    }
  }
  return hits;
}

/** Ansible modules whose `mode` sets a file's or folder's permissions. */
const ANSIBLE_FILE_MODULES: ReadonlySet<string> = new Set([
  'file', 'copy', 'template', 'get_url', 'unarchive', 'assemble', 'lineinfile', 'blockinfile',
  'ansible.builtin.file', 'ansible.builtin.copy', 'ansible.builtin.template', 'ansible.builtin.get_url', 'ansible.builtin.unarchive',
  'ansible.builtin.assemble', 'ansible.builtin.lineinfile', 'ansible.builtin.blockinfile',
]);

/**
 * A mode written as a setting (Ansible `mode`, Terraform `file_permission`): octal digits, or
 * symbolic. An unquoted YAML number without a leading zero is decimal to Ansible, so its meaning
 * is not the octal it looks like; it is left alone.
 */
function settingModeHit(value: string, range: Range, quotedOrString: boolean): Hit | undefined {
  const text = value.trim();
  if (!quotedOrString && DIGITS.test(text) && !text.startsWith('0')) return undefined;
  const literal = numericMode(text, 'octal-text');
  if (literal !== undefined) return modeHit('chmod', literal, range, 'high');
  if (SYMBOLIC_MODE.test(text) && symbolicGivesOthersWrite(text)) return { range, message: symbolicMessage(text), confidence: 'high' };
  return undefined;
}

/** Dockerfile `COPY --chmod=777 …` / `ADD --chmod=…`. */
function copyChmodHits(value: string, offset: number): Hit[] {
  const flag = '--chmod=';
  const at = value.indexOf(flag);
  if (at < 0) return [];
  const start = at + flag.length;
  let end = start;
  while (end < value.length && !' \t\r\n\\'.includes(value.charAt(end))) end++;
  const hit = settingModeHit(value.slice(start, end), { start: offset + start, end: offset + end }, true);
  return hit === undefined ? [] : [hit];
}

function isCiShell(entry: ConfigEntry): boolean {
  const named = entry.path.filter((part) => !DIGITS.test(part));
  const last = named[named.length - 1] ?? '';
  return CI_SHELL_KEYS.has(last);
}

/** A YAML scalar's shell text: the raw text for a plain or block scalar, whose value the rule can map back to offsets. */
function yamlShellHits(text: string, range: Range): Hit[] {
  const raw = text.slice(range.start, range.end);
  // Block scalars (`run: |`) keep their text as written, so offsets map one to one.
  return shellTextHits(raw, range.start, 'low');
}

// ---------------------------------------------------------------------------------------------
// Code
// ---------------------------------------------------------------------------------------------

/** Python `stat` and Node `fs.constants` permission flags. */
const PERMISSION_FLAGS: Readonly<Record<string, number>> = {
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o070, S_IRGRP: 0o040, S_IWGRP: 0o020, S_IXGRP: 0o010,
  S_IRWXO: 0o007, S_IROTH: 0o004, S_IWOTH: 0o002, S_IXOTH: 0o001,
  S_ISUID: 0o4000, S_ISGID: 0o2000, S_ISVTX: 0o1000,
  S_IREAD: 0o400, S_IWRITE: 0o200, S_IEXEC: 0o100,
  ModePerm: 0o777,
};

const NUMBER_TYPES: ReadonlySet<string> = new Set(['integer', 'number', 'int_literal', 'decimal_integer_literal', 'octal_integer_literal', 'integer_literal', 'float']);
const STRING_TYPES: ReadonlySet<string> = new Set(['string', 'string_literal', 'interpreted_string_literal', 'raw_string_literal', 'encapsed_string']);

interface Evaluated {
  readonly literal: ModeLiteral;
  /** The node a fix may rewrite: only a plain literal. */
  readonly literalNode?: SyntaxNode;
  readonly symbolic?: string;
}

function unquote(text: string): string {
  const first = text.charAt(0);
  if ((first === '"' || first === "'" || first === '`') && text.endsWith(first) && text.length >= 2) return text.slice(1, -1);
  return text;
}

function evaluateMode(code: CodeModel, node: SyntaxNode, stringsAreOctal: boolean, depth = 0): Evaluated | undefined {
  if (depth > 6) return undefined;
  const type = node.type;
  if (type === 'parenthesized_expression' && node.namedChildCount === 1 && node.namedChild(0) !== null) {
    return evaluateMode(code, node.namedChild(0) as SyntaxNode, stringsAreOctal, depth + 1);
  }
  if (NUMBER_TYPES.has(type)) {
    const literal = numericMode(node.text, code.language);
    return literal === undefined ? undefined : { literal, literalNode: node };
  }
  if (STRING_TYPES.has(type) && stringsAreOctal) {
    const text = unquote(node.text);
    const literal = numericMode(text, 'octal-text');
    if (literal !== undefined) return { literal, literalNode: node };
    if (SYMBOLIC_MODE.test(text)) return { literal: { value: 0, width: 0 }, symbolic: text };
    return undefined;
  }
  if (type === 'binary_operator' || type === 'binary_expression' || type === 'binary') {
    const operator = node.childForFieldName('operator')?.text ?? node.child(1)?.text;
    const left = node.childForFieldName('left') ?? node.namedChild(0);
    const right = node.childForFieldName('right') ?? node.namedChild(1);
    if (operator !== '|' || left === null || right === null) return undefined;
    const a = evaluateMode(code, left, stringsAreOctal, depth + 1);
    const b = evaluateMode(code, right, stringsAreOctal, depth + 1);
    if (a === undefined || b === undefined || a.symbolic !== undefined || b.symbolic !== undefined) return undefined;
    return { literal: { value: a.literal.value | b.literal.value, width: 0 } };
  }
  // Go `os.FileMode(0777)`, `fs.FileMode(0o666)`: a conversion of the literal inside.
  if (type === 'call_expression' && (node.childForFieldName('function')?.text ?? '').endsWith('FileMode')) {
    const inner = node.childForFieldName('arguments')?.namedChild(0);
    if (inner !== null && inner !== undefined) return evaluateMode(code, inner, stringsAreOctal, depth + 1);
  }
  const text = node.text;
  const lastName = text.slice(Math.max(text.lastIndexOf('.'), text.lastIndexOf(':')) + 1);
  const flag = PERMISSION_FLAGS[lastName];
  if (flag !== undefined && text !== lastName) return { literal: { value: flag, width: 0 } };
  if (type === 'identifier' || type === 'constant' || type === 'variable_name') {
    const assigned = singleAssignment(code, text);
    if (assigned !== undefined) {
      const value = evaluateMode(code, assigned, stringsAreOctal, depth + 1);
      return value === undefined ? undefined : { literal: value.literal, ...(value.symbolic === undefined ? {} : { symbolic: value.symbolic }) };
    }
  }
  return undefined;
}

function singleAssignment(code: CodeModel, name: string): SyntaxNode | undefined {
  const found = code.assignments().filter((assignment) => assignment.target === name);
  if (found.length === 1) return found[0]?.value;
  return undefined;
}

interface ModeArgument {
  readonly use: ModeUse;
  readonly index: number;
  readonly keyword?: string;
  /** Mode strings (`'777'`, `'a+w'`) are accepted. */
  readonly strings?: boolean;
  /** The mode is a key of an options object at this index (Node `{ mode: 0o777 }`). */
  readonly optionsKey?: string;
}

function pythonMode(call: CallSite): ModeArgument | undefined {
  switch (call.qualified) {
    case 'os.chmod': case 'os.lchmod': case 'os.fchmod': return { use: 'chmod', index: 1, keyword: 'mode' };
    case 'os.mkdir': case 'os.makedirs': return { use: 'create', index: 1, keyword: 'mode' };
    case 'os.open': return { use: 'create', index: 2, keyword: 'mode' };
    case 'os.umask': return { use: 'umask', index: 0, keyword: 'mask' };
    default: break;
  }
  if (call.receiver !== undefined && !call.qualified.startsWith('os.')) {
    // pathlib's `p.chmod(mode)`; SFTP clients' `sftp.chmod(path, mode)` (paramiko, pysftp).
    if (call.name === 'chmod' || call.name === 'lchmod') return { use: 'chmod', index: call.args.length >= 2 ? 1 : 0, keyword: 'mode' };
    if (call.name === 'mkdir' || call.name === 'touch') return { use: 'create', index: 0, keyword: 'mode' };
  }
  return undefined;
}

function isNodeFs(call: CallSite): boolean {
  const qualified = call.qualified.startsWith('node:') ? call.qualified.slice(5) : call.qualified;
  return qualified.startsWith('fs.') || qualified.startsWith('fs/promises.') || qualified.startsWith('fs-extra.') || qualified.startsWith('graceful-fs.');
}

function javascriptMode(call: CallSite): ModeArgument | undefined {
  if (call.qualified.startsWith('shelljs.') && call.name === 'chmod') return { use: 'chmod', index: 0, strings: true };
  if (call.qualified === 'process.umask') return { use: 'umask', index: 0, strings: true };
  const fsLike = isNodeFs(call) || call.callee.startsWith('fsp.') || call.callee.startsWith('fsPromises.');
  if (!fsLike) return undefined;
  switch (call.name) {
    case 'chmod': case 'chmodSync': case 'lchmod': case 'lchmodSync': case 'fchmod': case 'fchmodSync':
      return { use: 'chmod', index: 1, strings: true };
    case 'mkdir': case 'mkdirSync': case 'mkdirp': case 'mkdirpSync': case 'ensureDir': case 'ensureDirSync':
      return { use: 'create', index: 1, strings: true, optionsKey: 'mode' };
    case 'writeFile': case 'writeFileSync': case 'appendFile': case 'appendFileSync': case 'outputFile': case 'outputFileSync':
      return { use: 'create', index: 2, strings: true, optionsKey: 'mode' };
    case 'open': case 'openSync':
      return { use: 'create', index: 2, strings: true };
    default:
      return undefined;
  }
}

function goMode(call: CallSite): ModeArgument | undefined {
  switch (call.qualified) {
    case 'os.Chmod': case 'os.Lchmod': return { use: 'chmod', index: 1 };
    case 'os.WriteFile': case 'io/ioutil.WriteFile': case 'os.OpenFile': return { use: 'create', index: 2 };
    case 'os.Mkdir': case 'os.MkdirAll': return { use: 'create', index: 1 };
    case 'syscall.Umask': case 'golang.org/x/sys/unix.Umask': return { use: 'umask', index: 0 };
    default:
      return call.name === 'Chmod' && call.receiver !== undefined && call.args.length === 1 ? { use: 'chmod', index: 0 } : undefined;
  }
}

function phpMode(call: CallSite): ModeArgument | undefined {
  switch (call.name.toLowerCase()) {
    case 'chmod': return { use: 'chmod', index: 1 };
    case 'mkdir': return { use: 'create', index: 1 };
    case 'umask': return call.args.length === 1 ? { use: 'umask', index: 0 } : undefined;
    default: return undefined;
  }
}

function rubyMode(call: CallSite): ModeArgument | undefined {
  const receiver = call.receiver?.text ?? '';
  switch (call.name) {
    case 'chmod': case 'chmod_R': case 'lchmod':
      if (receiver === 'File' || receiver === 'FileUtils' || receiver === 'File::Stat') return { use: 'chmod', index: 0, strings: true };
      return call.receiver !== undefined && call.args.length === 1 ? { use: 'chmod', index: 0, strings: true } : undefined;
    case 'mkdir_p': case 'makedirs': case 'mkpath': case 'mkdir':
      if (receiver === 'Dir') return { use: 'create', index: 1 };
      return receiver === 'FileUtils' ? { use: 'create', index: -1, keyword: 'mode' } : undefined;
    case 'umask':
      return receiver === 'File' && call.args.length === 1 ? { use: 'umask', index: 0 } : undefined;
    default:
      return undefined;
  }
}

function modeArgumentNode(call: CallSite, spec: ModeArgument): SyntaxNode | undefined {
  if (spec.keyword !== undefined) {
    const named = call.args.find((argument) => argument.name === spec.keyword);
    if (named !== undefined) return named.node;
  }
  const positional = call.args.filter((argument) => argument.name === undefined);
  const argument = spec.index >= 0 ? positional[spec.index]?.node : undefined;
  if (argument === undefined) return undefined;
  if (spec.optionsKey !== undefined && argument.type === 'object') {
    for (const pair of argument.namedChildren) {
      if (pair?.type === 'pair' && unquote(pair.childForFieldName('key')?.text ?? '') === spec.optionsKey) return pair.childForFieldName('value') ?? undefined;
    }
    return undefined;
  }
  return argument;
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

/**
 * `old = os.umask(0)` straight followed by `os.umask(old)` only reads the current umask (there is
 * no other way to read it in Python, PHP or Node before 14), so nothing is created meanwhile.
 */
function restoredAtOnce(call: CallSite): boolean {
  let statement: SyntaxNode = call.node;
  while (statement.parent !== null && !STATEMENT_LISTS.has(statement.parent.type)) statement = statement.parent;
  const saved = SAVED_UMASK.exec(statement.text)?.[1];
  const next = statement.nextNamedSibling;
  if (saved === undefined || next === null) return false;
  const compact = next.text.replace(WHITESPACE, '');
  return compact.includes(`umask(${saved})`) || compact.includes(`umask($${saved})`) || compact.includes(`Umask(${saved})`);
}

const SAVED_UMASK = safeRegex('^\\s*(?:(?:const|let|var)\\s+)?\\$?([A-Za-z_]\\w*)\\s*:?=');

/** Node types whose children are statements, where a statement's next sibling is the next statement. */
const STATEMENT_LISTS: ReadonlySet<string> = new Set(['module', 'block', 'program', 'statement_block', 'compound_statement', 'body_statement', 'function_body', 'source_file']);

function callHits(code: CodeModel, call: CallSite): Hit[] {
  let spec: ModeArgument | undefined;
  switch (code.language) {
    case 'python': spec = pythonMode(call); break;
    case 'javascript': case 'typescript': case 'tsx': spec = javascriptMode(call); break;
    case 'go': spec = goMode(call); break;
    case 'php': spec = phpMode(call); break;
    case 'ruby': spec = rubyMode(call); break;
    case 'java':
      if (call.name === 'setWritable' && call.args.length === 2 && call.args[0]?.node.text === 'true' && call.args[1]?.node.text === 'false') {
        return [{ range: rangeOf(call.calleeNode), message: javaSetWritableMessage(), confidence: 'high' }];
      }
      if (call.qualified.endsWith('PosixFilePermissions.fromString')) {
        const argument = call.args[0]?.node;
        const value = argument === undefined ? undefined : code.valueOf(argument);
        if (argument !== undefined && value?.kind === 'string' && value.value.length === 9 && value.value.charAt(7) === 'w') {
          return [{ range: rangeOf(argument), message: posixMessage(value.value), confidence: 'high' }];
        }
      }
      return [];
    default:
      return [];
  }
  if (spec === undefined) return [];
  if (spec.use === 'umask' && restoredAtOnce(call)) return [];
  const node = modeArgumentNode(call, spec);
  if (node === undefined) return [];
  const evaluated = evaluateMode(code, node, spec.strings === true);
  if (evaluated === undefined) return [];
  const confidence: Confidence = spec.use === 'create' ? 'low' : 'high';
  if (evaluated.symbolic !== undefined) {
    if (spec.use !== 'chmod' || !symbolicGivesOthersWrite(evaluated.symbolic)) return [];
    return [{ range: innerRange(node), message: symbolicMessage(evaluated.symbolic), confidence }];
  }
  const literalNode = evaluated.literalNode;
  // A fix rewrites only a literal written at the call; quoted mode strings keep their quotes.
  const target = literalNode !== undefined && literalNode.id === node.id ? literalNode : undefined;
  const range = target === undefined ? rangeOf(node) : innerRange(target);
  const literal = target === undefined ? { ...evaluated.literal, prefix: undefined } : evaluated.literal;
  const hit = modeHit(spec.use, literal, range, confidence);
  return hit === undefined ? [] : [hit];
}

function innerRange(node: SyntaxNode): Range {
  const first = node.text.charAt(0);
  if ((first === '"' || first === "'") && node.text.length >= 2) return { start: node.startIndex + 1, end: node.endIndex - 1 };
  return rangeOf(node);
}

function javaSetWritableMessage(): string {
  return `setWritable(true, false) makes this file writable by every user, not only its owner, so any account or compromised process on the machine can change it. ${CONTROL} Use setWritable(true, true) or Files.setPosixFilePermissions with rw-------.`;
}

function posixMessage(permissions: string): string {
  return `These permissions (${permissions}) let every local user write to the file, so any account or compromised process on the machine can change or replace it. ${CONTROL} Use rwxr-xr-x for folders and rw-r----- or rw------- for files.`;
}

/** Enum members that only ever build a world-writable mode. */
const WORLD_WRITE_MEMBERS: Readonly<Record<string, string>> = {
  'PosixFilePermission.OTHERS_WRITE': 'java',
  'UnixFileMode.OtherWrite': 'csharp',
};

function memberHits(code: CodeModel): Hit[] {
  if (code.language !== 'java' && code.language !== 'csharp') return [];
  const types = code.language === 'java' ? ['field_access'] : ['member_access_expression'];
  const hits: Hit[] = [];
  for (const node of code.nodesOfType(types)) {
    const text = node.text.replace(WHITESPACE, '');
    const short = text.split('.').slice(-2).join('.');
    if (WORLD_WRITE_MEMBERS[short] !== code.language) continue;
    hits.push({
      range: rangeOf(node),
      message: `${short} grants write access to every local user, so any account or compromised process on the machine can change or replace the file. ${CONTROL} Grant write only to the owner.`,
      confidence: 'high',
    });
  }
  return hits;
}

function shellCodeHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  for (const call of code.calls()) {
    const words = [
      { text: call.callee, inner: rangeOf(call.calleeNode), known: true },
      ...call.args.map((argument) => {
        const node = argument.node;
        const text = unquote(node.text);
        const known = !text.includes('$') && !text.includes('`') && node.type !== 'simple_expansion' && node.type !== 'expansion';
        return { text, inner: innerRange(node), known };
      }),
    ];
    hits.push(...shellCommandHits(words, 'high'));
  }
  return hits;
}

function codeHits(code: CodeModel): Hit[] {
  if (code.language === 'shell') return shellCodeHits(code);
  return [...code.calls().flatMap((call) => callHits(code, call)), ...memberHits(code)];
}

function check(context: RuleContext): void {
  const hits = context.code !== undefined ? codeHits(context.code) : configHits(context);
  const seen = new Set<string>();
  for (const hit of hits.sort((a, b) => a.range.start - b.range.start)) {
    const key = `${hit.range.start}:${hit.range.end}`;
    if (seen.has(key) || context.isInComment(hit.range.start)) continue;
    seen.add(key);
    context.report({ range: hit.range, message: hit.message, confidence: hit.confidence, ...(hit.fix === undefined ? {} : { fix: hit.fix }) });
  }
}

export const worldWritable: Rule = {
  meta: {
    id: 'access/world-writable',
    title: 'World-writable file permissions',
    area: 'access',
    severity: 'medium',
    confidence: 'high',
    cwe: [732, 276],
    owasp: 'A01:2021 Broken Access Control',
    policy: [
      'access-control-guide#information-security-principles-for-access-control',
      'system-lockdown-and-hardening-standard#server-specific',
      'logging-and-monitoring#protecting-log-files-and-log-data',
    ],
    basis: 'indirect',
    why:
      'A file or folder every local user can write lets any account or compromised process change code, configuration or logs that others trust. ' +
      'MoJ expects least privilege and restrictive default permissions (Access Control guide; System Lockdown and Hardening Standard: Server specific).',
    howToFix: 'Give write access only to the owner (755 for folders and executables, 644 or 600 for files) and keep the umask at 022 or stricter.',
    fixSafety: 'suggestion',
    languages: ['shell', 'dockerfile', 'yaml', 'terraform', 'python', 'javascript', 'typescript', 'tsx', 'go', 'java', 'csharp', 'php', 'ruby'],
    prefilter: ['chmod', 'umask', 'mode', 'permission', 'mkdir', 'writefile', 'openfile', 'os.open', 'fs.open', 'opensync', 'OTHERS_WRITE', 'OtherWrite', 'setWritable', 'fromString', 'makedirs', 'mkpath', 'ensureDir', 'appendFile', 'outputFile', 'touch'],
    examples: {
      shell: 'chmod 755 /opt/app/bin/run && chmod 640 /opt/app/config.yml',
      dockerfile: 'RUN chmod 755 /usr/local/bin/entrypoint.sh',
      python: 'os.chmod(path, 0o600)',
      javascript: "fs.chmodSync(path, 0o600);",
      go: 'os.WriteFile(path, data, 0o600)',
      java: 'Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));',
      csharp: 'File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);',
      php: 'chmod($path, 0640);',
      ruby: 'File.chmod(0o640, path)',
    },
  },
  check,
};
