/**
 * crypto/static-iv: a constant, all-zero or reused IV or nonce passed to a cipher. CBC with a
 * repeated IV shows when two messages start alike; CTR, GCM and ChaCha20 with a repeated nonce
 * give away the XOR of the plaintexts, and GCM also its authentication key, so forgeries follow.
 *
 * Each language's collector finds the places that take an IV or nonce (a cipher call's argument,
 * a parameter-spec constructor, an `iv` setting) and the shared constant-bytes analysis below
 * decides whether the value there is fixed: a literal, an encoded literal, a zero-filled buffer
 * that nothing fills before use, or a name holding one of those. A second check, at medium
 * confidence, finds one IV variable used for more than one encryption under the same key in a
 * function: two calls, or one call in a loop with the IV set before it. IVs and nonces belong to
 * this rule alone (CONTRACTS §10); ECB, which takes no IV, belongs to crypto/ecb-mode.
 *
 * Decryption with a constant IV is reported too (the data was encrypted with it), but only
 * encryption gets a fix: a decryption must use the IV the message was encrypted with.
 *
 * The constant-bytes analysis is exported for crypto/hardcoded-key, which asks the same question
 * of keys.
 */
import { namedArgument, nameWords, pathNameParts, positionalArgument } from '../../engine/contract';
import type {
  Assignment,
  CallSite,
  CodeModel,
  Fix,
  Range,
  RelatedLocation,
  Rule,
  RuleContext,
  StringLiteral,
  SyntaxNode,
} from '../../engine/contract';

// =============================================================================================
// Constant bytes: shared with crypto/hardcoded-key
// =============================================================================================

/** A byte value fixed in the code: all zero bytes, or any other fixed value. */
export interface ConstantBytes {
  readonly kind: 'zero' | 'fixed';
  /** The text ranges that spell the value: string contents and array elements (none for a zero-filled buffer). */
  readonly sources: readonly Range[];
  /** The value as written when it was a string, before any decoding (for placeholder checks). */
  readonly text?: string;
  /** Source text of the value's length in bytes (`16`, `aes.BlockSize`), when known. */
  readonly lengthText?: string;
  /** The declaration or assignment the value came through, when it reached the use through a name. */
  readonly definition?: SyntaxNode;
  /** Whether the value is a buffer that code could fill in place (a byte array), rather than a string. */
  readonly mutable: boolean;
}

/** Where a name gets its value: the assignment, and its value (absent for Go's `var iv [16]byte`). */
interface Definition {
  readonly node: SyntaxNode;
  readonly value?: SyntaxNode;
  /** For a Go array declared without a value, the array length as written. */
  readonly zeroLength?: string;
}

/** A language's constructors of byte values: undefined when `node` is none of them. */
type Builder = (node: SyntaxNode, analyser: ConstantBytesAnalyser, depth: number) => ConstantBytes | undefined | typeof NOT_CONSTANT;

/** A builder's answer for an expression it recognises whose value is not constant. */
const NOT_CONSTANT = 'not-constant';

/** Deeper chains of names and wrappers than this are left unknown; real code rarely passes three. */
const MAX_DEPTH = 10;

/** The scope key of names set outside any function. */
const OUTER_SCOPE = -1;

/** A repeated string is only read for placeholder checks, so a longer repeat need not be built. */
const MAX_REPEAT = 4096;

/** Calls that read a buffer without changing it, so handing it to them does not fill it. */
const READ_ONLY_CALLS: ReadonlySet<string> = new Set([
  'len', 'cap', 'length', 'size', 'count', 'strlen', 'bytesize', 'print', 'println', 'printf', 'log', 'debug', 'info',
]);

/** Methods that change their receiver buffer in place. */
const MUTATOR_METHODS: ReadonlySet<string> = new Set(['set', 'fill', 'replace', 'setBytes', 'randomize']);

/**
 * Works out whether an expression's value is a constant byte string. One analyser serves one
 * document and one rule: `notFills` holds the calls that take the value as an IV or key (the
 * rule's own sinks), which read the buffer rather than fill it.
 */
/**
 * The parts of a collector that cost a pass over the file, each built on its first call: the
 * analyser reads the whole file (a buffer filled in a constructor, a constant in another method)
 * and grouping pairs climbs to each pair's parent, and only a candidate sink needs either.
 */
export function onFirstUse(code: CodeModel, notFills: ReadonlySet<number>): {
  readonly analyser: () => ConstantBytesAnalyser;
} {
  let analyser: ConstantBytesAnalyser | undefined;
  return { analyser: () => (analyser ??= new ConstantBytesAnalyser(code.wholeFile(), notFills)) };
}

export class ConstantBytesAnalyser {
  private readonly stringsByNode = new Map<number, StringLiteral>();
  /** Calls with their start offsets, in source order, so a range of them is found by binary search. */
  private readonly callsInOrder: { readonly start: number; readonly call: CallSite }[] = [];
  /** The same assignments by target and then by enclosing function (-1 for module or class level). */
  private readonly assignmentsByScope = new Map<string, Map<number, Assignment[]>>();
  /** Assignments to an element (`iv[0] = …`, `iv[:] = …`), the only assignments that fill a buffer in place. */
  private readonly elementAssignments: { readonly target: string; readonly start: number }[] = [];
  private readonly builder: Builder;

  constructor(
    readonly code: CodeModel,
    private readonly notFills: ReadonlySet<number>,
  ) {
    for (const literal of code.strings()) this.stringsByNode.set(literal.node.id, literal);
    for (const call of code.calls()) {
      this.callsInOrder.push({ start: call.node.startIndex, call });
    }
    this.callsInOrder.sort((a, b) => a.start - b.start);
    for (const assignment of code.assignments()) {
      if (assignment.target.includes('[')) this.elementAssignments.push({ target: bareName(assignment.target), start: assignment.node.startIndex });
      const scopes = this.assignmentsByScope.get(assignment.target) ?? new Map<number, Assignment[]>();
      const scopeId = code.enclosingFunction(assignment.node)?.id ?? OUTER_SCOPE;
      const inScope = scopes.get(scopeId) ?? [];
      inScope.push(assignment);
      scopes.set(scopeId, inScope);
      this.assignmentsByScope.set(assignment.target, scopes);
    }
    this.builder = BUILDERS[code.language] ?? (() => undefined);
  }

