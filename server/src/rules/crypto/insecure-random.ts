/**
 * crypto/insecure-random: a non-cryptographic random generator whose output becomes a security
 * value (CONTRACTS §7): a token, password, key, salt, nonce, session or reset code, or a value
 * handed to a crypto, authentication or cookie API.
 *
 * Each language contributes its generators ("sources"): functions whose call is a random value
 * (`Math.random()`, `random.choice(...)`, `mt_rand()`, `$RANDOM`) and generator objects whose
 * method calls are (`new Random()`, `random.Random()`, `rand.New(...)`). The value is then
 * followed outwards through expressions, variables, return values and helper functions (see
 * `FlowTracer`) until something names it: a variable, key or parameter named as a security
 * value, a sink API, or a use that shows it is not one (a delay, a comparison, a size given to a
 * secure generator). Only values that end up as security values are reported, so UI shuffles,
 * jitter, sampling and test data stay quiet. Also quiet: values made in a function named for a
 * MIME boundary or a delimiter, Python `random` imported only as the `except ImportError` fallback
 * for the same name from `secrets`, and calls such as `crypto.getRandomValues` on a platform
 * object, which never reach a same-named fallback function the file defines.
 */
import { isSecurityValueName, nameWords, safeRegex } from '../../engine/contract';
import type {
  Argument,
  CallSite,
  CodeLanguage,
  CodeModel,
  Confidence,
  FixSafety,
  KeyValue,
  Rule,
  RuleContext,
  SyntaxNode,
  TextEdit,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Names

/**
 * Words naming a value that is not a secret even when a security word sits beside it: a
 * `sessionTimeout`, a `tokenLength`, a `resetDelay`, a `jitter`, a colour or a sample.
 */
const NOT_SECURITY_WORDS: ReadonlySet<string> = new Set([
  'jitter', 'delay', 'backoff', 'sleep', 'timeout', 'wait', 'interval', 'duration', 'ttl', 'expiry', 'expires', 'retry', 'retries',
  'colour', 'color', 'hue', 'shuffle', 'shuffled', 'sample', 'sampling', 'rate', 'angle', 'speed', 'weight', 'dice', 'roll',
  'score', 'latency', 'opacity', 'rotation', 'animation', 'particle', 'port', 'width', 'height', 'size', 'length', 'len',
  'count', 'limit', 'percent', 'probability', 'chance', 'temperature', 'position', 'offset',
]);

type NameClass = 'security' | 'not' | 'neutral';

/**
 * Words this rule adds to the shared security-value names: a PIN or passcode is a secret, and a
 * value written to a cookie is a session value.
 */
const EXTRA_SECURITY_WORDS: ReadonlySet<string> = new Set(['pin', 'passcode', 'cookie', 'cookies']);

function classifyName(name: string): NameClass {
  const words = nameWords(name);
  if (words.some((word) => NOT_SECURITY_WORDS.has(word))) return 'not';
  if (isSecurityValueName(name) || words.some((word) => EXTRA_SECURITY_WORDS.has(word))) return 'security';
  return 'neutral';
}

// ---------------------------------------------------------------------------------------------
// Verdicts

interface Verdict {
  readonly kind: 'security' | 'not' | 'unknown';
  /** What made it a security value, for the message: `named resetToken`, `passed to res.cookie`. */
  readonly reason?: string;
}

const NOT: Verdict = { kind: 'not' };
const UNKNOWN: Verdict = { kind: 'unknown' };

function security(reason: string): Verdict {
  return { kind: 'security', reason };
}

/** Several uses of one value: any security use decides; otherwise any use we could not judge. */
function combine(verdicts: readonly Verdict[]): Verdict {
  return verdicts.find((verdict) => verdict.kind === 'security') ?? verdicts.find((verdict) => verdict.kind === 'unknown') ?? NOT;
}

function fromName(name: string, reason: string): Verdict | undefined {
  const kind = classifyName(name);
  if (kind === 'security') return security(reason);
  return kind === 'not' ? NOT : undefined;
}

// ---------------------------------------------------------------------------------------------
// Sinks: crypto, authentication and cookie APIs

/** Function and method names whose arguments are keys, IVs, salts, secrets or cookies, lower-cased. */
const SINK_FUNCTIONS: ReadonlySet<string> = new Set([
  'cookie', 'setcookie', 'set_cookie', 'setrawcookie', 'addcookie', 'set_signed_cookie', 'appendcookie',
  'createcipheriv', 'createdecipheriv', 'createhmac', 'createsecretkey', 'pbkdf2', 'pbkdf2sync', 'scrypt', 'scryptsync', 'hkdf',
  'hkdfsync', 'pbkdf2_hmac', 'hash_hmac', 'hash_pbkdf2', 'openssl_encrypt', 'openssl_decrypt', 'openssl_pbkdf2',
  'newcbcencrypter', 'newcbcdecrypter', 'newctr', 'newcfbencrypter', 'newcfbdecrypter', 'newofb', 'newcipher',
  'hmacshakeyfor', 'signwith', 'signedstring', 'hashpw', 'password_hash',
]);

/** Constructors whose arguments are keys, IVs, salts or cookies. */
const SINK_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'ivparameterspec', 'secretkeyspec', 'gcmparameterspec', 'pbekeyspec', 'pbeparameterspec', 'chacha20parameterspec',
  'rfc2898derivebytes', 'symmetricsecuritykey', 'keyparameter', 'parameterswithiv', 'cookie', 'httpcookie',
]);

/** Receivers whose `sign`/`encode`/`hash`/`new` take a secret: JWT libraries, bcrypt, hmac, ciphers. */
const SINK_RECEIVERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['jwt', new Set(['sign', 'encode'])],
  ['jsonwebtoken', new Set(['sign'])],
  ['jose', new Set(['sign', 'encode'])],
  ['bcrypt', new Set(['hash', 'hashsync', 'hashpw'])],
  ['bcryptjs', new Set(['hash', 'hashsync'])],
  ['hmac', new Set(['new', 'digest', 'hexdigest'])],
  ['aes', new Set(['new'])],
  ['chacha20', new Set(['new'])],
  ['chacha20_poly1305', new Set(['new'])],
]);

/** Python `cryptography` modes and algorithms, whose argument is the IV or key. */
const PYTHON_CIPHER_PARTS: ReadonlySet<string> = new Set(['CBC', 'CTR', 'CFB', 'OFB', 'GCM', 'XTS', 'AES', 'ChaCha20', 'Fernet']);

/** Consumers that take the value as a size, a delay or a count: the result is not the random value. */
const SIZE_CONSUMERS: ReadonlySet<string> = new Set([
  'randombytes', 'randomint', 'randomuuid', 'getrandomvalues', 'token_hex', 'token_bytes', 'token_urlsafe', 'urandom',
  'random_bytes', 'random_int', 'randbelow', 'randbits', 'range', 'repeat', 'padstart', 'padend', 'bytearray', 'make',
  'sleep', 'usleep', 'settimeout', 'setinterval', 'delay', 'wait', 'alloc', 'allocunsafe',
]);

function sinkOf(call: CallSite, code: CodeModel): string | undefined {
  const name = call.name.toLowerCase();
  const parts = call.qualified.split('::').join('.').split('->').join('.').split('\\').join('.').split('.');
  const receiverName = (parts[parts.length - 2] ?? '').toLowerCase().replace('$', '');
  const label = call.callee;
  if (call.isConstructor) return SINK_CONSTRUCTORS.has(name) ? label : undefined;
  if (SINK_FUNCTIONS.has(name)) return label;
  if (SINK_RECEIVERS.get(receiverName)?.has(name) === true) return label;
  if (code.language === 'python' && PYTHON_CIPHER_PARTS.has(call.name) && parts.includes('cryptography')) return label;
  if (code.language === 'go' && call.qualified === 'net/http.SetCookie') return label;
  // `cookies.set(...)`, `Response.Cookies.Append(...)`.
  if (receiverName.includes('cookie') && (name === 'set' || name === 'append' || name === 'add' || name === 'put')) return label;
  return undefined;
}

