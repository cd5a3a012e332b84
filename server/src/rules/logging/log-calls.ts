/**
 * Shared by the logging rules (`logging/sensitive-data`, `logging/request-logged`): which calls
 * write to a log, and which expressions inside their arguments end up in the log line.
 *
 * A log call is a call whose method is a logging level (`info`, `LogInformation`, `Printf`, …) on
 * a receiver named as a logger (`logger`, `this.log`, `_logger`, `Rails.logger`, `console`,
 * `logging`, `slog`), plus PHP's `error_log` and `syslog`. Key-value helpers that add fields to a
 * log entry (`zap.String("k", v)`, zerolog `.Str("k", v)`, logrus `WithField("k", v)`) count too.
 *
 * The written parts of an argument are found by looking through string building (concatenation,
 * `%` formatting, template and f-string interpolation, `format`/`Sprintf`/`String.format`) and
 * through conversions that keep the value (`str`, `String`, `JSON.stringify`, `toString`,
 * `print_r`, `.inspect`), and into object and dictionary literals. Any other call is opaque: its
 * result is something computed from the value (a hash, a mask, a length), not the value.
 */
import { nameWords, safeRegex } from '../../engine/contract';
import type { Argument, CallSite, CodeLanguage, CodeModel, SyntaxNode } from '../../engine/contract';

/** One expression whose value a log call writes, with the key it is logged under, if any. */
export interface WrittenPart {
  readonly node: SyntaxNode;
  /** The field name it is logged under: an object key, a `zap.String` key, a slog key argument. */
  readonly key?: string;
  /**
   * The message text written just before the value, when that is known: the literal before an
   * interpolation or a concatenated value, or the text before the one placeholder of a format
   * string with one value (`"token=%s"`, `"pwd: {}"`, `"Key {Key}"`).
   */
  readonly label?: string;
}

export interface LogCall {
  readonly call: CallSite;
  readonly parts: readonly WrittenPart[];
}

/** Receiver name words that mark a logger. */
const LOGGER_WORDS: ReadonlySet<string> = new Set(['log', 'logger', 'logging', 'slog', 'logrus', 'winston', 'pino', 'bunyan', 'zerolog', 'syslog']);