  /** The constant value of `node`, or undefined when it is not constant (or not known to be). */
  constantAt(node: SyntaxNode, depth = 0): ConstantBytes | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const inner = this.unwrap(node);
    const literal = this.stringsByNode.get(inner.id);
    if (literal !== undefined) return fromString(literal.value, [literal.valueRange], false);
    const built = this.builder(inner, this, depth);
    if (built === NOT_CONSTANT) return undefined;
    if (built !== undefined) return built;
    if (this.code.callAt(inner) !== undefined) return undefined;
    if (this.code.nameOf(inner) !== undefined) return this.throughName(inner, depth);
    const value = this.code.valueOf(inner);
    if (value.kind !== 'string') return undefined;
    // Go's `[]byte("...")` is a slice that code could overwrite; other constant strings are values.
    return fromString(value.value, this.literalSources(inner, depth), inner.type === 'type_conversion_expression');
  }

  /** The call at `node`, if it is one. */
  callAt(node: SyntaxNode): CallSite | undefined {
    return this.code.callAt(this.unwrap(node));
  }

  /** The string literal at `node`, if it is one. */
  stringAt(node: SyntaxNode): StringLiteral | undefined {
    return this.stringsByNode.get(this.unwrap(node).id);
  }

  /** Parentheses, casts and type assertions, which do not change a value. */
  unwrap(node: SyntaxNode): SyntaxNode {
    let current = node;
    for (let step = 0; step < MAX_DEPTH; step++) {
      const next = unwrapOnce(current);
      if (next === undefined) return current;
      current = next;
    }
    return current;
  }

  /**
   * The assignment that gives a name its value at `use`: the last one before the use in the same
   * function, else the only one at module or class level (as the code model resolves constants).
   */
  definitionOf(use: SyntaxNode): Definition | undefined {
    const full = compact(use.text);
    const last = this.code.nameOf(use);
    const targets = last !== undefined && last !== full ? [full, last] : [full];
    const scope = this.code.enclosingFunction(use);
    let best: Assignment | undefined;
    const outer: Assignment[] = [];
    for (const target of targets) {
      const scopes = this.assignmentsByScope.get(target);
      if (scopes === undefined) continue;
      for (const candidate of scope === undefined ? [] : (scopes.get(scope.id) ?? [])) {
        if (candidate.targetNode.id === use.id || candidate.node.startIndex >= use.startIndex) continue;
        if (best === undefined || candidate.node.startIndex > best.node.startIndex) best = candidate;
      }
      outer.push(...(scopes.get(OUTER_SCOPE) ?? []).filter((candidate) => candidate.targetNode.id !== use.id));
    }
    if (best !== undefined) return { node: best.node, value: best.value };
    const only = outer[0];
    if (outer.length === 1 && only !== undefined) return { node: only.node, value: only.value };
    const named = targets.some((target) => this.assignmentsByScope.has(target));
    if (!named && this.code.language === 'go') return goDeclaration(this.code, use, full);
    return undefined;
  }

  /** The call that made the value at `node`: the call itself, or the one a name was last assigned from. */
  creatorOf(node: SyntaxNode): CallSite | undefined {
    const direct = this.callAt(node);
    if (direct !== undefined) return direct;
    const inner = this.unwrap(node);
    if (this.code.nameOf(inner) === undefined) return undefined;
    const value = this.definitionOf(inner)?.value;
    return value === undefined ? undefined : this.callAt(value);
  }

  /**
   * The class a C# or Java name is declared with (a parameter, local or field), without its
   * namespace; undefined for `var` and for names declared nowhere in the file.
   */
  declaredTypeOf(node: SyntaxNode): string | undefined {
    const name = compact(node.text);
    const scope = this.code.enclosingFunction(node) ?? this.code.root;
    const holders = [
      ...scope.descendantsOfType(['parameter', 'formal_parameter', 'variable_declaration', 'local_variable_declaration']),
      ...this.code.root.descendantsOfType('field_declaration'),
    ];
    for (const holder of holders) {
      if (holder === null) continue;
      const declaration = holder.type === 'field_declaration' && this.code.language === 'csharp'
        ? holder.namedChildren.find((child) => child?.type === 'variable_declaration') ?? undefined
        : holder;
      const type = declaration?.childForFieldName('type');
      if (declaration === undefined || type === null || type === undefined || type.type === 'implicit_type' || type.text === 'var') continue;
      if (declaredNames(declaration).includes(name)) return pathNameParts(type.text).at(-1);
    }
    return undefined;
  }

  private throughName(use: SyntaxNode, depth: number): ConstantBytes | undefined {
    const definition = this.definitionOf(use);
    if (definition === undefined) return undefined;
    let value: ConstantBytes | undefined;
    if (definition.zeroLength !== undefined) value = { kind: 'zero', sources: [], lengthText: definition.zeroLength, mutable: true };
    else if (definition.value !== undefined) value = this.constantAt(definition.value, depth + 1);
    if (value === undefined) return undefined;
    if (value.mutable && this.isFilled(use, definition)) return undefined;
    return { ...value, definition: value.definition ?? definition.node };
  }

  /**
   * Whether code may write into the buffer a name holds before `use`: it is handed to a call
   * other than the rule's own sinks (`random.nextBytes(iv)`, `io.ReadFull(rand.Reader, iv)`,
   * `System.arraycopy(src, 0, iv, 0, 16)`), a mutating method is called on it, or an element of
   * it is assigned. A local buffer is searched from its definition to the use; a field or module
   * value anywhere in the file, since a constructor may fill it.
   */
  private isFilled(use: SyntaxNode, definition: Definition): boolean {
    const scope = this.code.enclosingFunction(definition.node);
    if (scope === undefined) return this.writesBetween(use, 0, Number.MAX_SAFE_INTEGER, definition.node);
    return this.writesBetween(use, definition.node.endIndex, use.startIndex, definition.node);
  }

  /** Whether code between two offsets may write into the buffer the name at `use` holds (see isFilled). */
  writesBetween(use: SyntaxNode, from: number, to: number, skip?: SyntaxNode): boolean {
    const name = bareName(compact(use.text));
    const skipped = skip?.startIndex;
    for (let index = this.firstCallFrom(from); index < this.callsInOrder.length; index++) {
      const entry = this.callsInOrder[index];
      if (entry === undefined || entry.start >= to) break;
      const { call } = entry;
      if (entry.start === skipped || this.notFills.has(call.node.id) || READ_ONLY_CALLS.has(call.name)) continue;
      if (call.args.some((argument) => this.mentions(argument.node, name))) return true;
      if (call.receiver !== undefined && isMutator(call.name) && this.mentions(call.receiver, name)) return true;
    }
    return this.elementAssignments.some((entry) => entry.start >= from && entry.start < to && entry.start !== skipped && entry.target.startsWith(`${name}[`));
  }

  /** The index of the first call that starts at or after `offset`. */
  private firstCallFrom(offset: number): number {
    let low = 0;
    let high = this.callsInOrder.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.callsInOrder[middle]?.start ?? Number.MAX_SAFE_INTEGER) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Whether an argument expression is the named buffer or a view of it (`iv`, `iv[:]`, `&iv`, `iv.AsSpan()`). */
  private mentions(node: SyntaxNode, name: string): boolean {
    const call = this.code.callAt(node);
    if (call !== undefined) return call.receiver !== undefined && this.mentions(call.receiver, name);
    if (this.code.nameOf(node) !== undefined && (node.namedChildCount === 0 || !isSubscript(node))) {
      return bareName(compact(node.text)) === name;
    }
    return node.namedChildren.some((child) => child !== null && this.mentions(child, name));
  }

  /** The literal text ranges inside a constant string expression, following the names it uses. */
  private literalSources(node: SyntaxNode, depth: number): Range[] {
    const sources: Range[] = [];
    const stack: SyntaxNode[] = [node];
    for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
      const literal = this.stringsByNode.get(current.id);
      if (literal !== undefined) {
        sources.push(literal.valueRange);
        continue;
      }
      if (current.id !== node.id && this.code.nameOf(current) !== undefined && depth < MAX_DEPTH) {
        const definition = this.definitionOf(current);
        if (definition?.value !== undefined) sources.push(...this.literalSources(definition.value, depth + 1));
        continue;
      }
      for (const child of current.namedChildren) if (child !== null) stack.push(child);
    }
    return sources.sort((a, b) => a.start - b.start);
  }

  /**
   * An array of constant numbers (`{0x00, 0x01}`, `[1, 2, 3]`): zero when every element is 0.
   * Undefined when any element is not a known number.
   */
  arrayOf(elements: readonly SyntaxNode[], repeatedLength?: string): ConstantBytes | undefined {
    let zero = true;
    for (const element of elements) {
      const value = this.code.valueOf(this.unwrap(element));
      if (value.kind !== 'number') return undefined;
      if (value.value !== 0) zero = false;
    }
    const first = elements[0];
    const lastElement = elements[elements.length - 1];
    const sources = first !== undefined && lastElement !== undefined ? [{ start: first.startIndex, end: lastElement.endIndex }] : [];
    const lengthText = repeatedLength ?? (elements.length > 0 ? String(elements.length) : undefined);
    return { kind: zero ? 'zero' : 'fixed', sources: zero ? [] : sources, mutable: true, ...(lengthText !== undefined ? { lengthText } : {}) };
  }

  /**
   * A constant repeated `count` times: `b'\x00' * 16`, `str_repeat("\0", 16)`, `"\0" * 16`,
   * Go's `bytes.Repeat([]byte{0}, 16)`. The count need not be known: `b'\0' * AES.block_size`
   * and `str_repeat("\0", openssl_cipher_iv_length($m))` are the same bytes on every call.
   */
  repeated(unit: SyntaxNode, count: SyntaxNode, depth: number): ConstantBytes | undefined {
    const part = this.constantAt(unit, depth + 1);
    if (part === undefined) return undefined;
    const times = this.code.valueOf(this.unwrap(count));
    const unitLength = part.text !== undefined ? byteLength(part.text) : Number(part.lengthText);
    let lengthText: string | undefined;
    if (unitLength === 1) lengthText = compact(this.unwrap(count).text);
    else if (Number.isFinite(unitLength) && times.kind === 'number') lengthText = String(unitLength * times.value);
    const text = times.kind === 'number' ? part.text?.repeat(Math.max(0, Math.min(times.value, MAX_REPEAT))) : undefined;
    return {
      kind: part.kind,
      sources: part.sources,
      mutable: part.mutable,
      ...(part.definition !== undefined ? { definition: part.definition } : {}),
      ...(lengthText !== undefined ? { lengthText } : {}),
      ...(text !== undefined ? { text } : {}),
    };
  }

  /** A string constant decoded from hex or base64 (`bytes.fromhex('00…')`, `Buffer.from(s, 'base64')`). */
  decoded(argument: SyntaxNode | undefined, encoding: 'hex' | 'base64' | 'text', depth: number): ConstantBytes | typeof NOT_CONSTANT {
    if (argument === undefined) return NOT_CONSTANT;
    const value = this.constantAt(argument, depth + 1);
    if (value === undefined || value.text === undefined) return NOT_CONSTANT;
    if (encoding === 'text') return value;
    const bytes = decodeBytes(value.text, encoding);
    if (bytes === undefined) return value;
    return { ...value, kind: bytes.every((byte) => byte === 0) ? 'zero' : 'fixed', lengthText: String(bytes.length) };
  }
}

/** The names a parameter or declaration introduces. */
function declaredNames(declaration: SyntaxNode): string[] {
  const own = declaration.childForFieldName('name');
  if (own !== null) return [own.text];
  return declaration.namedChildren
    .filter((child): child is SyntaxNode => child?.type === 'variable_declarator')
    .map((declarator) => (declarator.childForFieldName('name') ?? declarator.namedChild(0))?.text ?? '');
}

function fromString(value: string, sources: readonly Range[], mutable: boolean): ConstantBytes {
  const zero = value.length > 0 && [...value].every((character) => character === '\0');
  return { kind: zero ? 'zero' : 'fixed', sources: zero ? [] : sources, text: value, lengthText: String(byteLength(value)), mutable };
}

/** The UTF-8 length of a string, which is what every language here encodes a string key or IV to. */
function byteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}

function decodeBytes(text: string, encoding: 'hex' | 'base64'): Uint8Array | undefined {
  const trimmed = text.trim();
  if (encoding === 'hex') {
    if (trimmed.length % 2 !== 0 || [...trimmed].some((character) => !'0123456789abcdefABCDEF'.includes(character))) return undefined;
    return Buffer.from(trimmed, 'hex');
  }
  return Buffer.from(trimmed, 'base64');
}

/** `this.iv`, `self.iv`, `$this->iv`, `@iv` and `iv` name the same field. */
function bareName(name: string): string {
  for (const prefix of ['this.', 'self.', '$this->', '$this.', '@']) if (name.startsWith(prefix)) return name.slice(prefix.length);
  return name;
}

function isMutator(name: string): boolean {
  return MUTATOR_METHODS.has(name) || name.startsWith('write') || name.startsWith('put');
}

/** Element access keeps a member path in some grammars (`iv["a"]` in JavaScript); it is a view, not the name. */
function isSubscript(node: SyntaxNode): boolean {
  return node.type === 'subscript_expression' || node.type === 'element_reference' || node.type === 'index_expression';
}

const WRAPPER_TYPES: ReadonlySet<string> = new Set([
  'parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion',
  'parenthesized_statements',
]);

function unwrapOnce(node: SyntaxNode): SyntaxNode | undefined {
  if (WRAPPER_TYPES.has(node.type)) {
    const inner = node.namedChildren.filter((child): child is SyntaxNode => child !== null && !child.type.includes('comment'));
    return inner.length === 1 || node.type !== 'parenthesized_statements' ? inner[0] : undefined;
  }
  if (node.type === 'cast_expression') return node.childForFieldName('value') ?? undefined;
  return undefined;
}

function compact(text: string): string {
  let result = '';
  for (const character of text) if (character.trim() !== '') result += character;
  return result;
}

/**
 * Go values the code model does not pair with a name: `iv, err := hex.DecodeString("…")` (two
 * names, one call) and `var iv [16]byte` (an array declared without a value, all zeros).
 */
function goDeclaration(code: CodeModel, use: SyntaxNode, name: string): Definition | undefined {
  const scope = code.enclosingFunction(use) ?? code.root;
  let found: Definition | undefined;
  const stack: SyntaxNode[] = [scope];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.startIndex >= use.startIndex) continue;
    if (node.type === 'short_var_declaration' || node.type === 'assignment_statement') {
      const left = node.childForFieldName('left')?.namedChildren ?? [];
      const right = node.childForFieldName('right')?.namedChildren ?? [];
      const [value] = right;
      if (left[0]?.text === name && left.length === 2 && right.length === 1 && value !== null && value !== undefined) {
        if (found === undefined || node.startIndex > found.node.startIndex) found = { node, value };
      }
    } else if (node.type === 'var_spec' && node.childForFieldName('value') === null) {
      const type = node.childForFieldName('type');
      const named = node.childrenForFieldName('name').some((child) => child?.text === name);
      const element = type?.childForFieldName('element')?.text;
      const length = type?.childForFieldName('length');
      if (named && type?.type === 'array_type' && (element === 'byte' || element === 'uint8') && length) {
        if (found === undefined || node.startIndex > found.node.startIndex) found = { node, zeroLength: length.text };
      }
    }
    for (const child of node.namedChildren) if (child !== null) stack.push(child);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Byte-value constructors per language

function endsWithParts(parts: readonly string[], ...suffix: readonly string[]): boolean {
  if (parts.length < suffix.length) return false;
  const offset = parts.length - suffix.length;
  return suffix.every((segment, index) => parts[offset + index] === segment);
}