function isSizeConsumer(call: CallSite): boolean {
  const receiver = call.receiver?.text ?? '';
  return SIZE_CONSUMERS.has(call.name.toLowerCase()) || receiver === 'SecureRandom' || call.qualified.startsWith('crypto/rand.');
}

// ---------------------------------------------------------------------------------------------
// Following a value

/** Node types that end an expression: past them a value is no longer being passed on. */
const STATEMENT_TYPES: ReadonlySet<string> = new Set([
  'expression_statement', 'block', 'program', 'module', 'source_file', 'compilation_unit', 'class_body', 'declaration_list',
  'statement_block', 'compound_statement', 'if_statement', 'while_statement', 'for_statement', 'for_in_statement',
  'do_statement', 'switch_statement', 'class_declaration', 'class_definition', 'function_definition', 'body_statement',
  'then', 'else', 'do', 'begin', 'case', 'when', 'if', 'unless', 'while', 'until', 'for', 'local_declaration_statement',
  'lexical_declaration', 'variable_declaration', 'field_declaration', 'var_declaration', 'const_declaration', 'block_body',
]);

const RETURN_TYPES: ReadonlySet<string> = new Set(['return_statement', 'return']);

/** Function-like nodes whose body expression is their value: arrow functions and lambdas. */
const EXPRESSION_BODIED: ReadonlySet<string> = new Set(['arrow_function', 'lambda', 'lambda_expression']);

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['<', '>', '<=', '>=', '==', '!=', '===', '!==', '<=>', '-lt', '-gt', '-le', '-ge', '-eq', '-ne']);

/** Nodes that hold text and values side by side, where `name=` before the value names it. */
const TEXT_HOLDER = safeRegex('string|template|interpol|substitution|encapsed|concatenat|binary');

/** How many jumps (to a variable's uses, to a function's callers) one value may take. */
const MAX_DEPTH = 4;
/** How many uses of one variable are followed. */
const MAX_USES = 25;
/** Tree steps one file may spend following values. */
const MAX_STEPS = 20_000;

/** Methods that add their argument to the receiver: the receiver then carries the value. */
const COLLECTING_METHODS: ReadonlySet<string> = new Set([
  'append', 'push', 'add', 'extend', 'insert', 'write', 'unshift', 'appendleft', 'Append', 'Add', 'Write', 'WriteByte', 'WriteString', 'WriteRune',
]);

/** Identifier-like node types a variable use can have. */
const USE_TYPES: ReadonlySet<string> = new Set([
  'identifier', 'member_expression', 'attribute', 'field_access', 'member_access_expression', 'variable_name',
  'instance_variable', 'selector_expression', 'this_expression', 'scoped_identifier', 'subscript_expression',
  'element_reference', 'simple_expansion', 'expansion', 'class_variable', 'global_variable',
]);

interface Consumed {
  readonly call: CallSite;
  readonly argument: Argument;
  readonly index: number;
}

/**
 * Follows a value outwards from the node that produces it and says whether it becomes a
 * security value. Each step up the tree either decides (a name, a sink, a comparison), moves
 * on (an expression built from the value), or jumps (a variable's later uses, a helper
 * function's call sites), up to a small depth.
 */
class FlowTracer {
  private readonly consumers = new Map<number, Consumed>();
  private readonly receivers = new Map<number, CallSite>();
  private readonly pairs = new Map<number, KeyValue>();
  private readonly callsByName = new Map<string, CallSite[]>();
  private readonly literals = new Map<number, string>();
  private readonly names = new Map<string, readonly SyntaxNode[]>();
  private topLevel: TopLevel | undefined;
  /** Verdicts already worked out for a variable in a scope or for a function, so shared helpers are followed once. */
  private readonly memo = new Map<string, Verdict>();
  /** Steps left: a pathological file gives up (as "unknown") rather than taking long. */
  private budget = MAX_STEPS;

  private indexed = false;

  /** Takes the whole file's model: values are traced through helpers and constructors anywhere in it. */
  constructor(
    private readonly code: CodeModel,
    /** The document's text, where the names a traced variable is spelled with are looked for. */
    private readonly source: string,
  ) {}

  /** Built on first use: most files have no randomness source to trace. */
  private index(): void {
    if (this.indexed) return;
    this.indexed = true;
    const code = this.code;
    for (const literal of code.strings()) this.literals.set(literal.node.id, literal.value);
    for (const call of code.calls()) {
      call.args.forEach((argument, index) => this.consumers.set(argument.node.id, { call, argument, index }));
      if (call.receiver !== undefined) this.receivers.set(call.receiver.id, call);
      const list = this.callsByName.get(call.name) ?? [];
      list.push(call);
      this.callsByName.set(call.name, list);
    }
    for (const pair of code.keyValues()) this.pairs.set(pair.value.id, pair);
  }

  /** The calls made on a receiver node, e.g. `rng.nextInt()` for `rng`. */
  callOn(receiver: SyntaxNode): CallSite | undefined {
    this.index();
    return this.receivers.get(receiver.id);
  }

  consumerOf(node: SyntaxNode): Consumed | undefined {
    this.index();
    return this.consumers.get(node.id);
  }

  flow(start: SyntaxNode, depth = 0): Verdict {
    this.index();
    let current = start;
    for (;;) {
      if (--this.budget < 0) return UNKNOWN;
      const consumed = this.consumers.get(current.id);
      if (consumed !== undefined) {
        const verdict = this.argumentVerdict(consumed, depth);
        if (verdict !== undefined) return verdict;
        current = consumed.call.node;
        continue;
      }
      const method = this.receivers.get(current.id);
      if (method !== undefined && method.node.id !== current.id) {
        // `Math.random().toString(36)`: the result still carries the value.
        current = method.node;
        continue;
      }
      const pair = this.pairs.get(current.id);
      if (pair !== undefined) return this.pairVerdict(pair);
      const parent = current.parent;
      if (parent === null) return UNKNOWN;
      const decided = this.stepVerdict(parent, current, depth);
      if (decided !== undefined) return decided;
      current = parent;
    }
  }

  /** What the parent of the value does with it, when that decides the question. */
  private stepVerdict(parent: SyntaxNode, current: SyntaxNode, depth: number): Verdict | undefined {
    const assigned = this.assignmentVerdict(parent, current, depth);
    if (assigned !== undefined) return assigned;
    if (RETURN_TYPES.has(parent.type)) return this.returnVerdict(this.code.enclosingFunction(parent), depth);
    // An anonymous callback's result goes wherever the callback goes, so only a named one decides.
    if (this.isExpressionBody(parent, current) && functionName(parent) !== undefined) return this.returnVerdict(parent, depth);
    if (this.code.language === 'ruby') {
      // A Ruby method or block gives back its last expression.
      const owner = parent.type === 'body_statement' || parent.type === 'block_body' ? parent.parent : null;
      const last = owner !== null && parent.lastNamedChild?.id === current.id;
      if (last && isRubyMethod(owner)) return this.returnVerdict(owner ?? undefined, depth);
      if (last || parent.type === 'block' || parent.type === 'do_block') return undefined;
    }
    if (isCondition(parent, current) || isComparison(parent)) return NOT;
    if (TEXT_HOLDER.test(parent.type)) {
      const label = labelBefore(parent.text.slice(0, current.startIndex - parent.startIndex));
      const verdict = label === undefined ? undefined : fromName(label, `written as ${label}`);
      if (verdict !== undefined) return verdict;
    }
    if (STATEMENT_TYPES.has(parent.type) || parent.type.endsWith('_statement')) return UNKNOWN;
    return undefined;
  }