const LEVELS_BY_LANGUAGE: Readonly<Record<CodeLanguage, ReadonlySet<string>>> = {
  javascript: new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'notice', 'critical', 'http']),
  typescript: new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'notice', 'critical', 'http']),
  tsx: new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'notice', 'critical', 'http']),
  python: new Set(['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log', 'msg']),
  java: new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'log', 'severe', 'warning', 'fine', 'finer', 'finest', 'config']),
  csharp: new Set([
    'LogTrace', 'LogDebug', 'LogInformation', 'LogWarning', 'LogError', 'LogCritical', 'Log',
    'Trace', 'Debug', 'Info', 'Information', 'Warn', 'Warning', 'Error', 'Fatal', 'Verbose',
  ]),
  go: new Set([
    'Print', 'Printf', 'Println', 'Fatal', 'Fatalf', 'Fatalln', 'Panic', 'Panicf', 'Panicln',
    'Info', 'Infof', 'Infow', 'Debug', 'Debugf', 'Debugw', 'Warn', 'Warnf', 'Warnw', 'Error', 'Errorf', 'Errorw',
    'Trace', 'Tracef', 'InfoContext', 'DebugContext', 'WarnContext', 'ErrorContext', 'Log', 'Msg', 'Msgf',
  ]),
  php: new Set(['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'debug', 'log']),
  ruby: new Set(['debug', 'info', 'warn', 'error', 'fatal', 'unknown']),
  shell: new Set(),
};

/** Calls that attach one named field to a log entry: `(key, value)`. */
const FIELD_HELPERS: ReadonlySet<string> = new Set(['WithField', 'Str', 'Any', 'Interface', 'String', 'Stringer']);

/** Conversions and formatters whose result still holds the value of their arguments. */
const TRANSPARENT_FUNCTIONS: ReadonlySet<string> = new Set([
  'str', 'repr', 'String', 'stringify', 'inspect', 'format', 'Sprintf', 'Sprint', 'Sprintln', 'sprintf', 'string',
  'print_r', 'var_export', 'json_encode', 'strval', 'dumps', 'valueOf', 'toString', 'SerializeObject', 'Serialize',
  'Format', 'join', 'Join', 'dump', 'to_json', 'dict', 'vars',
]);

/** Methods whose result holds the value of their receiver. */
const TRANSPARENT_METHODS: ReadonlySet<string> = new Set([
  'toString', 'ToString', 'to_s', 'inspect', 'to_json', 'to_h', 'to_unsafe_h', 'to_hash', 'toJSON', 'as_json', 'dict', 'model_dump', 'decode',
]);

const INTERPOLATION_TYPES: ReadonlySet<string> = new Set(['template_substitution', 'interpolation']);
const STRING_TYPES: ReadonlySet<string> = new Set(['template_string', 'string', 'interpolated_string_expression', 'encapsed_string', 'heredoc']);
const WRAPPER_TYPES: ReadonlySet<string> = new Set(['parenthesized_expression', 'await_expression', 'await', 'argument', 'cast_expression', 'as_expression', 'non_null_expression']);
const BINARY_TYPES: ReadonlySet<string> = new Set(['binary_expression', 'binary_operator', 'binary', 'concatenated_string']);
/** `+` (JS, Java, C#, Go, Python), `%` (Python formatting), `.` (PHP), `<<` (Ruby). */
const CONCATENATION_OPERATORS: ReadonlySet<string> = new Set(['+', '%', '.', '<<']);
const OBJECT_TYPES: ReadonlySet<string> = new Set(['object', 'dictionary', 'hash', 'array_creation_expression', 'literal_value', 'anonymous_object_creation_expression', 'initializer_expression']);
const STRING_LITERAL_TYPES: ReadonlySet<string> = new Set(['string', 'string_literal', 'interpreted_string_literal', 'raw_string_literal', 'encapsed_string', 'verbatim_string_literal']);

/** Every log call in the file with the parts of its arguments that reach the log. */
export function logCalls(code: CodeModel): LogCall[] {
  const walker = new PartWalker(code);
  const result: LogCall[] = [];
  for (const call of code.calls()) {
    const kind = logCallKind(code.language, call);
    if (kind === undefined) continue;
    const args = kind === 'syslog' ? call.args.slice(1) : call.args;
    const parts: WrittenPart[] = [];
    if (kind === 'field') {
      const [key, value] = args;
      const keyName = key === undefined ? undefined : stringValue(code, key.node);
      if (value !== undefined) walker.walk(value.node, keyName, parts);
    } else {
      const positional = args.filter((argument) => argument.name === undefined);
      // Placeholders map to the values after the message only when their numbers agree.
      const labels = positional[0] !== undefined ? formatLabels(code, positional[0].node) : undefined;
      const formatLabel = (argument: Argument): string | undefined => {
        const index = positional.indexOf(argument);
        return labels !== undefined && labels.length === positional.length - 1 && index >= 1 ? labels[index - 1] : undefined;
      };
      for (let index = 0; index < args.length; index++) {
        const argument = args[index];
        if (argument === undefined || (argument.name !== undefined && !['extra', 'context'].includes(argument.name))) continue;
        // slog and zap's sugared `…w` methods take alternating keys and values after the message.
        const previous = index >= 2 ? args[index - 1] : undefined;
        const key = code.language === 'go' && previous !== undefined ? stringValue(code, previous.node) : undefined;
        const label = formatLabel(argument);
        walker.walk(argument.node, key, parts, 0, label);
      }
    }
    result.push({ call, parts });
  }
  return result;
}

type LogCallKind = 'message' | 'syslog' | 'field';

function logCallKind(language: CodeLanguage, call: CallSite): LogCallKind | undefined {
  if (language === 'php' && call.receiver === undefined) {
    const name = call.name.toLowerCase();
    if (name === 'error_log') return 'message';
    if (name === 'syslog') return 'syslog';
    return undefined;
  }
  if (call.receiver === undefined) return undefined;
  const field = FIELD_HELPERS.has(call.name) && call.args.length === 2;
  // The method name first: reading the receiver's text is a call into the tree, for every call.
  if (!field && !LEVELS_BY_LANGUAGE[language].has(call.name)) return undefined;
  const receiverName = lastSegment(call.receiver.text);
  if (field) {
    // zap.String / zap.Any build a field; zerolog's `.Str` and logrus's `WithField` hang off a logger chain.
    if (receiverName === 'zap' || isLoggerName(receiverName) || isLoggerChain(call.receiver.text)) return 'field';
    return undefined;
  }
  if (!LEVELS_BY_LANGUAGE[language].has(call.name)) return undefined;
  if (receiverName === 'console' && (language === 'javascript' || language === 'typescript' || language === 'tsx')) return 'message';
  return isLoggerName(receiverName) || isLoggerChain(call.receiver.text) ? 'message' : undefined;
}

/** `logger`, `_logger`, `LOG`, `auditLogger`, `self.log`, `Rails.logger`; not `dialog` or `catalog`. */
function isLoggerName(name: string): boolean {
  return nameWords(name).some((word) => LOGGER_WORDS.has(word));
}

/** A chain that starts at a logger: `log.Info().Str(…)`, `logrus.WithField(…)`, `logger.With(…)`. */
function isLoggerChain(text: string): boolean {
  const first = text.split('.')[0] ?? '';
  const head = first.includes('(') ? '' : first;
  return (text.includes('(') || text.includes('.')) && isLoggerName(head.replace('$', ''));
}

/** The last identifier of `this.logger`, `$this->logger`, `Rails.logger`, `self._log`. */
const SEGMENT_SEPARATOR = safeRegex('->|\\.|::');
const LIBRARY_RECEIVERS: ReadonlySet<string> = new Set(['JSON', 'json', 'fmt', 'String', 'string', 'util', 'JsonConvert', 'JsonSerializer', 'Objects', 'strings', 'YAML', 'yaml', 'pprint']);

export function lastSegment(text: string): string {
  const pieces = text.split(SEGMENT_SEPARATOR);
  return (pieces[pieces.length - 1] ?? text).trim().replace('$', '').replace('@', '');
}

/** `%s`, `%-10.2f`, `%v`, `{}`, `{0}`, `{Key}`: printf, str.format, SLF4J and .NET message placeholders. */
const PLACEHOLDER = safeRegex('%[-+ #]*\\d*(?:\\.\\d+)?[sdrvqxXfiu]|\\{[A-Za-z0-9_@:.]*\\}', 'g');

/** The text before the only placeholder of a format string, or undefined. */
export function formatPrefix(code: CodeModel, node: SyntaxNode): string | undefined {
  const labels = formatLabels(code, node);
  return labels?.length === 1 ? labels[0] : undefined;
}

/** For each placeholder of a format string, the text since the previous one: `"user %s token=%s"` gives `user `, ` token=`. */
function formatLabels(code: CodeModel, node: SyntaxNode): string[] | undefined {
  const text = stringValue(code, node);
  if (text === undefined) return undefined;
  const labels: string[] = [];
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    labels.push(text.slice(from, match.index));
    from = match.index + match[0].length;
  }
  return labels.length > 0 ? labels : undefined;
}