/** CryptoJS and aes-js encoders, by the name of their encoding. */
const JS_TEXT_ENCODERS: ReadonlyMap<string, 'hex' | 'base64' | 'text'> = new Map([
  ['Utf8', 'text'], ['Latin1', 'text'], ['Utf16', 'text'], ['Hex', 'hex'], ['Base64', 'base64'], ['utf8', 'text'], ['hex', 'hex'],
]);
const JS_TYPED_ARRAYS: ReadonlySet<string> = new Set(['Uint8Array', 'Int8Array', 'Uint8ClampedArray', 'ArrayBuffer']);

const javascriptBuilder: Builder = (node, analyser, depth) => {
  const call = analyser.callAt(node);
  if (call === undefined) return node.type === 'array' ? analyser.arrayOf(namedElements(node)) : undefined;
  const parts = pathNameParts(call.qualified);
  const first = positionalArgument(call, 0);
  if (call.isConstructor && JS_TYPED_ARRAYS.has(call.name)) {
    if (first === undefined) return { kind: 'zero', sources: [], lengthText: '0', mutable: true };
    const size = analyser.code.valueOf(analyser.unwrap(first));
    if (size.kind === 'number' || namesASize(analyser, first)) return { kind: 'zero', sources: [], lengthText: compact(first.text), mutable: true };
    const array = analyser.unwrap(first);
    return array.type === 'array' ? analyser.arrayOf(namedElements(array)) : NOT_CONSTANT;
  }
  if (parts.length === 2 && JS_TYPED_ARRAYS.has(parts[0] ?? '') && (call.name === 'of' || call.name === 'from')) {
    if (call.name === 'of') return analyser.arrayOf(call.args.map((argument) => argument.node));
    const array = first === undefined ? undefined : analyser.unwrap(first);
    return array?.type === 'array' ? analyser.arrayOf(namedElements(array)) : NOT_CONSTANT;
  }
  if (call.qualified === 'Buffer.alloc') return bufferAlloc(call, analyser, depth);
  if (call.qualified === 'Buffer.from') {
    const array = first === undefined ? undefined : analyser.unwrap(first);
    if (array?.type === 'array') return analyser.arrayOf(namedElements(array));
    const encoding = positionalArgument(call, 1);
    const encodingName = encoding === undefined ? undefined : analyser.code.valueOf(encoding);
    const named = encodingName?.kind === 'string' ? encodingName.value.toLowerCase() : 'utf8';
    return analyser.decoded(first, named === 'hex' ? 'hex' : named === 'base64' || named === 'base64url' ? 'base64' : 'text', depth);
  }
  // `new TextEncoder().encode('…')`.
  if (call.name === 'encode' && call.receiver !== undefined && analyser.callAt(call.receiver)?.name === 'TextEncoder') {
    return analyser.decoded(first, 'text', depth);
  }
  // `CryptoJS.enc.Utf8.parse('…')`, `aesjs.utils.utf8.toBytes('…')`.
  const encoder = parts[parts.length - 2] ?? '';
  const isCryptoJs = (parts[0] === 'crypto-js' || parts[0] === 'CryptoJS') && endsWithParts(parts.slice(0, -2), 'enc') && call.name === 'parse';
  const isAesJs = (parts[0] === 'aes-js' || parts[0] === 'aesjs') && endsWithParts(parts.slice(0, -2), 'utils') && call.name === 'toBytes';
  if (isCryptoJs || isAesJs) {
    const encoding = JS_TEXT_ENCODERS.get(encoder);
    return encoding === undefined ? NOT_CONSTANT : analyser.decoded(first, encoding, depth);
  }
  return undefined;
};

/**
 * Whether a typed array's argument is a size rather than data to copy: a name that says so
 * (`nacl.secretbox.nonceLength`, `NONCE_SIZE`, `sodium.crypto_secretbox_NONCEBYTES`).
 */
function namesASize(analyser: ConstantBytesAnalyser, node: SyntaxNode): boolean {
  const name = analyser.code.nameOf(analyser.unwrap(node))?.toLowerCase();
  return name !== undefined && (name.endsWith('length') || name.endsWith('size') || name.endsWith('bytes'));
}

/** `Buffer.alloc(16)` and `Buffer.alloc(16, 0)` are zeros; `Buffer.alloc(16, 'a')` is a fixed value. */
function bufferAlloc(call: CallSite, analyser: ConstantBytesAnalyser, depth: number): ConstantBytes | typeof NOT_CONSTANT {
  const size = positionalArgument(call, 0);
  if (size === undefined) return NOT_CONSTANT;
  const lengthText = compact(size.text);
  const fill = positionalArgument(call, 1);
  if (fill === undefined) return { kind: 'zero', sources: [], lengthText, mutable: true };
  const fillValue = analyser.code.valueOf(analyser.unwrap(fill));
  if (fillValue.kind === 'number') return { kind: fillValue.value === 0 ? 'zero' : 'fixed', sources: [], lengthText, mutable: true };
  const fillBytes = analyser.constantAt(fill, depth + 1);
  return fillBytes === undefined ? NOT_CONSTANT : { ...fillBytes, lengthText, mutable: true };
}

function namedElements(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null && !child.type.includes('comment'));
}

const PYTHON_DECODERS: ReadonlyMap<string, 'hex' | 'base64'> = new Map([
  ['bytes.fromhex', 'hex'], ['bytearray.fromhex', 'hex'], ['binascii.unhexlify', 'hex'], ['binascii.a2b_hex', 'hex'],
  ['base64.b16decode', 'hex'], ['base64.b64decode', 'base64'], ['base64.standard_b64decode', 'base64'],
  ['base64.urlsafe_b64decode', 'base64'], ['base64.decodebytes', 'base64'], ['binascii.a2b_base64', 'base64'],
]);

const pythonBuilder: Builder = (node, analyser, depth) => {
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '*') return pythonRepeat(node, analyser, depth);
  if (node.type === 'list' || node.type === 'tuple') return analyser.arrayOf(namedElements(node));
  const call = analyser.callAt(node);
  if (call === undefined) return undefined;
  const first = positionalArgument(call, 0);
  if (call.qualified === 'bytes' || call.qualified === 'bytearray') {
    if (first === undefined) return NOT_CONSTANT;
    const inner = analyser.unwrap(first);
    const size = analyser.code.valueOf(inner);
    if (size.kind === 'number' || namesASize(analyser, inner)) return { kind: 'zero', sources: [], lengthText: compact(inner.text), mutable: call.qualified === 'bytearray' };
    const value = analyser.constantAt(inner, depth + 1);
    return value === undefined ? NOT_CONSTANT : { ...value, mutable: call.qualified === 'bytearray' };
  }
  const decoder = PYTHON_DECODERS.get(call.qualified);
  if (decoder !== undefined) return analyser.decoded(first, decoder, depth);
  // `'…'.encode()` and `'…'.encode('utf-8')`.
  if (call.name === 'encode' && call.receiver !== undefined && call.args.length <= 1) {
    const value = analyser.constantAt(call.receiver, depth + 1);
    return value === undefined ? NOT_CONSTANT : value;
  }
  return undefined;
};

/** `b'\x00' * 16`, `16 * b'\0'` and `[0] * 16` inside `bytes(...)`. */
function pythonRepeat(node: SyntaxNode, analyser: ConstantBytesAnalyser, depth: number): ConstantBytes | typeof NOT_CONSTANT {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left === null || right === null) return NOT_CONSTANT;
  // The count may stand on either side (`16 * b'\0'`); the unit is the side that is a string or list.
  const leftIsCount = analyser.code.valueOf(analyser.unwrap(left)).kind !== 'string' && analyser.unwrap(left).type !== 'list';
  const [unit, count] = leftIsCount ? [right, left] : [left, right];
  const list = analyser.unwrap(unit);
  if (list.type === 'list') {
    const times = analyser.code.valueOf(analyser.unwrap(count));
    const elements = namedElements(list);
    const lengthText = elements.length === 1 ? compact(count.text) : times.kind === 'number' ? String(elements.length * times.value) : undefined;
    return analyser.arrayOf(elements, lengthText) ?? NOT_CONSTANT;
  }
  return analyser.repeated(unit, count, depth) ?? NOT_CONSTANT;
}

const JAVA_DECODERS: ReadonlyMap<string, 'hex' | 'base64'> = new Map([
  ['Hex.decodeHex', 'hex'], ['Hex.decode', 'hex'], ['DatatypeConverter.parseHexBinary', 'hex'], ['Hex.decodeStrict', 'hex'],
  ['DatatypeConverter.parseBase64Binary', 'base64'], ['Base64.decodeBase64', 'base64'], ['Base64.decode', 'base64'],
]);

const javaBuilder: Builder = (node, analyser, depth) => {
  if (node.type === 'array_creation_expression') {
    const initializer = node.childForFieldName('value');
    if (initializer !== null) return analyser.arrayOf(namedElements(initializer));
    const dimensions = node.namedChildren.filter((child) => child?.type === 'dimensions_expr');
    const size = dimensions[0]?.namedChild(0);
    return dimensions.length === 1 && size ? { kind: 'zero', sources: [], lengthText: compact(size.text), mutable: true } : NOT_CONSTANT;
  }
  if (node.type === 'array_initializer') return analyser.arrayOf(namedElements(node));
  const call = analyser.callAt(node);
  if (call === undefined) return undefined;
  const first = positionalArgument(call, 0);
  if (call.name === 'getBytes' && call.receiver !== undefined) return analyser.decoded(call.receiver, 'text', depth);
  const parts = pathNameParts(call.qualified);
  const decoder = JAVA_DECODERS.get(parts.slice(-2).join('.'));
  if (decoder !== undefined) return analyser.decoded(first, decoder, depth);
  // `Base64.getDecoder().decode("…")`, `HexFormat.of().parseHex("…")`.
  const receiverCall = call.receiver === undefined ? undefined : analyser.callAt(call.receiver);
  if (call.name === 'decode' && receiverCall !== undefined && receiverCall.callee.includes('Base64.get')) return analyser.decoded(first, 'base64', depth);
  if (call.name === 'parseHex' && receiverCall?.callee.includes('HexFormat')) return analyser.decoded(first, 'hex', depth);
  return undefined;
};

const csharpBuilder: Builder = (node, analyser, depth) => {
  if (node.type === 'array_creation_expression' || node.type === 'implicit_array_creation_expression') {
    const initializer = node.namedChildren.find((child) => child?.type === 'initializer_expression');
    if (initializer !== null && initializer !== undefined) return analyser.arrayOf(namedElements(initializer));
    const rank = node.namedChildren.find((child) => child?.type === 'array_type')?.childForFieldName('rank');
    const sizes = rank?.namedChildren.filter((child) => child !== null) ?? [];
    const size = sizes[0];
    return sizes.length === 1 && size ? { kind: 'zero', sources: [], lengthText: compact(size.text), mutable: true } : NOT_CONSTANT;
  }
  if (node.type === 'initializer_expression' && node.parent?.type === 'equals_value_clause') return analyser.arrayOf(namedElements(node));
  const call = analyser.callAt(node);
  if (call === undefined) return undefined;
  const first = positionalArgument(call, 0);
  const parts = pathNameParts(call.qualified);
  if (call.name === 'GetBytes' && (parts.includes('Encoding') || call.callee.includes('Encoding('))) return analyser.decoded(first, 'text', depth);
  if (endsWithParts(parts, 'Convert', 'FromBase64String')) return analyser.decoded(first, 'base64', depth);
  if (endsWithParts(parts, 'Convert', 'FromHexString')) return analyser.decoded(first, 'hex', depth);
  return undefined;
};