  private argumentVerdict(consumed: Consumed, depth: number): Verdict | undefined {
    const { call, argument } = consumed;
    if (argument.name !== undefined) {
      const named = fromName(argument.name, `passed as ${argument.name}`);
      if (named !== undefined) return named;
    }
    const sink = sinkOf(call, this.code);
    if (sink !== undefined) return security(`passed to ${sink}`);
    if (isSizeConsumer(call)) return NOT;
    // A function named for what it receives: `sendOtp(user, code)`, `setSessionToken(value)`.
    if (classifyName(call.name) === 'security') return security(`passed to ${call.callee}`);
    // `localStorage.setItem('authToken', value)`, `session.setAttribute("csrf", value)`.
    for (const [index, other] of call.args.entries()) {
      if (index === consumed.index) continue;
      const label = this.literalText(other.node);
      const verdict = label === undefined ? undefined : fromName(label, `stored as "${label}"`);
      if (verdict?.kind === 'security') return verdict;
    }
    // `parts.append(value)`, `sb.append(value)`: the value joins a collection that is followed in turn.
    const receiver = call.receiver;
    if (receiver !== undefined && COLLECTING_METHODS.has(call.name) && USE_TYPES.has(receiver.type)) {
      return fromName(receiver.text, `named ${receiver.text}`) ?? (depth >= MAX_DEPTH ? UNKNOWN : this.usesVerdict(receiver, depth + 1));
    }
    // A shell option naming the value: `--password "$RANDOM"`.
    const previous = call.args[consumed.index - 1]?.node.text ?? '';
    if (this.code.language === 'shell' && previous.startsWith('-')) return fromName(previous, `passed as ${previous}`);
    return undefined;
  }

  private literalText(node: SyntaxNode): string | undefined {
    this.index();
    return this.literals.get(node.id);
  }

  /** A verdict computed once per key; a key met again while it is being worked out (recursion) is unknown. */
  private memoised(key: string, compute: () => Verdict): Verdict {
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    this.memo.set(key, UNKNOWN);
    const verdict = compute();
    this.memo.set(key, verdict);
    return verdict;
  }

  private pairVerdict(pair: KeyValue): Verdict {
    // React's `key` prop identifies a list item; it is not a secret key.
    if (pair.node.type === 'jsx_attribute') return pair.key === 'key' ? NOT : fromName(pair.key, `stored as ${pair.key}`) ?? NOT;
    const named = fromName(pair.key, `stored as ${pair.key}`);
    if (named !== undefined) return named;
    // Go `http.Cookie{Name: "sid", Value: v}`: a field of a cookie type is a cookie value whatever its name.
    const container = pair.node.parent?.parent;
    const type = container?.childForFieldName('type')?.text ?? '';
    if (type.endsWith('Cookie')) return security(`stored in a ${type}`);
    return NOT;
  }

  /** `token = value`, `const token = value`, `token += value`, Go `token := value`, C# `var token = value`. */
  private assignmentVerdict(parent: SyntaxNode, current: SyntaxNode, depth: number): Verdict | undefined {
    const target = assignmentTarget(parent, current);
    if (target === undefined) return undefined;
    const text = target.text;
    const named = fromName(text, `named ${text}`);
    if (named !== undefined) return named;
    if (depth >= MAX_DEPTH) return UNKNOWN;
    // `b[i] = letters[...]`, `$chars[] = ...`: the value becomes part of the collection.
    const collection = SUBSCRIPT_TYPES.has(target.type) ? subscriptBase(target) : undefined;
    return this.usesVerdict(collection ?? target, depth + 1);
  }

  /** A buffer or collection the generator filled in place, followed from where it was filled. */
  follow(buffer: SyntaxNode): Verdict {
    return fromName(buffer.text, `named ${buffer.text}`) ?? this.usesVerdict(buffer, 1);
  }

  /** Where a variable goes after it is assigned: each later use in its scope, followed in turn. */
  private usesVerdict(target: SyntaxNode, depth: number): Verdict {
    const text = target.text;
    const local = !text.includes('.') && !text.startsWith('@') && !text.startsWith('$this');
    const scope = (local ? this.code.enclosingFunction(target) : undefined) ?? this.code.root;
    return this.memoised(`uses:${scope.id}:${text}:${local ? target.startIndex : 0}`, () => this.collectUses(target, scope, local, depth));
  }

  private collectUses(target: SyntaxNode, scope: SyntaxNode, local: boolean, depth: number): Verdict {
    const uses: Verdict[] = [];
    for (const node of this.namesSpelled(target.text)) {
      if (uses.length >= MAX_USES) break;
      if (node.startIndex < scope.startIndex || node.endIndex > scope.endIndex) continue;
      if (local && node.startIndex <= target.startIndex) continue;
      if (node.id !== target.id && !isAssignmentTarget(node)) uses.push(this.flow(node, depth));
    }
    return combine(uses);
  }

  /** Identifier-like nodes spelled `text`, found once per text. */
  private namesSpelled(text: string): readonly SyntaxNode[] {
    let nodes = this.names.get(text);
    if (nodes === undefined) {
      this.topLevel ??= new TopLevel(this.code.root);
      nodes = namesSpelledIn(this.code.root, this.topLevel, this.source, text);
      this.names.set(text, nodes);
    }
    return nodes;
  }

  /** A value returned from a function: its name decides, else the places that call it. */
  private returnVerdict(fn: SyntaxNode | undefined, depth: number): Verdict {
    const name = fn === undefined ? undefined : functionName(fn);
    if (fn === undefined || name === undefined) return UNKNOWN;
    const named = fromName(name, `returned by ${name}`);
    if (named !== undefined) return named;
    if (depth >= MAX_DEPTH) return UNKNOWN;
    return this.memoised(`function:${fn.id}`, () => this.callersVerdict(fn, name, depth));
  }

  private callersVerdict(fn: SyntaxNode, name: string, depth: number): Verdict {
    // `crypto.getRandomValues(bytes)` calls the platform, not a same-named fallback the file defines.
    this.index();
    const callers = (this.callsByName.get(name) ?? []).filter(
      (call) => !(call.node.startIndex >= fn.startIndex && call.node.endIndex <= fn.endIndex) && !(call.receiver !== undefined && PLATFORM_RECEIVERS.has(call.receiver.text)),
    );
    return callers.length === 0 ? UNKNOWN : combine(callers.map((call) => this.flow(call.node, depth + 1)));
  }

  private isExpressionBody(parent: SyntaxNode, current: SyntaxNode): boolean {
    if (parent.type === 'arrow_expression_clause') return true;
    return EXPRESSION_BODIED.has(parent.type) && parent.childForFieldName('body')?.id === current.id;
  }
}

/** Built-in objects whose methods are never the file's own functions of the same name. */
const PLATFORM_RECEIVERS: ReadonlySet<string> = new Set([
  'crypto', 'window.crypto', 'self.crypto', 'globalThis.crypto', 'Math', 'JSON', 'Object', 'Array', 'Reflect', 'console', 'document', 'window',
]);