function stringValue(code: CodeModel, node: SyntaxNode): string | undefined {
  if (!STRING_LITERAL_TYPES.has(node.type) && node.type !== 'simple_symbol') return undefined;
  const value = code.valueOf(node);
  return value.kind === 'string' ? (value.value.startsWith(':') ? value.value.slice(1) : value.value) : undefined;
}

class PartWalker {
  constructor(
    private readonly code: CodeModel,
  ) {}

  walk(node: SyntaxNode, key: string | undefined, out: WrittenPart[], depth = 0, label?: string): void {
    if (depth > 12) return;
    const next = (child: SyntaxNode | null | undefined, childKey = key, childLabel = label): void => {
      if (child) this.walk(child, childKey, out, depth + 1, childLabel);
    };
    if (STRING_TYPES.has(node.type)) {
      for (const child of node.namedChildren) {
        if (child === null) continue;
        // The literal text before the interpolation, from the start of the string.
        const before = node.text.slice(0, child.startIndex - node.startIndex);
        if (INTERPOLATION_TYPES.has(child.type)) next(child.namedChildren.find((inner) => inner !== null && inner.type !== 'type_conversion' && inner.type !== 'format_specifier'), undefined, before);
        else if (node.type === 'encapsed_string' && child.type !== 'string_content' && child.type !== 'escape_sequence') next(child, undefined, before);
      }
      return;
    }
    if (WRAPPER_TYPES.has(node.type)) {
      for (const child of node.namedChildren) next(child);
      return;
    }
    if (BINARY_TYPES.has(node.type)) {
      // Concatenation and `%` formatting carry the value into the text; comparisons and logic
      // (`password != null`, `token && 'set'`) log a yes/no answer, not the value.
      const operator = node.childForFieldName('operator')?.text ?? (node.type === 'concatenated_string' ? '+' : undefined);
      if (operator === undefined || !CONCATENATION_OPERATORS.has(operator)) {
        out.push({ node, ...(key === undefined ? {} : { key }) });
        return;
      }
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      // `"token=" + t` and `"token=%s" % t`: the literal on the left is the label of the value.
      const leftText = left ? (operator === '%' ? formatPrefix(this.code, left) : stringValue(this.code, left) ?? trailingLiteral(this.code, left)) : undefined;
      next(left);
      next(right, key, leftText);
      return;
    }
    if (OBJECT_TYPES.has(node.type)) {
      const pairs = this.code.keyValuesIn(node);
      if (pairs.length > 0) {
        for (const pair of pairs) {
          if (pair.node.type === 'shorthand_property_identifier') out.push({ node: pair.node, key: pair.key });
          else next(pair.value, pair.key);
        }
        return;
      }
      for (const child of node.namedChildren) if (child !== null && child.type !== 'comment') next(child);
      return;
    }
    if (node.type === 'array' || node.type === 'list' || node.type === 'tuple' || node.type === 'expression_list') {
      for (const child of node.namedChildren) next(child);
      return;
    }
    const call = this.code.callAt(node);
    if (call !== undefined && !call.isConstructor) {
      if (TRANSPARENT_METHODS.has(call.name) && call.receiver !== undefined && call.args.length === 0) {
        next(call.receiver);
        return;
      }
      if (TRANSPARENT_FUNCTIONS.has(call.name)) {
        // `"pw {}".format(pw)`, `fmt.Sprintf`, `String.format`, `JSON.stringify(x)`, `str(x)`.
        const stringReceiver = call.receiver !== undefined && STRING_LITERAL_TYPES.has(call.receiver.type);
        const libraryReceiver = call.receiver === undefined || stringReceiver || LIBRARY_RECEIVERS.has(lastSegment(call.receiver.text));
        if (libraryReceiver) {
          const positional = call.args.filter((argument) => argument.name === undefined);
          // `"pw {}".format(pw)` takes its format from the receiver; `Sprintf("pw %s", pw)` from the first argument.
          const format = stringReceiver && call.receiver ? formatPrefix(this.code, call.receiver) : positional.length === 2 && positional[0] ? formatPrefix(this.code, positional[0].node) : undefined;
          const single = stringReceiver ? positional.length === 1 : positional.length === 2;
          for (const argument of positional) next(argument.node, key, single && argument === positional[positional.length - 1] ? format : undefined);
          return;
        }
      }
      if (FIELD_HELPERS.has(call.name) && call.args.length === 2 && call.receiver !== undefined && lastSegment(call.receiver.text) === 'zap') {
        const [fieldKey, value] = call.args;
        next(value?.node, fieldKey === undefined ? undefined : stringValue(this.code, fieldKey.node));
        return;
      }
    }
    out.push({ node, ...(key === undefined ? {} : { key }), ...(label === undefined ? {} : { label }) });
  }
}

/** The last string literal of a concatenation: `"user " + u + " token="` gives ` token=`. */
function trailingLiteral(code: CodeModel, node: SyntaxNode): string | undefined {
  if (!BINARY_TYPES.has(node.type)) return undefined;
  const right = node.childForFieldName('right');
  return right ? stringValue(code, right) : undefined;
}