const goBuilder: Builder = (node, analyser, depth) => {
  if (node.type === 'composite_literal') {
    const type = node.childForFieldName('type');
    const element = type?.childForFieldName('element')?.text;
    const body = node.childForFieldName('body');
    if ((element !== 'byte' && element !== 'uint8') || body === null) return NOT_CONSTANT;
    const elements = namedElements(body).map((child) => (child.type === 'literal_element' ? child.namedChild(0) ?? child : child));
    const length = type?.childForFieldName('length');
    if (elements.length === 0 && length) return { kind: 'zero', sources: [], lengthText: length.text, mutable: true };
    return analyser.arrayOf(elements);
  }
  if (node.type === 'slice_expression') {
    // `iv[:]` views the whole array; a narrower slice of a constant is still constant.
    const operand = node.childForFieldName('operand');
    return operand === null ? NOT_CONSTANT : analyser.constantAt(operand, depth + 1) ?? NOT_CONSTANT;
  }
  if (node.type === 'unary_expression' && node.childForFieldName('operator')?.text === '&') {
    const operand = node.childForFieldName('operand');
    return operand === null ? NOT_CONSTANT : analyser.constantAt(operand, depth + 1) ?? NOT_CONSTANT;
  }
  const call = analyser.callAt(node);
  if (call === undefined) return undefined;
  const first = positionalArgument(call, 0);
  if (call.callee === 'make' && first?.type === 'slice_type') {
    const element = first.childForFieldName('element')?.text;
    const size = positionalArgument(call, 1);
    if ((element !== 'byte' && element !== 'uint8') || size === undefined) return NOT_CONSTANT;
    return { kind: 'zero', sources: [], lengthText: compact(size.text), mutable: true };
  }
  if (call.qualified === 'encoding/hex.DecodeString') return analyser.decoded(first, 'hex', depth);
  if (call.name === 'DecodeString' && call.qualified.startsWith('encoding/base64.')) return analyser.decoded(first, 'base64', depth);
  if (call.qualified === 'bytes.Repeat') {
    const count = positionalArgument(call, 1);
    return first === undefined || count === undefined ? NOT_CONSTANT : (analyser.repeated(first, count, depth) ?? NOT_CONSTANT);
  }
  return undefined;
};

const phpBuilder: Builder = (node, analyser, depth) => {
  const call = analyser.callAt(node);
  if (call === undefined || call.receiver !== undefined) return undefined;
  const name = call.name.toLowerCase();
  const first = positionalArgument(call, 0);
  if (name === 'str_repeat') {
    const count = positionalArgument(call, 1);
    return first === undefined || count === undefined ? NOT_CONSTANT : (analyser.repeated(first, count, depth) ?? NOT_CONSTANT);
  }
  if (name === 'chr') return charFromCode(analyser, first);
  if (name === 'hex2bin') return analyser.decoded(first, 'hex', depth);
  if (name === 'base64_decode') return analyser.decoded(first, 'base64', depth);
  if (name === 'pack') {
    const format = first === undefined ? undefined : analyser.code.valueOf(first);
    const data = positionalArgument(call, 1);
    if (format?.kind === 'string' && format.value.startsWith('H') && call.args.length === 2) return analyser.decoded(data, 'hex', depth);
    return NOT_CONSTANT;
  }
  return undefined;
};

const RUBY_DECODERS: ReadonlyMap<string, 'base64'> = new Map([
  ['Base64.decode64', 'base64'], ['Base64.strict_decode64', 'base64'], ['Base64.urlsafe_decode64', 'base64'],
]);

/** String methods that return the receiver's bytes unchanged. */
const RUBY_SAME_BYTES: ReadonlySet<string> = new Set(['b', 'force_encoding', 'encode', 'freeze', 'dup', 'to_s', 'to_str']);

const rubyBuilder: Builder = (node, analyser, depth) => {
  if (node.type === 'binary' && node.childForFieldName('operator')?.text === '*') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    return left === null || right === null ? NOT_CONSTANT : (analyser.repeated(left, right, depth) ?? NOT_CONSTANT);
  }
  const call = analyser.callAt(node);
  if (call === undefined) return undefined;
  const receiver = call.receiver === undefined ? undefined : analyser.unwrap(call.receiver);
  const first = positionalArgument(call, 0);
  // `'…'.b`, `'…'.force_encoding('BINARY')`, `'…'.freeze`: the same bytes.
  if (RUBY_SAME_BYTES.has(call.name) && receiver !== undefined) {
    return analyser.constantAt(receiver, depth + 1) ?? NOT_CONSTANT;
  }
  if (call.name === 'chr' && receiver !== undefined) return charFromCode(analyser, receiver);
  // `['00ff…'].pack('H*')`.
  if (call.name === 'pack' && receiver?.type === 'array') {
    const format = first === undefined ? undefined : analyser.code.valueOf(first);
    const elements = namedElements(receiver);
    const [only] = elements;
    if (format?.kind !== 'string') return NOT_CONSTANT;
    if (format.value.startsWith('H') && elements.length === 1) return analyser.decoded(only, 'hex', depth);
    if (format.value.startsWith('m') && elements.length === 1) return analyser.decoded(only, 'base64', depth);
    if (format.value.startsWith('C') || format.value.startsWith('c')) return analyser.arrayOf(elements) ?? NOT_CONSTANT;
    return NOT_CONSTANT;
  }
  const decoder = RUBY_DECODERS.get(call.qualified);
  if (decoder !== undefined) return analyser.decoded(first, decoder, depth);
  return undefined;
};

/** PHP `chr(0)` and Ruby `0.chr`: a one-character string. */
function charFromCode(analyser: ConstantBytesAnalyser, codeNode: SyntaxNode | undefined): ConstantBytes | typeof NOT_CONSTANT {
  const value = codeNode === undefined ? undefined : analyser.code.valueOf(analyser.unwrap(codeNode));
  if (value?.kind !== 'number' || value.value < 0 || value.value > 255) return NOT_CONSTANT;
  return fromString(String.fromCharCode(value.value), [], false);
}

const BUILDERS: Readonly<Partial<Record<CodeModel['language'], Builder>>> = {
  javascript: javascriptBuilder,
  typescript: javascriptBuilder,
  tsx: javascriptBuilder,
  python: pythonBuilder,
  java: javaBuilder,
  csharp: csharpBuilder,
  go: goBuilder,
  php: phpBuilder,
  ruby: rubyBuilder,
};

// =============================================================================================
// The rule
// =============================================================================================

type Direction = 'encrypt' | 'decrypt' | 'unknown';

/** A place that takes an IV or nonce. */
interface IvSink {
  /** The IV or nonce expression as written. */
  readonly iv: SyntaxNode;
  /** The call, constructor or assignment that takes it. */
  readonly taker: SyntaxNode;
  readonly direction: Direction;
  /** False for sinks that only feed the reuse check (Java `cipher.init`, whose spec is checked where it is built). */
  readonly checkConstant?: boolean;
  /** The key, or the cipher object holding it, for the reuse check. */
  readonly key?: SyntaxNode;
  /** The suggestion fix for a constant written at the sink itself. */
  readonly fix?: (constant: ConstantBytes) => Fix | undefined;
}

/** What a language's collector needs. */
interface Collector {
  readonly code: CodeModel;
  /** Built on first call: it indexes the whole file, which only a candidate sink needs. */
  readonly analyser: () => ConstantBytesAnalyser;
  readonly sinks: IvSink[];
}

const CONSEQUENCE =
  'A repeated IV shows when messages start alike, and a repeated nonce in CTR, GCM or ChaCha20 exposes the plaintexts and allows forgery.';
const CONTROL =
  'MoJ guidance expects existing algorithms to be used properly (Cryptography: The base principles), and NCSC and industry guidance call for a fresh IV or nonce for every encryption.';
const ADVICE = 'Generate a random one for each message and store it with the ciphertext.';

const MESSAGES = {
  zero: `This IV or nonce is all zero bytes, the same for every message. ${CONSEQUENCE} ${CONTROL} ${ADVICE}`,
  fixed: `This IV or nonce is a fixed value in the code, the same for every message. ${CONSEQUENCE} ${CONTROL} ${ADVICE}`,
  reused: `This IV or nonce is used for more than one encryption under the same key. ${CONSEQUENCE} ${CONTROL} ${ADVICE}`,
} as const;

const FIX_TITLE = 'Use a fresh random IV for each encryption';

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

/** Whether a constant is no IV at all: `null`, `''` or a zero-length buffer (what ECB-style calls pass). */
function isEmpty(constant: ConstantBytes): boolean {
  return constant.text === '' || constant.lengthText === '0';
}

/** Whether an algorithm argument names a mode that takes no IV (ECB belongs to crypto/ecb-mode). */
function namesEcb(code: CodeModel, algorithm: SyntaxNode | undefined): boolean {
  if (algorithm === undefined) return false;
  const value = code.valueOf(algorithm);
  if (value.kind === 'string') return value.value.toLowerCase().includes('ecb');
  return (code.qualifiedName(algorithm) ?? '').toUpperCase().endsWith('ECB');
}

/** Node types of `null`, `undefined`, `None` and `nil`, written in place: no IV, as ECB-style calls pass. */
const NULL_TYPES: ReadonlySet<string> = new Set(['null', 'undefined', 'none', 'nil', 'null_literal']);

/**
 * Whether an argument is a null literal. Read from the syntax rather than the code model's
 * values: resolving every IV name that way costs a search of all same-named assignments.
 */
function isNull(node: SyntaxNode): boolean {
  return NULL_TYPES.has(node.type);
}

/** The object literal an argument is, or names. */
function objectLiteral(collector: Collector, node: SyntaxNode | undefined, objectType: string): SyntaxNode | undefined {
  if (node === undefined) return undefined;
  const inner = collector.analyser().unwrap(node);
  if (inner.type === objectType) return inner;
  if (collector.code.nameOf(inner) === undefined) return undefined;
  const value = collector.analyser().definitionOf(inner)?.value;
  const resolved = value === undefined ? undefined : collector.analyser().unwrap(value);
  return resolved?.type === objectType ? resolved : undefined;
}

/** The value of the first of `keys` an object or hash literal sets. */
function propertyOf(collector: Collector, object: SyntaxNode, ...keys: readonly string[]): SyntaxNode | undefined {
  return collector.code.keyValuesIn(object).find((pair) => keys.includes(pair.key))?.value;
}

/** Whether the IV was written at the sink itself, so replacing it there changes nothing else. */
function writtenInline(constant: ConstantBytes): boolean {
  return constant.definition === undefined;
}

/**
 * Which way a cipher object is used: the methods called on it directly (`AES.new(...).encrypt(x)`)
 * or on the variable it is stored in, within the same function. Encryption only when nothing
 * decrypts with it.
 */