/** The node an assignment-like parent stores `current` into, or undefined when `current` is not its value. */
function assignmentTarget(parent: SyntaxNode, current: SyntaxNode): SyntaxNode | undefined {
  let holder = parent;
  let value = current;
  // C# `var token = value;` keeps the value in an equals_value_clause.
  if (holder.type === 'equals_value_clause' && holder.parent !== null) {
    value = holder;
    holder = holder.parent;
    if (holder.type === 'variable_declarator') return holder.namedChild(0) ?? undefined;
  }
  // Go `a, token := x, value`: the target at the same position in the left-hand list.
  if (holder.type === 'expression_list' && holder.parent !== null) {
    const index = holder.namedChildren.findIndex((child) => child?.id === value.id);
    const statement = holder.parent;
    const right = statement.childForFieldName('right') ?? statement.childForFieldName('value');
    if (right?.id !== holder.id) return undefined;
    const left = statement.childForFieldName('left') ?? statement.childForFieldName('name');
    if (left === null) return undefined;
    return left.type === 'expression_list' ? left.namedChild(index) ?? undefined : left;
  }
  if (holder.type === 'arrow_expression_clause' || holder.type === 'property_declaration') return undefined;
  const stored = holder.childForFieldName('value') ?? holder.childForFieldName('right');
  if (stored?.id !== value.id) return undefined;
  const target = holder.childForFieldName('left') ?? holder.childForFieldName('name') ?? holder.childForFieldName('property');
  if (target === null || target.id === value.id) return undefined;
  const stores = ['assignment', 'declarator', 'field', 'parameter'].some((kind) => holder.type.includes(kind)) || holder.type === 'var_spec';
  return stores ? target : undefined;
}

/** Element access: `b[i]`, `$chars[]`, `bytes[0]`. */
const SUBSCRIPT_TYPES: ReadonlySet<string> = new Set([
  'subscript_expression', 'index_expression', 'element_reference', 'subscript', 'element_access_expression', 'array_access',
]);

function subscriptBase(node: SyntaxNode): SyntaxNode | undefined {
  const base = node.childForFieldName('object') ?? node.childForFieldName('operand') ?? node.childForFieldName('value') ?? node.childForFieldName('array') ?? node.namedChild(0);
  return base === null || base.id === node.id ? undefined : base;
}

/** Member-access node types and the field holding the member's name. */
const MEMBER_NAME_FIELDS: ReadonlyMap<string, string> = new Map([
  ['member_expression', 'property'], ['attribute', 'attribute'], ['field_access', 'field'], ['selector_expression', 'field'],
  ['member_access_expression', 'name'], ['scoped_identifier', 'name'],
]);

/**
 * The `USE_TYPES` nodes spelled `text`, in document order, over named nodes only and leaving out
 * member names: the member name in `self.token` is part of that access, not a use of a variable
 * `token`. They are found from the text's occurrences, each by a cursor that goes down from the
 * root to the nodes that span it exactly, so the cost follows the occurrences of the few names a
 * file's randomness reaches rather than the tree: an index of every name in one walk of the
 * whole tree was most of this rule's time on third-party code.
 */
function namesSpelledIn(root: SyntaxNode, topLevel: TopLevel, source: string, text: string): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  if (text === '') return found;
  const cursor = root.walk();
  try {
    for (let start = source.indexOf(text); start >= 0; start = source.indexOf(text, start + 1)) {
      const end = start + text.length;
      // A name starting or ending in a word character is one token: an occurrence inside a longer
      // word (`token` in `tokens`, `accessToken`) is not this name.
      if ((isWordCharacter(text, 0) && isWordCharacter(source, start - 1)) || (isWordCharacter(text, text.length - 1) && isWordCharacter(source, end))) continue;
      // The root is no use of a name; the search starts at its child that holds the occurrence.
      cursor.reset(root);
      if (topLevel.gotoChildHolding(cursor, start)) collectSpanning(cursor, start, end, found);
    }
  } finally {
    cursor.delete();
  }
  return found;
}

/** From the cursor's node down: the named `USE_TYPES` nodes spanning exactly `start`–`end`, outermost first. */
function collectSpanning(cursor: ReturnType<SyntaxNode['walk']>, start: number, end: number, found: SyntaxNode[]): void {
  for (;;) {
    // The span is inside this node or in no node below it.
    if (cursor.startIndex > start || cursor.endIndex < end || !cursor.nodeIsNamed) return;
    const type = cursor.nodeType;
    if (USE_TYPES.has(type) && cursor.startIndex === start && cursor.endIndex === end) found.push(cursor.currentNode);
    const memberField = MEMBER_NAME_FIELDS.get(type);
    const access = memberField === undefined ? undefined : cursor.currentNode;
    if (!gotoChildHolding(cursor, start)) return;
    // A member name, and everything in it, is not a use: the first child in the access's member field.
    if (access !== undefined && cursor.currentFieldName === memberField && access.childForFieldName(memberField)?.id === cursor.currentNode.id) return;
  }
}

/**
 * The root's children by where they end, read once per file: a file's top level can hold
 * thousands of statements, and going through them one by one for every occurrence of a name
 * would cost more than the walk of the whole tree this search replaced.
 */
class TopLevel {
  private readonly ends: number[] = [];
  /** Each child's descendant index under the root, to move a cursor straight to it. */
  private readonly indexes: number[] = [];

  constructor(root: SyntaxNode) {
    const cursor = root.walk();
    try {
      if (!cursor.gotoFirstChild()) return;
      do {
        this.ends.push(cursor.endIndex);
        this.indexes.push(cursor.currentDescendantIndex);
      } while (cursor.gotoNextSibling());
    } finally {
      cursor.delete();
    }
  }

  /** Moves a cursor on the root to its first child that ends after `index`, as `gotoChildHolding` does. */
  gotoChildHolding(cursor: ReturnType<SyntaxNode['walk']>, index: number): boolean {
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ends[middle]! <= index) low = middle + 1;
      else high = middle;
    }
    if (low === this.ends.length) return false;
    cursor.gotoDescendant(this.indexes[low]!);
    return true;
  }
}

/**
 * Moves to the first child that ends after `index`. (`gotoFirstChildForIndex` would do this in one
 * call, but in web-tree-sitter 0.25.10 it finds no child at all.)
 */
function gotoChildHolding(cursor: ReturnType<SyntaxNode['walk']>, index: number): boolean {
  if (!cursor.gotoFirstChild()) return false;
  while (cursor.endIndex <= index) {
    if (!cursor.gotoNextSibling()) return false;
  }
  return true;
}

const WORD_CHARACTER = safeRegex('[A-Za-z0-9_]');

function isWordCharacter(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHARACTER.test(text[index]!);
}

function isAssignmentTarget(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (parent === null) return false;
  const target = parent.childForFieldName('left') ?? parent.childForFieldName('name');
  return target?.id === node.id && (parent.type.includes('assignment') || parent.type.includes('declarator'));
}

function isCondition(parent: SyntaxNode, current: SyntaxNode): boolean {
  return parent.childForFieldName('condition')?.id === current.id;
}

function isComparison(parent: SyntaxNode): boolean {
  if (parent.type === 'comparison_operator') return true;
  if (!parent.type.includes('binary')) return false;
  const operator = parent.childForFieldName('operator')?.text ?? parent.child(1)?.text ?? '';
  return COMPARISON_OPERATORS.has(operator);
}

function isRubyMethod(node: SyntaxNode | null): boolean {
  return node?.type === 'method' || node?.type === 'singleton_method';
}

/** A function's own name, or the name it is stored under (`const generateToken = () => ...`). */
function functionName(fn: SyntaxNode): string | undefined {
  if (fn.type === 'arrow_expression_clause') return fn.parent?.childForFieldName('name')?.text;
  const own = fn.childForFieldName('name');
  if (own !== null) return own.text;
  const parent = fn.parent;
  if (parent === null) return undefined;
  const holder = parent.type === 'equals_value_clause' ? parent.parent : parent;
  if (holder === null) return undefined;
  const target = holder.childForFieldName('name') ?? holder.childForFieldName('left') ?? holder.childForFieldName('key');
  if (target === null || target.id === fn.id) return holder.type === 'variable_declarator' ? holder.namedChild(0)?.text : undefined;
  return target.text;
}

/**
 * The name written just before a value inside text or concatenation: `"sid=" + value`,
 * `` `token=${value}` ``, `"X-Auth-Token: $RANDOM"`, `'SECRET_KEY=' . mt_rand()`.
 */
function labelBefore(prefix: string): string | undefined {
  let end = prefix.length;
  const skippable = ' \t"\'`+.{$#(';
  while (end > 0 && skippable.includes(prefix[end - 1] ?? '')) end -= 1;
  const separator = prefix[end - 1];
  if (separator !== '=' && separator !== ':') return undefined;
  end -= 1;
  while (end > 0 && (prefix[end - 1] === ' ' || prefix[end - 1] === '\t')) end -= 1;
  let start = end;
  while (start > 0 && isNameCharacter(prefix[start - 1] ?? '')) start -= 1;
  return start < end ? prefix.slice(start, end) : undefined;
}

function isNameCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || character === '_' || character === '-';
}

// ---------------------------------------------------------------------------------------------
// Sources

/** One place where a non-cryptographic generator is used, and the values it produces. */
interface Source {
  /** The node reported: the call or the generator's creation. */
  readonly node: SyntaxNode;
  /** How the message names the generator: `Math.random()`, `java.util.Random`. */
  readonly api: string;
  /** Nodes whose value is random: the call itself, or the generator's method calls. */
  readonly values: readonly SyntaxNode[];
  /** Buffers or collections the generator fills or reorders in place (`nextBytes(salt)`, `shuffle($chars)`). */
  readonly filled: readonly SyntaxNode[];
  readonly fix?: SourceFix;
  /** Lower than the rule's default when the API is only insecure in some versions. */
  readonly confidence?: Confidence;
}

interface SourceFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly safety: FixSafety;
}

interface SourceContext {
  readonly code: CodeModel;
  readonly tracer: FlowTracer;
  readonly calls: readonly CallSite[];
}

type SourceFinder = (context: SourceContext) => Source[];

function callSource(call: CallSite, api: string, fix?: SourceFix): Source {
  return { node: call.node, api, values: [call.node], filled: [], fix };
}

function fillSource(call: CallSite, api: string, buffer: SyntaxNode | undefined): Source {
  return { node: call.node, api, values: [], filled: buffer === undefined ? [] : [buffer] };
}

/** Method names that seed or configure a generator rather than draw from it. */
const SEEDING_METHODS: ReadonlySet<string> = new Set(['setSeed', 'seed', 'Seed', 'srand', 'getstate', 'setstate']);
/** Method names that fill their argument with random bytes, or reorder it in place. */
const FILLING_METHODS: ReadonlySet<string> = new Set(['nextBytes', 'NextBytes', 'Read', 'shuffle', 'Shuffle', 'shuffle!']);

/**
 * A generator object and its draws: the method call made on it directly (`new Random().nextInt()`),
 * or the calls made on the variable or field it is stored in, within that scope. Filling draws
 * (`rng.nextBytes(salt)`) contribute the buffer; a generator passed on (`Collections.shuffle(list,
 * rng)`) contributes that call.
 */
function generatorSource(node: SyntaxNode, api: string, context: SourceContext, fix?: SourceFix): Source {
  const { tracer, calls } = context;
  const values: SyntaxNode[] = [];
  const filled: SyntaxNode[] = [];
  const addDraw = (draw: CallSite): void => {
    if (SEEDING_METHODS.has(draw.name)) return;
    if (FILLING_METHODS.has(draw.name)) {
      const buffer = draw.args[0]?.node;
      if (buffer !== undefined) filled.push(buffer);
      return;
    }
    values.push(draw.node);
  };
  const direct = tracer.callOn(node);
  const consumer = tracer.consumerOf(node);
  const target = node.parent === null ? undefined : assignmentTarget(node.parent, node);
  if (direct !== undefined) addDraw(direct);
  else if (consumer !== undefined) values.push(consumer.call.node);
  else if (target !== undefined) {
    const names = receiverSpellings(target.text);
    const local = !target.text.includes('.') && context.code.enclosingFunction(target) !== undefined;
    const scope = local ? context.code.enclosingFunction(target) : undefined;
    const inScope = (call: CallSite): boolean => scope === undefined || (call.node.startIndex >= scope.startIndex && call.node.endIndex <= scope.endIndex);
    for (const call of calls) {
      if (!inScope(call)) continue;
      if (call.receiver !== undefined && names.has(call.receiver.text)) addDraw(call);
      // The generator handed on by name: `Collections.shuffle(list, rng)`, `arr.sample(random: rng)`.
      else if (call.args.some((argument) => names.has(argument.node.text))) values.push(call.node);
    }
  }
  return { node, api, values, filled, fix };
}

/** The ways code refers to a stored generator: `rng`, `this.rng`, `self.rng`, `$this->rng`, `Holder.RNG`. */
function receiverSpellings(target: string): Set<string> {
  const bare = target.split('.').pop()?.split('->').pop() ?? target;
  return new Set([target, bare, `this.${bare}`, `self.${bare}`, `$this->${bare}`, `self::${bare}`, `static::${bare}`]);
}

// ---- JavaScript and TypeScript

const LODASH_RANDOM: ReadonlySet<string> = new Set(['random', 'sample', 'sampleSize', 'shuffle']);

const javascriptSources: SourceFinder = ({ calls }) => {
  const sources: Source[] = [];
  for (const call of calls) {
    if (call.qualified === 'Math.random' && call.args.length === 0) sources.push(callSource(call, 'Math.random()'));
    const parts = call.qualified.split('.');
    if (parts.length === 2 && (parts[0] === 'lodash' || parts[0] === '_' || parts[0] === 'underscore') && LODASH_RANDOM.has(parts[1] ?? '')) {
      sources.push(callSource(call, `_.${parts[1] ?? ''}()`));
    }
  }
  return sources;
};

// ---- Python

/** `random` module functions that return a random value (`shuffle`, which reorders in place, is handled apart). */
const PYTHON_RANDOM_FUNCTIONS: ReadonlySet<string> = new Set([
  'random', 'randint', 'randrange', 'choice', 'choices', 'sample', 'uniform', 'getrandbits', 'randbytes',
]);
const NUMPY_RANDOM_FUNCTIONS: ReadonlySet<string> = new Set(['rand', 'randint', 'random', 'choice', 'bytes', 'random_sample', 'permutation', 'shuffle']);

const pythonSources: SourceFinder = (context) => {
  const { code, calls } = context;
  const sources: Source[] = [];
  for (const call of calls) {
    const parts = call.qualified.split('.');
    const function_ = parts[parts.length - 1] ?? '';
    if (parts.length === 2 && parts[0] === 'random' && isImported(code, call) && !isSecretsFallback(code, call)) {
      if (function_ === 'Random') {
        sources.push(generatorSource(call.node, 'random.Random', context, pythonSystemRandomFix(call)));
      } else if (function_ === 'shuffle') {
        sources.push(fillSource(call, 'random.shuffle()', call.args[0]?.node));
      } else if (PYTHON_RANDOM_FUNCTIONS.has(function_)) {
        sources.push(callSource(call, `random.${function_}()`, pythonSecretsFix(code, call, function_)));
      }
      continue;
    }
    if (parts.length === 3 && parts[0] === 'numpy' && parts[1] === 'random') {
      if (function_ === 'default_rng' || function_ === 'RandomState') sources.push(generatorSource(call.node, `numpy.random.${function_}`, context));
      else if (NUMPY_RANDOM_FUNCTIONS.has(function_)) sources.push(callSource(call, `numpy.random.${function_}()`));
    }
  }
  return sources;
};