function directionOfObject(code: CodeModel, object: SyntaxNode, encrypts: ReadonlySet<string>, decrypts: ReadonlySet<string>): Direction {
  const chained = code.calls().find((call) => call.receiver?.id === object.id);
  if (chained !== undefined) return encrypts.has(chained.name) ? 'encrypt' : decrypts.has(chained.name) ? 'decrypt' : 'unknown';
  const assignment = code.assignments().find((candidate) => candidate.value.id === object.id);
  if (assignment === undefined) return 'unknown';
  return directionOfVariable(code, assignment.target, code.enclosingFunction(object), encrypts, decrypts);
}

function directionOfVariable(code: CodeModel, name: string, scope: SyntaxNode | undefined, encrypts: ReadonlySet<string>, decrypts: ReadonlySet<string>): Direction {
  let encrypted = false;
  for (const call of code.calls()) {
    if (call.receiver === undefined || compact(call.receiver.text) !== name) continue;
    if (code.enclosingFunction(call.node)?.id !== scope?.id) continue;
    if (decrypts.has(call.name)) return 'decrypt';
    if (encrypts.has(call.name)) encrypted = true;
  }
  return encrypted ? 'encrypt' : 'unknown';
}

function replaceWith(node: SyntaxNode, newText: string): Fix {
  return { title: FIX_TITLE, edits: [{ start: node.startIndex, end: node.endIndex, newText }] };
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript

const WEBCRYPTO_ALGORITHM_ARGUMENT: ReadonlyMap<string, { algorithm: number; key: number; direction: Direction }> = new Map([
  ['encrypt', { algorithm: 0, key: 1, direction: 'encrypt' }],
  ['decrypt', { algorithm: 0, key: 1, direction: 'decrypt' }],
  ['wrapKey', { algorithm: 3, key: 2, direction: 'encrypt' }],
  ['unwrapKey', { algorithm: 3, key: 2, direction: 'decrypt' }],
]);
const CRYPTO_JS_CIPHERS: ReadonlySet<string> = new Set(['AES', 'DES', 'TripleDES', 'Rabbit', 'RabbitLegacy', 'Blowfish']);
const AES_JS_MODES: ReadonlySet<string> = new Set(['cbc', 'cfb', 'ofb']);
const WEBCRYPTO_IV_ALGORITHMS: ReadonlySet<string> = new Set(['aes-cbc', 'aes-gcm', 'aes-ctr']);

/** Every callee `collectJavaScript` reads by its parts holds one of these. */
const LIBRARY_MARKERS: readonly string[] = ['subtle', 'crypto-js', 'CryptoJS', 'aes-js', 'aesjs', 'nacl'];

function collectJavaScript(collector: Collector): void {
  const { code, sinks } = collector;
  const seenObjects = new Set<number>();
  for (const call of code.calls()) {
    // Split only a callee that can name one of the libraries below (`subtle`, crypto-js, aes-js, tweetnacl): most name none.
    const parts = LIBRARY_MARKERS.some((marker) => call.qualified.includes(marker)) ? pathNameParts(call.qualified) : [];
    const head = parts[0] ?? '';
    if (call.qualified === 'crypto.createCipheriv' || call.qualified === 'crypto.createDecipheriv') {
      const iv = positionalArgument(call, 2);
      if (iv === undefined || isNull(iv) || namesEcb(code, positionalArgument(call, 0))) continue;
      const encrypts = call.name === 'createCipheriv';
      sinks.push({
        iv,
        taker: call.node,
        direction: encrypts ? 'encrypt' : 'decrypt',
        key: positionalArgument(call, 1),
        fix: encrypts ? (constant) => nodeRandomBytesFix(code, call, iv, constant) : undefined,
      });
      continue;
    }
    const webCrypto = parts[parts.length - 2] === 'subtle' ? WEBCRYPTO_ALGORITHM_ARGUMENT.get(call.name) : undefined;
    if (webCrypto !== undefined) {
      const object = objectLiteral(collector, positionalArgument(call, webCrypto.algorithm), 'object');
      if (object === undefined) continue;
      seenObjects.add(object.id);
      const iv = propertyOf(collector, object, 'iv', 'counter');
      if (iv === undefined) continue;
      const inlineObject = collector.analyser().unwrap(positionalArgument(call, webCrypto.algorithm) ?? object).id === object.id;
      sinks.push({
        iv,
        taker: call.node,
        direction: webCrypto.direction,
        key: positionalArgument(call, webCrypto.key),
        fix: webCrypto.direction === 'encrypt' && inlineObject ? (constant) => webCryptoFix(collector, iv, constant) : undefined,
      });
      continue;
    }
    if (head === 'crypto-js' || head === 'CryptoJS') {
      cryptoJsSink(collector, call, parts, seenObjects);
      continue;
    }
    if ((head === 'aes-js' || head === 'aesjs') && call.isConstructor && parts[parts.length - 2] === 'ModeOfOperation' && AES_JS_MODES.has(call.name)) {
      const iv = positionalArgument(call, 1);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: 'unknown', key: positionalArgument(call, 0) });
      continue;
    }
    if ((head === 'tweetnacl' || head === 'nacl') && (call.name === 'secretbox' || call.name === 'box' || call.name === 'open')) {
      const opens = call.name === 'open';
      const iv = positionalArgument(call, 1);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: opens ? 'decrypt' : 'encrypt', key: positionalArgument(call, 2) });
      continue;
    }
    if (call.name === 'start' && call.receiver !== undefined) forgeSink(collector, call);
  }
  // A WebCrypto algorithm object built apart from the call that uses it.
  for (const pair of code.keyValues()) {
    // The key first: `parent` is a search down from the root.
    if (pair.key !== 'iv' && pair.key !== 'counter') continue;
    const object = pair.node.parent;
    if (object === null || seenObjects.has(object.id)) continue;
    const name = propertyOf(collector, object, 'name');
    const algorithm = name === undefined ? undefined : code.valueOf(name);
    if (algorithm?.kind === 'string' && WEBCRYPTO_IV_ALGORITHMS.has(algorithm.value.toLowerCase())) {
      sinks.push({ iv: pair.value, taker: pair.node, direction: 'unknown' });
    }
  }
}

/** `CryptoJS.AES.encrypt(data, key, { iv })` and `CryptoJS.algo.AES.createEncryptor(key, { iv })`. */
function cryptoJsSink(collector: Collector, call: CallSite, parts: readonly string[], seenObjects: Set<number>): void {
  const { code, sinks } = collector;
  const cipher = parts[parts.length - 2] ?? '';
  let configIndex: number;
  let direction: Direction;
  if ((call.name === 'encrypt' || call.name === 'decrypt') && parts.length === 3 && CRYPTO_JS_CIPHERS.has(cipher)) {
    configIndex = 2;
    direction = call.name === 'encrypt' ? 'encrypt' : 'decrypt';
  } else if ((call.name === 'createEncryptor' || call.name === 'createDecryptor') && parts[1] === 'algo' && CRYPTO_JS_CIPHERS.has(cipher)) {
    configIndex = 1;
    direction = call.name === 'createEncryptor' ? 'encrypt' : 'decrypt';
  } else {
    return;
  }
  const configArgument = positionalArgument(call, configIndex);
  const config = objectLiteral(collector, configArgument, 'object');
  if (config === undefined) return;
  seenObjects.add(config.id);
  const iv = propertyOf(collector, config, 'iv');
  if (iv === undefined || namesEcb(code, propertyOf(collector, config, 'mode'))) return;
  const inlineConfig = configArgument !== undefined && collector.analyser().unwrap(configArgument).id === config.id;
  const namespace = call.callee.split('.')[0] ?? '';
  const fixable = direction === 'encrypt' && inlineConfig && (call.qualified.startsWith('crypto-js.') || call.qualified.startsWith('CryptoJS.'));
  sinks.push({
    iv,
    taker: call.node,
    direction,
    key: positionalArgument(call, configIndex - 1),
    fix: fixable
      ? (constant) => (writtenInline(constant) && isDigits(constant.lengthText) ? replaceWith(iv, `${namespace}.lib.WordArray.random(${constant.lengthText})`) : undefined)
      : undefined,
  });
}

/** node-forge: `cipher.start({ iv })` on a cipher from `forge.cipher.createCipher(...)`. */
function forgeSink(collector: Collector, call: CallSite): void {
  const receiver = call.receiver;
  if (receiver === undefined) return;
  const creator = collector.analyser().creatorOf(receiver);
  const parts = creator === undefined ? [] : pathNameParts(creator.qualified);
  if (creator === undefined || (parts[0] !== 'node-forge' && parts[0] !== 'forge') || parts[parts.length - 2] !== 'cipher') return;
  if (creator.name !== 'createCipher' && creator.name !== 'createDecipher') return;
  const config = objectLiteral(collector, positionalArgument(call, 0), 'object');
  const iv = config === undefined ? undefined : propertyOf(collector, config, 'iv');
  if (iv === undefined) return;
  collector.sinks.push({ iv, taker: call.node, direction: creator.name === 'createCipher' ? 'encrypt' : 'decrypt', key: receiver });
}

function isDigits(text: string | undefined): text is string {
  return text !== undefined && text !== '' && [...text].every((character) => character >= '0' && character <= '9');
}

/** `crypto.createCipheriv(alg, key, Buffer.alloc(16))` → `crypto.randomBytes(16)`, when the module is in scope. */
function nodeRandomBytesFix(code: CodeModel, call: CallSite, iv: SyntaxNode, constant: ConstantBytes): Fix | undefined {
  if (!writtenInline(constant) || constant.lengthText === undefined) return undefined;
  let randomBytes: string | undefined;
  if (call.receiver !== undefined) {
    randomBytes = `${compact(call.receiver.text)}.randomBytes`;
  } else {
    const direct = code.imports().find((binding) => binding.target === 'crypto.randomBytes');
    const namespace = code.imports().find((binding) => binding.target === 'crypto');
    randomBytes = direct?.local ?? (namespace === undefined ? undefined : `${namespace.local}.randomBytes`);
  }
  return randomBytes === undefined ? undefined : replaceWith(iv, `${randomBytes}(${constant.lengthText})`);
}

/** `{ name: 'AES-GCM', iv: new Uint8Array(12) }` → `iv: crypto.getRandomValues(new Uint8Array(12))`. */
function webCryptoFix(collector: Collector, iv: SyntaxNode, constant: ConstantBytes): Fix | undefined {
  if (!writtenInline(constant)) return undefined;
  const creation = collector.analyser().callAt(iv);
  if (creation === undefined || !creation.isConstructor || !JS_TYPED_ARRAYS.has(creation.name) || creation.name === 'ArrayBuffer') return undefined;
  return replaceWith(iv, `crypto.getRandomValues(${iv.text})`);
}

// ---------------------------------------------------------------------------------------------
// Python