/**
 * `try: from secrets import randbits` / `except ImportError: from random import getrandbits as randbits`:
 * the name is bound to the secrets module wherever it exists (Python 3.6+), so `random` is only a fallback.
 */
function isSecretsFallback(code: CodeModel, call: CallSite): boolean {
  const head = call.callee.split('.')[0] ?? '';
  return head !== 'random' && code.imports().some((binding) => binding.local === head && binding.target.startsWith('secrets.'));
}

/** Whether the call's first name comes from an import (so a local `random = SystemRandom()` is not the module). */
function isImported(code: CodeModel, call: CallSite): boolean {
  const head = call.callee.split('.')[0] ?? '';
  return code.imports().some((binding) => binding.local === head);
}

/**
 * `random.X(...)` → the `secrets` equivalent with the same behaviour: `secrets.choice`,
 * `secrets.randbits`, `secrets.token_bytes`, `secrets.randbelow` for a one-argument
 * `randrange`, and `secrets.SystemRandom().X` (the same methods, drawn from the OS) for the rest.
 * `import secrets` is added after the `random` import when missing.
 */
function pythonSecretsFix(code: CodeModel, call: CallSite, function_: string): SourceFix | undefined {
  let replacement: string;
  if (function_ === 'choice') replacement = 'secrets.choice';
  else if (function_ === 'getrandbits') replacement = 'secrets.randbits';
  else if (function_ === 'randbytes') replacement = 'secrets.token_bytes';
  else if (function_ === 'randrange' && call.args.length === 1 && call.args[0]?.name === undefined) replacement = 'secrets.randbelow';
  else replacement = `secrets.SystemRandom().${function_}`;
  const importEdit = pythonSecretsImport(code);
  if (importEdit === null) return undefined;
  const edits: TextEdit[] = [{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: replacement }];
  if (importEdit !== undefined) edits.push(importEdit);
  return { title: `Use ${replacement} instead of random.${function_}`, edits, safety: 'safe' };
}

/**
 * The edit adding `import secrets` on its own line after the statement importing `random`,
 * with its indentation; undefined when `secrets` is already imported, null when there is no
 * import to place it after.
 */
function pythonSecretsImport(code: CodeModel): TextEdit | undefined | null {
  if (code.imports().some((binding) => binding.local === 'secrets' && binding.target === 'secrets')) return undefined;
  const binding = code.imports().find((candidate) => candidate.target === 'random' || candidate.target.startsWith('random.'));
  let statement: SyntaxNode | null = binding?.node ?? null;
  while (statement !== null && statement.type !== 'import_statement' && statement.type !== 'import_from_statement') statement = statement.parent;
  if (statement === null) return null;
  const text = code.root.text;
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const indentation = text.slice(lineStart, statement.startIndex);
  if (indentation.trim() !== '') return null;
  const lineEnd = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: statement.endIndex, end: statement.endIndex, newText: `${lineEnd}${indentation}import secrets` };
}

/** `random.Random()` → `random.SystemRandom()`: a subclass with the same methods, drawn from the OS. A seeded generator keeps its seed on purpose, so it gets no fix. */
function pythonSystemRandomFix(call: CallSite): SourceFix | undefined {
  if (call.args.length > 0 || call.callee !== 'random.Random') return undefined;
  const end = call.calleeNode.endIndex;
  return { title: 'Use random.SystemRandom instead of random.Random', edits: [{ start: end - 'Random'.length, end, newText: 'SystemRandom' }], safety: 'safe' };
}

// ---- Java

/** Commons Lang `RandomStringUtils` static methods and their `secure()` counterparts (3.16+). */
const RANDOM_STRING_UTILS: ReadonlyMap<string, string> = new Map([
  ['random', 'next'], ['randomAlphabetic', 'nextAlphabetic'], ['randomAlphanumeric', 'nextAlphanumeric'], ['randomAscii', 'nextAscii'],
  ['randomGraph', 'nextGraph'], ['randomNumeric', 'nextNumeric'], ['randomPrint', 'nextPrint'],
]);

const javaSources: SourceFinder = (context) => {
  const { calls } = context;
  const sources: Source[] = [];
  for (const call of calls) {
    const parts = call.qualified.split('.');
    if (call.isConstructor && (call.qualified === 'java.util.Random' || call.qualified === 'Random')) {
      const fix: SourceFix | undefined = call.args.length === 0
        ? { title: 'Use SecureRandom instead of java.util.Random', edits: [{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: 'java.security.SecureRandom' }], safety: 'safe' }
        : undefined;
      sources.push(generatorSource(call.node, 'java.util.Random', context, fix));
    } else if (call.qualified === 'Math.random' || call.qualified === 'java.lang.Math.random') {
      sources.push(callSource(call, 'Math.random()', {
        title: 'Use SecureRandom instead of Math.random',
        edits: [{ start: call.node.startIndex, end: call.node.endIndex, newText: 'new java.security.SecureRandom().nextDouble()' }],
        safety: 'suggestion',
      }));
    } else if (parts[parts.length - 2] === 'ThreadLocalRandom' && call.name === 'current') {
      sources.push(generatorSource(call.node, 'ThreadLocalRandom', context));
    } else if (parts[parts.length - 2] === 'RandomStringUtils') {
      const secure = RANDOM_STRING_UTILS.get(call.name);
      if (call.name === 'insecure') sources.push(generatorSource(call.node, 'RandomStringUtils.insecure()', context));
      else if (secure !== undefined) sources.push({ ...callSource(call, `RandomStringUtils.${call.name}()`, randomStringUtilsFix(call, secure)), confidence: 'medium' });
    }
  }
  return sources;
};

/** `RandomStringUtils.randomAlphanumeric(n)` → `RandomStringUtils.secure().nextAlphanumeric(n)`. */
function randomStringUtilsFix(call: CallSite, secure: string): SourceFix {
  return {
    title: `Use RandomStringUtils.secure().${secure}`,
    edits: [{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: `secure().${secure}` }],
    safety: 'suggestion',
  };
}

// ---- C#

const csharpSources: SourceFinder = (context) => {
  const { calls, code } = context;
  const sources: Source[] = [];
  for (const call of calls) {
    if (call.isConstructor && (call.qualified === 'Random' || call.qualified === 'System.Random')) sources.push(generatorSource(call.node, 'System.Random', context));
  }
  for (const node of code.nodesOfType(['member_access_expression'])) {
    if (node.text === 'Random.Shared' || node.text === 'System.Random.Shared') sources.push(generatorSource(node, 'Random.Shared', context));
  }
  return sources;
};

// ---- Go

const GO_RANDOM_PACKAGES: ReadonlySet<string> = new Set(['math/rand', 'math/rand/v2']);
/** Package functions that build generators or sources rather than return random values. */
const GO_CONSTRUCTORS: ReadonlySet<string> = new Set(['New', 'NewSource', 'NewPCG', 'NewChaCha8', 'NewZipf', 'Seed']);

const goSources: SourceFinder = (context) => {
  const sources: Source[] = [];
  for (const call of context.calls) {
    const split = call.qualified.lastIndexOf('.');
    const packagePath = call.qualified.slice(0, split);
    const function_ = call.qualified.slice(split + 1);
    if (split < 0 || !GO_RANDOM_PACKAGES.has(packagePath)) continue;
    const api = `${packagePath}.${function_}`;
    if (function_ === 'New') sources.push(generatorSource(call.node, api, context));
    else if (function_ === 'Read') sources.push(fillSource(call, api, call.args[0]?.node));
    else if (!GO_CONSTRUCTORS.has(function_)) sources.push(callSource(call, api));
  }
  return sources;
};