/** PyCryptodome ciphers whose `new()` takes a key and a nonce, with no mode. */
const PYCRYPTODOME_STREAM: ReadonlySet<string> = new Set(['ChaCha20', 'XChaCha20', 'ChaCha20_Poly1305', 'Salsa20']);
const PYCRYPTODOME_BLOCK: ReadonlySet<string> = new Set(['AES', 'DES', 'DES3', 'Blowfish', 'CAST', 'ARC2']);
/** Modes whose nonce is optional and misuse-resistant (SIV), or that take none (ECB). */
const PYCRYPTODOME_NO_IV_MODES: ReadonlySet<string> = new Set(['MODE_ECB', 'MODE_SIV']);
const CRYPTOGRAPHY_IV_MODES: ReadonlySet<string> = new Set(['CBC', 'CFB', 'CFB8', 'OFB', 'CTR', 'GCM']);
const CRYPTOGRAPHY_AEADS: ReadonlySet<string> = new Set(['AESGCM', 'AESCCM', 'AESOCB3', 'ChaCha20Poly1305']);
const NACL_BOXES: ReadonlySet<string> = new Set(['SecretBox', 'Aead', 'XChaCha20Poly1305', 'Box']);
const PYTHON_ENCRYPTS: ReadonlySet<string> = new Set(['encrypt', 'encrypt_and_digest', 'encryptor']);
const PYTHON_DECRYPTS: ReadonlySet<string> = new Set(['decrypt', 'decrypt_and_verify', 'decryptor']);

function collectPython(collector: Collector): void {
  const { code, sinks } = collector;
  for (const call of code.calls()) {
    const parts = pathNameParts(call.qualified);
    const library = parts[0];
    if ((library === 'Crypto' || library === 'Cryptodome') && parts[1] === 'Cipher' && parts.length === 4 && parts[3] === 'new') {
      pycryptodomeSink(collector, call, parts[2] ?? '');
      continue;
    }
    if (library === 'cryptography' && parts[parts.length - 2] === 'modes' && CRYPTOGRAPHY_IV_MODES.has(call.name)) {
      const iv = namedArgument(call, 'initialization_vector', 'nonce') ?? positionalArgument(call, 0);
      const cipher = enclosingCall(collector, call.node);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: 'unknown', fix: pythonFixThrough(collector, cipher, iv) });
      continue;
    }
    if (library === 'cryptography' && endsWithParts(parts, 'algorithms', 'ChaCha20')) {
      const iv = namedArgument(call, 'nonce') ?? positionalArgument(call, 1);
      const cipher = enclosingCall(collector, call.node);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: 'unknown', fix: pythonFixThrough(collector, cipher, iv) });
      continue;
    }
    if ((call.name === 'encrypt' || call.name === 'decrypt') && call.receiver !== undefined) pythonAeadSink(collector, call, call.receiver);
  }
}

function pycryptodomeSink(collector: Collector, call: CallSite, cipher: string): void {
  const { code, sinks } = collector;
  let iv: SyntaxNode | undefined;
  if (PYCRYPTODOME_STREAM.has(cipher)) {
    iv = namedArgument(call, 'nonce') ?? positionalArgument(call, 1);
  } else if (PYCRYPTODOME_BLOCK.has(cipher)) {
    const mode = namedArgument(call, 'mode') ?? positionalArgument(call, 1);
    const modeName = mode === undefined ? undefined : pathNameParts(code.qualifiedName(mode) ?? '').at(-1);
    if (mode === undefined || (modeName !== undefined && PYCRYPTODOME_NO_IV_MODES.has(modeName))) return;
    iv = call.args.find((argument) => argument.name !== undefined && isIvName(argument.name))?.node ?? positionalArgument(call, 2);
  }
  if (iv === undefined) return;
  sinks.push({ iv, taker: call.node, direction: 'unknown', key: namedArgument(call, 'key') ?? positionalArgument(call, 0), fix: pythonFixThrough(collector, call.node, iv) });
}

/** `iv`, `IV` and `nonce` keyword names (CONTRACTS §7 security-value words). */
function isIvName(name: string): boolean {
  const words = nameWords(name);
  return words.length === 1 && (words[0] === 'iv' || words[0] === 'nonce');
}

/** `AESGCM(key).encrypt(nonce, data, aad)`, directly or through a variable; PyNaCl `SecretBox(key).encrypt(data, nonce)`. */
function pythonAeadSink(collector: Collector, call: CallSite, receiver: SyntaxNode): void {
  const constructor = collector.analyser().creatorOf(receiver);
  if (constructor === undefined) return;
  const parts = pathNameParts(constructor.qualified);
  const encrypts = call.name === 'encrypt';
  let iv: SyntaxNode | undefined;
  if (parts[0] === 'cryptography' && CRYPTOGRAPHY_AEADS.has(constructor.name)) iv = namedArgument(call, 'nonce') ?? positionalArgument(call, 0);
  else if (parts[0] === 'nacl' && NACL_BOXES.has(constructor.name)) iv = namedArgument(call, 'nonce') ?? positionalArgument(call, 1);
  if (iv === undefined || isNull(iv)) return;
  const ivNode = iv;
  collector.sinks.push({
    iv,
    taker: call.node,
    direction: encrypts ? 'encrypt' : 'decrypt',
    key: receiver,
    fix: encrypts ? (constant) => pythonUrandomFix(collector.code, ivNode, constant) : undefined,
  });
}

/** The call whose argument list holds `node`: `Cipher(algorithms.AES(key), modes.CBC(iv))` for the mode. */
function enclosingCall(collector: Collector, node: SyntaxNode): SyntaxNode | undefined {
  const list = node.parent;
  const call = list?.parent;
  return call !== null && call !== undefined && collector.analyser().callAt(call) !== undefined ? call : undefined;
}

/** A Python fix, offered only when the cipher object built at `object` is seen to encrypt. */
function pythonFixThrough(collector: Collector, object: SyntaxNode | undefined, iv: SyntaxNode): ((constant: ConstantBytes) => Fix | undefined) | undefined {
  if (object === undefined || directionOfObject(collector.code, object, PYTHON_ENCRYPTS, PYTHON_DECRYPTS) !== 'encrypt') return undefined;
  return (constant) => pythonUrandomFix(collector.code, iv, constant);
}

/** `b'\x00' * 16` → `os.urandom(16)`, when `os` is imported. */
function pythonUrandomFix(code: CodeModel, iv: SyntaxNode, constant: ConstantBytes): Fix | undefined {
  if (!writtenInline(constant) || constant.lengthText === undefined) return undefined;
  const os = code.imports().find((binding) => binding.target === 'os' && binding.local === 'os');
  return os === undefined ? undefined : replaceWith(iv, `os.urandom(${constant.lengthText})`);
}

// ---------------------------------------------------------------------------------------------
// Java

/** Parameter classes that carry an IV or nonce, and the argument that holds it. */
const JAVA_IV_SPECS: ReadonlyMap<string, { index: number; minimumArguments: number }> = new Map([
  ['IvParameterSpec', { index: 0, minimumArguments: 1 }],
  ['GCMParameterSpec', { index: 1, minimumArguments: 2 }],
  ['ChaCha20ParameterSpec', { index: 0, minimumArguments: 2 }],
  ['RC2ParameterSpec', { index: 1, minimumArguments: 2 }],
  // Bouncy Castle's lightweight API.
  ['ParametersWithIV', { index: 1, minimumArguments: 2 }],
  ['AEADParameters', { index: 2, minimumArguments: 3 }],
]);
const JAVA_ENCRYPT_MODES: ReadonlySet<string> = new Set(['ENCRYPT_MODE', 'WRAP_MODE']);
const JAVA_DECRYPT_MODES: ReadonlySet<string> = new Set(['DECRYPT_MODE', 'UNWRAP_MODE']);

function collectJava(collector: Collector): void {
  const { code, sinks } = collector;
  for (const call of code.calls()) {
    if (call.isConstructor) {
      const spec = JAVA_IV_SPECS.get(call.name);
      const iv = spec !== undefined && call.args.length >= spec.minimumArguments ? positionalArgument(call, spec.index) : undefined;
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: 'unknown' });
      continue;
    }
    if (call.name !== 'init' || call.args.length < 3) continue;
    const mode = pathNameParts(code.qualifiedName(positionalArgument(call, 0) ?? call.node) ?? '').at(-1) ?? '';
    const direction: Direction = JAVA_ENCRYPT_MODES.has(mode) ? 'encrypt' : JAVA_DECRYPT_MODES.has(mode) ? 'decrypt' : 'unknown';
    const specArgument = positionalArgument(call, 2);
    if (specArgument === undefined || direction === 'unknown') continue;
    // `cipher.init(ENCRYPT_MODE, key, new GCMParameterSpec(128, iv))`: the IV itself is what repeats.
    const inline = collector.analyser().callAt(specArgument);
    const spec = inline?.isConstructor ? JAVA_IV_SPECS.get(inline.name) : undefined;
    const iv = inline !== undefined && spec !== undefined ? positionalArgument(inline, spec.index) : specArgument;
    if (iv !== undefined) sinks.push({ iv, taker: call.node, direction, checkConstant: false, key: positionalArgument(call, 1) });
  }
}

// ---------------------------------------------------------------------------------------------
// C#

const DOTNET_SYMMETRIC_TYPES: ReadonlySet<string> = new Set([
  'Aes', 'AesManaged', 'AesCng', 'AesCryptoServiceProvider', 'Rijndael', 'RijndaelManaged', 'SymmetricAlgorithm',
  'TripleDES', 'TripleDESCng', 'TripleDESCryptoServiceProvider', 'DES', 'DESCryptoServiceProvider', 'RC2', 'RC2CryptoServiceProvider',
]);
const DOTNET_AEADS: ReadonlySet<string> = new Set(['AesGcm', 'AesCcm', 'ChaCha20Poly1305']);
const DOTNET_ONE_SHOT: ReadonlyMap<string, Direction> = new Map([
  ['EncryptCbc', 'encrypt'], ['EncryptCfb', 'encrypt'], ['DecryptCbc', 'decrypt'], ['DecryptCfb', 'decrypt'],
]);
const DOTNET_ENCRYPTS: ReadonlySet<string> = new Set(['CreateEncryptor', 'EncryptCbc', 'EncryptCfb']);
const DOTNET_DECRYPTS: ReadonlySet<string> = new Set(['CreateDecryptor', 'DecryptCbc', 'DecryptCfb']);
const DOTNET_BOUNCY_CASTLE: ReadonlyMap<string, number> = new Map([['ParametersWithIV', 1], ['AeadParameters', 2]]);

function collectCSharp(collector: Collector): void {
  const { code, sinks } = collector;
  for (const assignment of code.assignments()) {
    const inInitializer = assignment.node.parent?.type === 'initializer_expression';
    const owner = inInitializer ? assignment.node.parent?.parent : undefined;
    if (inInitializer && assignment.target === 'IV' && owner !== null && owner !== undefined) {
      const created = collector.analyser().callAt(owner);
      if (created !== undefined && DOTNET_SYMMETRIC_TYPES.has(created.name)) sinks.push({ iv: assignment.value, taker: assignment.node, direction: 'unknown' });
      continue;
    }
    const receiver = assignment.targetNode.type === 'member_access_expression' ? assignment.targetNode.childForFieldName('expression') : null;
    if (!assignment.target.endsWith('.IV') || receiver === null || !isDotnetSymmetric(collector, receiver)) continue;
    const receiverName = compact(receiver.text);
    const statement = assignment.node.parent?.type === 'expression_statement' ? assignment.node.parent : undefined;
    const encrypts = directionOfVariable(code, receiverName, code.enclosingFunction(assignment.node), DOTNET_ENCRYPTS, DOTNET_DECRYPTS) === 'encrypt';
    sinks.push({
      iv: assignment.value,
      taker: assignment.node,
      direction: 'unknown',
      // `aes.IV = new byte[16];` → `aes.GenerateIV();`, which sets a random IV of the right size.
      fix: encrypts && statement !== undefined
        ? (constant) => (writtenInline(constant) ? { title: FIX_TITLE, edits: [{ start: statement.startIndex, end: statement.endIndex, newText: `${receiverName}.GenerateIV();` }] } : undefined)
        : undefined,
    });
  }
  for (const call of code.calls()) {
    if (call.isConstructor) {
      const index = DOTNET_BOUNCY_CASTLE.get(call.name);
      const iv = index === undefined ? undefined : positionalArgument(call, index);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: 'unknown' });
      continue;
    }
    if ((call.name === 'CreateEncryptor' || call.name === 'CreateDecryptor') && call.args.length === 2) {
      const iv = namedArgument(call, 'rgbIV') ?? positionalArgument(call, 1);
      const key = namedArgument(call, 'rgbKey') ?? positionalArgument(call, 0);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: call.name === 'CreateEncryptor' ? 'encrypt' : 'decrypt', key });
      continue;
    }
    const oneShot = DOTNET_ONE_SHOT.get(call.name);
    if (oneShot !== undefined) {
      const iv = namedArgument(call, 'iv') ?? positionalArgument(call, 1);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: oneShot, key: call.receiver });
      continue;
    }
    if ((call.name === 'Encrypt' || call.name === 'Decrypt') && call.receiver !== undefined && isDotnetAead(collector, call.receiver)) {
      const iv = namedArgument(call, 'nonce') ?? positionalArgument(call, 0);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: call.name === 'Encrypt' ? 'encrypt' : 'decrypt', key: call.receiver });
    }
  }
}

function isDotnetSymmetric(collector: Collector, receiver: SyntaxNode): boolean {
  const type = dotnetTypeOf(collector.analyser(), receiver);
  return type !== undefined && DOTNET_SYMMETRIC_TYPES.has(type);
}

function isDotnetAead(collector: Collector, receiver: SyntaxNode): boolean {
  const type = dotnetTypeOf(collector.analyser(), receiver);
  return type !== undefined && DOTNET_AEADS.has(type);
}

/**
 * The class of the object a name holds: the type it was created from (`Aes.Create()`, `new
 * AesGcm(key)`), else the type it was declared with (a parameter, field or local).
 */
export function dotnetTypeOf(analyser: ConstantBytesAnalyser, receiver: SyntaxNode): string | undefined {
  const created = analyser.creatorOf(receiver);
  if (created === undefined) return analyser.declaredTypeOf(receiver);
  const parts = pathNameParts(created.qualified);
  return created.isConstructor ? created.name : created.name === 'Create' ? parts[parts.length - 2] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Go

const GO_STREAM_MODES: ReadonlyMap<string, Direction> = new Map([
  ['NewCBCEncrypter', 'encrypt'], ['NewCBCDecrypter', 'decrypt'], ['NewCFBEncrypter', 'encrypt'], ['NewCFBDecrypter', 'decrypt'],
  ['NewCTR', 'unknown'], ['NewOFB', 'unknown'],
]);
const GO_AEAD_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'crypto/cipher.NewGCM', 'crypto/cipher.NewGCMWithNonceSize', 'crypto/cipher.NewGCMWithTagSize',
  'golang.org/x/crypto/chacha20poly1305.New', 'golang.org/x/crypto/chacha20poly1305.NewX',
]);

function collectGo(collector: Collector): void {
  const { code, sinks } = collector;
  const importsAead = code.imports().some((binding) => binding.target === 'crypto/cipher' || binding.target === 'golang.org/x/crypto/chacha20poly1305');
  for (const call of code.calls()) {
    const split = call.qualified.lastIndexOf('.');
    const packagePath = split < 0 ? '' : call.qualified.slice(0, split);
    const streamMode = packagePath === 'crypto/cipher' ? GO_STREAM_MODES.get(call.name) : undefined;
    if (streamMode !== undefined) {
      const iv = positionalArgument(call, 1);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: streamMode, key: positionalArgument(call, 0) });
      continue;
    }
    if (call.qualified === 'golang.org/x/crypto/chacha20.NewUnauthenticatedCipher') {
      const iv = positionalArgument(call, 1);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: 'unknown', key: positionalArgument(call, 0) });
      continue;
    }
    if (packagePath === 'golang.org/x/crypto/nacl/secretbox' && (call.name === 'Seal' || call.name === 'Open')) {
      const iv = positionalArgument(call, 2);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: call.name === 'Seal' ? 'encrypt' : 'decrypt', key: positionalArgument(call, 3) });
      continue;
    }
    if ((call.name === 'Seal' || call.name === 'Open') && call.receiver !== undefined && call.args.length === 4 && isGoAead(collector, call.receiver, importsAead)) {
      const iv = positionalArgument(call, 1);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: call.name === 'Seal' ? 'encrypt' : 'decrypt', key: call.receiver });
    }
  }
}

/** An AEAD from `cipher.NewGCM(block)` or `chacha20poly1305.New(key)`; a field or parameter counts when the file imports one. */
function isGoAead(collector: Collector, receiver: SyntaxNode, importsAead: boolean): boolean {
  const definition = collector.code.nameOf(receiver) === undefined ? undefined : collector.analyser().definitionOf(receiver);
  const creator = definition?.value === undefined ? undefined : collector.analyser().callAt(definition.value);
  if (creator !== undefined) return GO_AEAD_CONSTRUCTORS.has(creator.qualified);
  return definition === undefined && importsAead;
}

// ---------------------------------------------------------------------------------------------
// PHP

/** Sodium functions and the positions of their nonce and key. */
const SODIUM_NONCES: ReadonlyMap<string, { nonce: number; key: number; direction: Direction }> = new Map([
  ['sodium_crypto_secretbox', { nonce: 1, key: 2, direction: 'encrypt' }],
  ['sodium_crypto_secretbox_open', { nonce: 1, key: 2, direction: 'decrypt' }],
  ['sodium_crypto_stream_xor', { nonce: 1, key: 2, direction: 'unknown' }],
  ['sodium_crypto_stream_xchacha20_xor', { nonce: 1, key: 2, direction: 'unknown' }],
  ['sodium_crypto_box', { nonce: 1, key: 2, direction: 'encrypt' }],
  ['sodium_crypto_box_open', { nonce: 1, key: 2, direction: 'decrypt' }],
]);
const SODIUM_AEAD_PREFIX = 'sodium_crypto_aead_';

function collectPhp(collector: Collector): void {
  const { code, sinks } = collector;
  for (const call of code.calls()) {
    if (call.isConstructor) continue;
    const name = call.name.toLowerCase();
    if (call.receiver !== undefined) {
      // phpseclib: `$cipher->setIV('…')`, `$cipher->setNonce('…')`.
      if (name === 'setiv' || name === 'setnonce') {
        const iv = positionalArgument(call, 0);
        if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: 'unknown' });
      }
      continue;
    }
    if (name === 'openssl_encrypt' || name === 'openssl_decrypt') {
      const iv = namedArgument(call, 'iv') ?? positionalArgument(call, 4);
      const method = namedArgument(call, 'cipher_algo', 'method') ?? positionalArgument(call, 1);
      if (iv === undefined || namesEcb(code, method)) continue;
      const encrypts = name === 'openssl_encrypt';
      sinks.push({
        iv,
        taker: call.node,
        direction: encrypts ? 'encrypt' : 'decrypt',
        key: namedArgument(call, 'passphrase') ?? positionalArgument(call, 2),
        fix: encrypts && method !== undefined ? (constant) => phpRandomBytesFix(collector, iv, method, constant) : undefined,
      });
      continue;
    }
    if (name === 'mcrypt_encrypt' || name === 'mcrypt_decrypt') {
      const iv = namedArgument(call, 'iv') ?? positionalArgument(call, 4);
      if (iv !== undefined && !namesEcb(code, namedArgument(call, 'mode') ?? positionalArgument(call, 3))) {
        sinks.push({ iv, taker: call.node, direction: name === 'mcrypt_encrypt' ? 'encrypt' : 'decrypt', key: namedArgument(call, 'key') ?? positionalArgument(call, 1) });
      }
      continue;
    }
    const sodium = SODIUM_NONCES.get(name) ?? sodiumAead(name);
    if (sodium !== undefined) {
      const iv = namedArgument(call, 'nonce') ?? positionalArgument(call, sodium.nonce);
      if (iv !== undefined) sinks.push({ iv, taker: call.node, direction: sodium.direction, key: namedArgument(call, 'key') ?? positionalArgument(call, sodium.key) });
    }
  }
}

/** `sodium_crypto_aead_<cipher>_encrypt($message, $ad, $nonce, $key)` and its decrypt. */
function sodiumAead(name: string): { nonce: number; key: number; direction: Direction } | undefined {
  if (!name.startsWith(SODIUM_AEAD_PREFIX)) return undefined;
  if (name.endsWith('_encrypt')) return { nonce: 2, key: 3, direction: 'encrypt' };
  if (name.endsWith('_decrypt')) return { nonce: 2, key: 3, direction: 'decrypt' };
  return undefined;
}