// ---- PHP

const PHP_VALUE_FUNCTIONS: ReadonlySet<string> = new Set(['rand', 'mt_rand', 'uniqid', 'lcg_value', 'str_shuffle', 'array_rand']);

const phpSources: SourceFinder = ({ calls, code }) => {
  const defined = definedFunctionNames(code.root);
  const sources: Source[] = [];
  for (const call of calls) {
    if (call.receiver !== undefined || call.isConstructor) continue;
    const name = call.callee.replace('\\', '').toLowerCase();
    if (defined.has(name) && !call.callee.startsWith('\\')) continue;
    if (name === 'shuffle') sources.push(fillSource(call, 'shuffle()', call.args[0]?.node));
    else if (PHP_VALUE_FUNCTIONS.has(name)) sources.push(callSource(call, `${name}()`, phpRandomIntFix(call, name)));
  }
  return sources;
};

/** `mt_rand($min, $max)` and `rand($min, $max)` → `random_int($min, $max)`; without arguments, the full range they return. */
function phpRandomIntFix(call: CallSite, name: string): SourceFix | undefined {
  if (name !== 'rand' && name !== 'mt_rand') return undefined;
  const edits: TextEdit[] = [{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: 'random_int' }];
  if (call.args.length === 0) {
    const open = call.node.text.indexOf('(', call.calleeNode.endIndex - call.node.startIndex);
    if (open < 0) return undefined;
    const at = call.node.startIndex + open + 1;
    edits.push({ start: at, end: at, newText: `0, ${name === 'rand' ? 'getrandmax' : 'mt_getrandmax'}()` });
  } else if (call.args.length !== 2) {
    return undefined;
  }
  return { title: `Use random_int instead of ${name}`, edits, safety: 'safe' };
}

function definedFunctionNames(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  const stack: SyntaxNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'function_definition') {
      const name = node.childForFieldName('name');
      if (name !== null) names.add(name.text.toLowerCase());
    }
    for (const child of node.namedChildren) if (child !== null) stack.push(child);
  }
  return names;
}

// ---- Ruby

const rubySources: SourceFinder = (context) => {
  const { calls, code } = context;
  const sources: Source[] = [];
  const required = rubyRequiresSecureRandom(calls, code);
  for (const call of calls) {
    const receiver = call.receiver?.text;
    if (call.name === 'rand' && (receiver === undefined || receiver === 'Kernel' || receiver === 'Random')) {
      sources.push(callSource(call, receiver === 'Random' ? 'Random.rand' : 'rand', rubySecureRandomFix(call, code, required)));
    } else if (receiver === 'Random' && call.name === 'bytes') {
      sources.push(callSource(call, 'Random.bytes'));
    } else if (receiver === 'Random' && call.name === 'new') {
      sources.push(generatorSource(call.node, 'Random.new', context));
    } else if ((call.name === 'sample' || call.name === 'shuffle') && receiver !== undefined && !call.args.some((argument) => argument.name === 'random')) {
      sources.push(callSource(call, `Array#${call.name}`, rubyArrayFix(call, code, required)));
    } else if (call.name === 'shuffle!' && receiver !== undefined && call.receiver !== undefined && call.args.length === 0) {
      sources.push(fillSource(call, 'Array#shuffle!', call.receiver));
    }
  }
  sources.push(...rubyBareRand(code, required));
  return sources;
};

function rubyRequiresSecureRandom(calls: readonly CallSite[], code: CodeModel): boolean {
  return calls.some((call) => call.name === 'require' && call.receiver === undefined && stringValueOf(code, call.args[0]?.node) === 'securerandom');
}

function stringValueOf(code: CodeModel, node: SyntaxNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  return value.kind === 'string' ? value.value : undefined;
}

/**
 * Arguments `SecureRandom.random_number` reads the same way as `rand`: none, an integer or a
 * range. A float or a negative bound means something else to each, so that fix is only a suggestion.
 */
function rubySameRange(call: CallSite, code: CodeModel): boolean {
  if (call.args.length === 0) return true;
  const only = call.args[0]?.node;
  if (call.args.length !== 1 || only === undefined) return false;
  if (only.type === 'range') return true;
  const value = code.valueOf(only);
  return value.kind === 'number' && Number.isInteger(value.value) && value.value > 0;
}

function rubySecureRandomFix(call: CallSite, code: CodeModel, required: boolean): SourceFix {
  const start = call.receiver?.startIndex ?? call.calleeNode.startIndex;
  return {
    title: 'Use SecureRandom.random_number instead of rand',
    edits: [{ start, end: call.calleeNode.endIndex, newText: 'SecureRandom.random_number' }],
    safety: required && rubySameRange(call, code) ? 'safe' : 'suggestion',
  };
}

/** `chars.sample(8)` → `chars.sample(8, random: SecureRandom)`: the same method, drawing from SecureRandom. */
function rubyArrayFix(call: CallSite, code: CodeModel, required: boolean): SourceFix | undefined {
  const last = call.args[call.args.length - 1];
  const text = code.root.text;
  if (last !== undefined) {
    return { title: `Draw ${call.name} from SecureRandom`, edits: [{ start: last.node.endIndex, end: last.node.endIndex, newText: ', random: SecureRandom' }], safety: required ? 'safe' : 'suggestion' };
  }
  const after = text.slice(call.calleeNode.endIndex, call.node.endIndex);
  if (after.trim() !== '' && after.trim() !== '()') return undefined;
  const edit: TextEdit = after.trim() === '()'
    ? { start: call.calleeNode.endIndex, end: call.node.endIndex, newText: '(random: SecureRandom)' }
    : { start: call.calleeNode.endIndex, end: call.calleeNode.endIndex, newText: '(random: SecureRandom)' };
  return { title: `Draw ${call.name} from SecureRandom`, edits: [edit], safety: required ? 'safe' : 'suggestion' };
}

/** A bare `rand` with no arguments is an identifier in the tree, unless a local variable of that name exists. */
function rubyBareRand(code: CodeModel, required: boolean): Source[] {
  if (code.assignments().some((assignment) => assignment.target === 'rand')) return [];
  const sources: Source[] = [];
  for (const node of code.nodesOfType(['identifier'])) {
    if (node.text === 'rand') {
      const parent = node.parent;
      const isName = parent !== null && (parent.childForFieldName('method')?.id === node.id || parent.childForFieldName('name')?.id === node.id);
      if (!isName) {
        sources.push({
          node,
          api: 'rand',
          values: [node],
          filled: [],
          fix: { title: 'Use SecureRandom.random_number instead of rand', edits: [{ start: node.startIndex, end: node.endIndex, newText: 'SecureRandom.random_number' }], safety: required ? 'safe' : 'suggestion' },
        });
      }
    }
  }
  return sources;
}

// ---- Shell

/** `$RANDOM`, `${RANDOM}` and `RANDOM` inside `$(( ))`; `RANDOM=42` seeds it and is not a use. */
const shellSources: SourceFinder = ({ code }) => {
  const sources: Source[] = [];
  for (const node of code.nodesOfType(['variable_name'])) {
    if (node.text === 'RANDOM') {
      const parent = node.parent;
      if (parent !== null && parent.type !== 'variable_assignment') {
        const reported = parent.type === 'simple_expansion' || parent.type === 'expansion' ? parent : node;
        sources.push({ node: reported, api: '$RANDOM', values: [reported], filled: [] });
      }
    }
  }
  return sources;
};

// ---------------------------------------------------------------------------------------------
// The rule

const SOURCE_FINDERS: Readonly<Partial<Record<CodeLanguage, SourceFinder>>> = {
  javascript: javascriptSources,
  typescript: javascriptSources,
  tsx: javascriptSources,
  python: pythonSources,
  java: javaSources,
  csharp: csharpSources,
  go: goSources,
  php: phpSources,
  ruby: rubySources,
  shell: shellSources,
};

const ADVICE: Readonly<Record<CodeLanguage, string>> = {
  javascript: 'Use crypto.randomBytes, crypto.randomInt or crypto.randomUUID (crypto.getRandomValues in the browser).',
  typescript: 'Use crypto.randomBytes, crypto.randomInt or crypto.randomUUID (crypto.getRandomValues in the browser).',
  tsx: 'Use crypto.getRandomValues or crypto.randomUUID.',
  python: 'Use the secrets module (secrets.token_urlsafe, secrets.choice, secrets.randbelow).',
  java: 'Use java.security.SecureRandom.',
  csharp: 'Use System.Security.Cryptography.RandomNumberGenerator.',
  go: 'Use crypto/rand.',
  php: 'Use random_bytes or random_int.',
  ruby: 'Use SecureRandom.',
  shell: 'Use openssl rand or read from /dev/urandom.',
};

function messageFor(api: string, reason: string, language: CodeLanguage): string {
  return (
    `${api} is not a cryptographically secure random generator, and here it makes a security value (${reason}). ` +
    'A value an attacker can predict is not private, and MoJ guidance expects tokens and keys to be kept private (Secrets management: User authentication secrets); ' +
    `OWASP considers non-cryptographic generators predictable. ${ADVICE[language]}`
  );
}

/** The verdict for one source: its values and filled buffers followed, then the enclosing function's name as a last resort. */
function sourceVerdict(source: Source, tracer: FlowTracer, code: CodeModel): { verdict: Verdict; confidence?: Confidence } {
  const verdicts = [
    ...source.values.map((value) => tracer.flow(value)),
    ...source.filled.map((buffer) => tracer.follow(buffer)),
  ];
  const verdict = combine(verdicts);
  if (verdict.kind === 'security' && madeForAnIdentifier(source.node, code)) return { verdict: NOT };
  if (verdict.kind !== 'unknown') return { verdict };
  // Nothing names the value, but the code that makes it does: `def make_reset_code(): ... send(code)`.
  for (let fn = code.enclosingFunction(source.node); fn !== undefined; fn = code.enclosingFunction(fn)) {
    const name = functionName(fn);
    if (name === undefined) continue;
    return isStrongSecurityName(name) ? { verdict: security(`made in ${name}`), confidence: 'medium' } : { verdict: NOT };
  }
  return { verdict: NOT };
}

/** Function-name words for values that only have to differ from their surroundings: a MIME boundary, a delimiter. */
const IDENTIFIER_MAKER_WORDS: ReadonlySet<string> = new Set(['boundary', 'delimiter', 'separator']);

/**
 * `def _make_boundary(): token = random.randrange(sys.maxsize)`: a function named for a MIME
 * boundary or a delimiter makes a value that must not clash with the text around it, and nobody
 * gains by predicting it, whatever the local variable is called.
 */
function madeForAnIdentifier(node: SyntaxNode, code: CodeModel): boolean {
  const fn = code.enclosingFunction(node);
  const name = fn === undefined ? undefined : functionName(fn);
  return name !== undefined && nameWords(name).some((word) => IDENTIFIER_MAKER_WORDS.has(word));
}

/** Words that name a secret on their own. */
const STRONG_SECURITY_WORDS: ReadonlySet<string> = new Set([
  'token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'otp', 'totp', 'hotp', 'nonce', 'salt', 'apikey', 'iv',
  'sessionid', 'sid', 'csrf', 'xsrf', 'credential', 'credentials', 'pin', 'passcode',
]);
/** Words that make `key`, `reset`, `session` or `auth` name a secret: `apiKey`, `resetCode`, `sessionId`, `authCode`. */
const QUALIFYING_WORDS: ReadonlySet<string> = new Set(['code', 'link', 'id', 'api', 'private', 'secret', 'signing', 'encryption', 'crypto', 'hmac', 'access']);
const WEAK_SECURITY_WORDS: ReadonlySet<string> = new Set(['key', 'reset', 'session', 'auth']);

/**
 * The stricter test for a function's name when nothing else names the value: `resetGame` and
 * `handleKeyPress` contain security words but make nothing secret, while `generateApiKey`,
 * `make_reset_code` and `gen_secret` do.
 */
function isStrongSecurityName(name: string): boolean {
  if (classifyName(name) !== 'security') return false;
  const words = nameWords(name);
  if (words.some((word) => STRONG_SECURITY_WORDS.has(word))) return true;
  return words.some((word) => WEAK_SECURITY_WORDS.has(word)) && words.some((word) => QUALIFYING_WORDS.has(word));
}

function check(context: RuleContext): void {
  const code = context.code;
  const find = code ? SOURCE_FINDERS[code.language] : undefined;
  if (code === undefined || find === undefined) return;
  // Values are traced through the whole file (a helper function, a field set in a constructor).
  const tracer = new FlowTracer(code.wholeFile(), context.document.text);
  const sourceContext: SourceContext = { code, tracer, calls: code.calls() };
  const reported = new Set<number>();
  for (const source of find(sourceContext)) {
    if (reported.has(source.node.id)) continue;
    const { verdict, confidence } = sourceVerdict(source, tracer, code);
    if (verdict.kind !== 'security' || verdict.reason === undefined) continue;
    reported.add(source.node.id);
    const finalConfidence = confidence ?? source.confidence;
    context.report({
      node: source.node,
      message: messageFor(source.api, verdict.reason, code.language),
      ...(finalConfidence ? { confidence: finalConfidence } : {}),
      ...(source.fix ? { fix: { title: source.fix.title, edits: source.fix.edits, safety: source.fix.safety } } : {}),
    });
  }
}

export const insecureRandom: Rule = {
  meta: {
    id: 'crypto/insecure-random',
    title: 'Non-cryptographic random generator used for a security value',
    area: 'crypto',
    severity: 'high',
    confidence: 'high',
    cwe: [338, 330],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: ['secrets-management#user-authentication-secrets', 'passwords#service-accounts', 'cryptography#the-base-principles'],
    basis: 'principle',
    why:
      'Tokens, passwords, reset codes, salts and session identifiers made with a general-purpose random generator can be predicted from a few observed values, ' +
      'letting an attacker guess them. MoJ guidance expects tokens and keys to be kept private and service-account passwords to be system-generated ' +
      '(Secrets management: User authentication secrets; Passwords: Service accounts).',
    howToFix:
      "Use the platform's cryptographically secure generator: crypto.randomBytes or crypto.getRandomValues, Python secrets, java.security.SecureRandom, " +
      'RandomNumberGenerator, crypto/rand, random_bytes/random_int, SecureRandom, or openssl rand.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell'],
    prefilter: ['random', 'rand', 'uniqid', 'lcg_value', 'shuffle', 'sample'],
    examples: {
      javascript: "const token = crypto.randomBytes(32).toString('hex');",
      typescript: 'const token = crypto.randomUUID();',
      tsx: 'const nonce = crypto.getRandomValues(new Uint8Array(16));',
      python: 'token = secrets.token_urlsafe(32)',
      java: 'byte[] salt = new byte[16];\nnew SecureRandom().nextBytes(salt);',
      csharp: 'var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));',
      go: 'key := make([]byte, 32)\nif _, err := rand.Read(key); err != nil { return err } // crypto/rand',
      php: '$token = bin2hex(random_bytes(32));',
      ruby: 'token = SecureRandom.urlsafe_base64(32)',
      shell: 'TOKEN="$(openssl rand -hex 32)"',
    },
  },
  check,
};