/** `openssl_encrypt($d, $m, $k, 0, '…')` → `random_bytes(openssl_cipher_iv_length($m))`, when `$m` is a plain name or literal. */
function phpRandomBytesFix(collector: Collector, iv: SyntaxNode, method: SyntaxNode, constant: ConstantBytes): Fix | undefined {
  if (!writtenInline(constant)) return undefined;
  const plain = collector.analyser().stringAt(method) !== undefined || method.type === 'variable_name' || method.type === 'name';
  return plain ? replaceWith(iv, `random_bytes(openssl_cipher_iv_length(${method.text}))`) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Ruby

const RUBY_ENCRYPTS: ReadonlySet<string> = new Set(['encrypt']);
const RUBY_DECRYPTS: ReadonlySet<string> = new Set(['decrypt']);

function collectRuby(collector: Collector): void {
  const { code, sinks } = collector;
  const mentionsCipher = code.root.text.includes('OpenSSL::Cipher');
  for (const assignment of code.assignments()) {
    const receiver = assignment.targetNode.type === 'call' ? assignment.targetNode.childForFieldName('receiver') : null;
    if (receiver === null || assignment.targetNode.childForFieldName('method')?.text !== 'iv') continue;
    const creator = collector.analyser().creatorOf(receiver);
    const isCipher = creator !== undefined ? creator.qualified.includes('Cipher') : mentionsCipher;
    if (!isCipher) continue;
    const receiverName = compact(receiver.text);
    const direction = creator?.name === 'encrypt' ? 'encrypt' : creator?.name === 'decrypt' ? 'decrypt'
      : directionOfVariable(code, receiverName, code.enclosingFunction(assignment.node), RUBY_ENCRYPTS, RUBY_DECRYPTS);
    sinks.push({
      iv: assignment.value,
      taker: assignment.node,
      direction: 'unknown',
      fix: direction === 'encrypt' ? (constant) => (writtenInline(constant) ? replaceWith(assignment.value, `${receiverName}.random_iv`) : undefined) : undefined,
    });
  }
  // RbNaCl: `RbNaCl::SecretBox.new(key).encrypt(nonce, message)`.
  for (const call of code.calls()) {
    if ((call.name !== 'encrypt' && call.name !== 'decrypt') || call.receiver === undefined) continue;
    const creator = collector.analyser().creatorOf(call.receiver);
    if (creator === undefined || !creator.qualified.startsWith('RbNaCl.') || creator.name !== 'new') continue;
    const iv = positionalArgument(call, 0);
    if (iv !== undefined && call.args.length >= 2) sinks.push({ iv, taker: call.node, direction: call.name === 'encrypt' ? 'encrypt' : 'decrypt', key: call.receiver });
  }
}

// ---------------------------------------------------------------------------------------------
// Reuse: one IV for two encryptions under one key

/** Node types that make what they contain run only sometimes, so two calls on either side may never both run. */
const BRANCH_TYPES: ReadonlySet<string> = new Set([
  'if_statement', 'else_clause', 'elif_clause', 'switch_statement', 'switch_case', 'switch_section', 'switch_block_statement_group',
  'case_clause', 'conditional_expression', 'ternary_expression', 'if', 'elsif', 'else', 'unless', 'when', 'case', 'expression_case',
  'default_case', 'type_case', 'match_statement', 'catch_clause', 'if_modifier', 'unless_modifier', 'conditional', 'match_expression',
]);

/** Whether a branch separates two nodes: one of them sits in a conditional part the other is not in. */
function separatedByBranch(first: SyntaxNode, second: SyntaxNode): boolean {
  const ancestors = new Map<number, SyntaxNode>();
  for (let node: SyntaxNode | null = first; node !== null; node = node.parent) ancestors.set(node.id, node);
  let common: SyntaxNode | null = second;
  while (common !== null && !ancestors.has(common.id)) common = common.parent;
  if (common === null) return true;
  const crossesBranch = (from: SyntaxNode): boolean => {
    for (let node: SyntaxNode | null = from; node !== null && node.id !== common.id; node = node.parent) if (BRANCH_TYPES.has(node.type)) return true;
    return false;
  };
  return crossesBranch(first) || crossesBranch(second);
}

/** Node types whose body runs many times. */
const LOOP_TYPES: ReadonlySet<string> = new Set([
  'for_statement', 'for_in_statement', 'for_of_statement', 'while_statement', 'do_statement', 'enhanced_for_statement',
  'foreach_statement', 'for', 'while', 'until', 'list_comprehension', 'generator_expression', 'set_comprehension',
  'dictionary_comprehension',
]);

/** A repeated use of one IV: the later use, and the earlier use or the definition outside a loop. */
interface Reuse {
  readonly sink: IvSink;
  readonly earlier: SyntaxNode;
  readonly earlierMessage: string;
}

/**
 * Encryptions that take one IV variable under one key (or keyed cipher object) in one function:
 * two calls whose names resolve to the same definitions with nothing writing the IV in between,
 * or one call inside a loop whose IV and key are both set before the loop and never written in it.
 */
function reusedIvs(collector: Collector, constantSinks: ReadonlySet<IvSink>): Reuse[] {
  // The analyser is read from the collector only when there is a sink to look at: building it indexes the whole file.
  const { code } = collector;
  const groups = new Map<string, IvSink[]>();
  const reused: Reuse[] = [];
  for (const sink of collector.sinks) {
    if (sink.direction !== 'encrypt' || sink.key === undefined || constantSinks.has(sink)) continue;
    const iv = collector.analyser().unwrap(sink.iv);
    const key = collector.analyser().unwrap(sink.key);
    if (code.nameOf(iv) === undefined || code.nameOf(key) === undefined) continue;
    const scope = code.enclosingFunction(sink.taker);
    if (scope === undefined) continue;
    const ivDefinition = collector.analyser().definitionOf(iv);
    const keyDefinition = collector.analyser().definitionOf(key);
    const identity = [scope.id, compact(iv.text), ivDefinition?.node.id ?? '-', compact(key.text), keyDefinition?.node.id ?? '-'].join('|');
    const group = groups.get(identity) ?? [];
    group.push(sink);
    groups.set(identity, group);
    // A parameter or other name set outside the function holds one value for the whole loop too,
    // unless it is a member that a call in the loop could change.
    const loop = enclosingLoop(sink.taker, scope);
    const definedOutside = (definition: Definition | undefined, node: SyntaxNode): boolean =>
      definition === undefined ? node.namedChildCount === 0 : !within(definition.node, loop);
    if (loop !== undefined && definedOutside(ivDefinition, iv) && definedOutside(keyDefinition, key) && !collector.analyser().writesBetween(iv, loop.startIndex, loop.endIndex)) {
      reused.push(ivDefinition === undefined
        ? { sink, earlier: loop, earlierMessage: 'This loop encrypts with the same IV or nonce on every pass.' }
        : { sink, earlier: ivDefinition.node, earlierMessage: 'The IV or nonce is set here, once, before the loop.' });
    }
  }
  for (const group of groups.values()) {
    const [first, ...later] = group;
    if (first === undefined) continue;
    for (const sink of later) {
      if (separatedByBranch(first.taker, sink.taker)) continue;
      if (collector.analyser().writesBetween(collector.analyser().unwrap(sink.iv), first.taker.endIndex, sink.taker.startIndex)) continue;
      reused.push({ sink, earlier: first.iv, earlierMessage: 'The IV or nonce is first used here.' });
    }
  }
  return reused.sort((a, b) => a.sink.iv.startIndex - b.sink.iv.startIndex);
}

/** The innermost loop around `node` inside its function. */
function enclosingLoop(node: SyntaxNode, scope: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current !== null && current.id !== scope.id; current = current.parent) {
    if (LOOP_TYPES.has(current.type)) return current;
  }
  return undefined;
}

function within(node: SyntaxNode, container: SyntaxNode | undefined): boolean {
  return container !== undefined && node.startIndex >= container.startIndex && node.endIndex <= container.endIndex;
}

// ---------------------------------------------------------------------------------------------
// Check

const COLLECTORS: Readonly<Partial<Record<CodeModel['language'], (collector: Collector) => void>>> = {
  javascript: collectJavaScript,
  typescript: collectJavaScript,
  tsx: collectJavaScript,
  python: collectPython,
  java: collectJava,
  csharp: collectCSharp,
  go: collectGo,
  php: collectPhp,
  ruby: collectRuby,
};

function check(context: RuleContext): void {
  const code = context.code;
  const collect = code === undefined ? undefined : COLLECTORS[code.language];
  if (code === undefined || collect === undefined) return;
  const takers = new Set<number>();
  const collector: Collector = {
    code,
    ...onFirstUse(code, takers),
    sinks: [],
  };
  collect(collector);
  for (const sink of collector.sinks) takers.add(sink.taker.id);
  const reported = new Set<string>();
  const constantSinks = new Set<IvSink>();
  for (const sink of collector.sinks) {
    if (sink.checkConstant === false) continue;
    const constant = collector.analyser().constantAt(sink.iv);
    if (constant === undefined || isEmpty(constant)) continue;
    constantSinks.add(sink);
    const key = `${sink.iv.startIndex}:${sink.iv.endIndex}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const fix = sink.fix?.(constant);
    const related: RelatedLocation[] = constant.definition !== undefined ? [{ range: rangeOf(constant.definition), message: 'The IV or nonce is set here.' }] : [];
    context.report({ range: rangeOf(sink.iv), message: MESSAGES[constant.kind], ...(fix ? { fix } : {}), ...(related.length > 0 ? { related } : {}) });
  }
  for (const { sink, earlier, earlierMessage } of reusedIvs(collector, constantSinks)) {
    const key = `${sink.iv.startIndex}:${sink.iv.endIndex}`;
    if (reported.has(key)) continue;
    reported.add(key);
    context.report({ range: rangeOf(sink.iv), message: MESSAGES.reused, confidence: 'medium', related: [{ range: rangeOf(earlier), message: earlierMessage }] });
  }
}

export const staticIv: Rule = {
  meta: {
    id: 'crypto/static-iv',
    title: 'Constant, zero or reused IV or nonce',
    area: 'crypto',
    severity: 'high',
    confidence: 'high',
    cwe: [329, 1204],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: ['cryptography#the-base-principles', 'maintained-by-default#commodity-technical-maintenance'],
    basis: 'principle',
    why:
      'A fixed or repeated IV makes equal plaintexts encrypt alike, and a repeated nonce in CTR, GCM or ChaCha20 exposes the plaintexts and allows forgery. ' +
      'MoJ guidance expects existing algorithms to be used properly (Cryptography: The base principles), and NCSC and industry guidance call for a fresh IV or nonce for every encryption.',
    howToFix:
      'Generate a new IV or nonce for every encryption with a secure random generator (crypto.randomBytes, os.urandom, SecureRandom, RandomNumberGenerator, crypto/rand, random_bytes, cipher.random_iv) and store it beside the ciphertext; decrypt with the IV stored with each message.',
    // A random IV must travel with the ciphertext and the decrypting side must read it from there,
    // so no fix is applied without a person choosing it.
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    // Every sink's file names a cipher, encryption, an IV or a nonce, or one of these libraries.
    prefilter: ['iv', 'nonce', 'crypt', 'cipher', 'aead', 'nacl', 'secretbox', 'sodium'],
    examples: {
      javascript: "const iv = crypto.randomBytes(12);\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, iv);",
      typescript: "const iv = crypto.randomBytes(12);\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, iv);",
      tsx: "const iv = crypto.getRandomValues(new Uint8Array(12));\nawait crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);",
      python: 'nonce = os.urandom(12)\nciphertext = AESGCM(key).encrypt(nonce, data, None)',
      java: 'byte[] iv = new byte[12];\nnew SecureRandom().nextBytes(iv);\ncipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));',
      csharp: 'aes.GenerateIV();\nusing var encryptor = aes.CreateEncryptor();',
      go: 'nonce := make([]byte, gcm.NonceSize())\nif _, err := io.ReadFull(rand.Reader, nonce); err != nil {\n\treturn nil, err\n}\nsealed := gcm.Seal(nonce, nonce, plaintext, nil)',
      php: "$iv = random_bytes(openssl_cipher_iv_length('aes-256-cbc'));\n$ciphertext = openssl_encrypt($data, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, $iv);",
      ruby: "cipher = OpenSSL::Cipher.new('aes-256-gcm').encrypt\ncipher.key = key\niv = cipher.random_iv",
    },
  },
  check,
};
