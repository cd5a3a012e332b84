/**
 * Intra-function data flow for injection rules: where does the value of an expression come from?
 *
 * The answer is one of
 * - `request`: built from request data (Express `req.query`, Flask `request.args`, servlet
 *   `getParameter`, `$_GET`, Rails `params`, framework-bound parameters such as `@RequestParam`);
 * - `parameter`: built from a parameter of the enclosing function with no request evidence;
 * - `unknown`: built from something this function cannot see into (a call result, a field);
 * - `sanitised`: everything non-constant passed through a conversion or quoting function that
 *   protects the sink (`int(x)`, `shlex.quote`, `escapeshellarg`), or is a number anyway;
 * - `constant`: built only from literals and constants.
 *
 * Parts combine by precedence: request, then parameter, then unknown, then hand-escaped, then
 * sanitised, then constant. Values are followed through the last assignment before the use in the
 * same function (and compound assignments and appends after it), closures' enclosing functions,
 * concatenation, interpolation, formatting and joining, and common conversions. Recursion is
 * bounded in depth and in the number of nodes visited, so the answer costs little on any input.
 */
import type { CodeModel, Confidence, SyntaxNode } from '../contract';
import { FlowIndex } from './flow-index';
import { flowSyntaxFor } from './languages';
import { namedSanitiser } from './named-sanitisers';
import { htmlSanitiser } from './html-sanitisers';
import { fileNameSanitiser } from './file-name-sanitisers';
import { compact, contains, type Building, type Definition, type Parameter, type SanitiserStrength, type SinkKind } from './syntax';

export type { SinkKind } from './syntax';

export type OriginKind = 'request' | 'parameter' | 'unknown' | 'sanitised' | 'constant';

export interface ValueOrigin {
  readonly kind: OriginKind;
  /**
   * Whether the value is assembled from a non-constant part by concatenation, interpolation,
   * formatting or joining somewhere on its way, as opposed to passed along whole.
   */
  readonly built: boolean;
  /** For `sanitised`: only hand escaping protects it (`mysqli_real_escape_string`, `addslashes`), which depends on the quoting around it. */
  readonly weak: boolean;
  /** The node that decided the kind: the request read, the parameter, the sanitiser, or the unknown part. */
  readonly evidence?: SyntaxNode;
  /** Constant text the value is built from, in order (for telling SQL or a shell command from other text). */
  readonly fragments: readonly string[];
}

/** Nesting of value lookups followed from one expression; real code rarely passes five. */
const MAX_DEPTH = 24;
/** Nodes classified for one question; beyond it the rest counts as unknown. */
const MAX_VISITS = 400;
/** Constant text kept per value, enough to recognise a query or a command. */
const MAX_FRAGMENT_CHARACTERS = 4000;
/** Enclosing functions a closure's variable is looked up through. */
const MAX_SCOPE_HOPS = 5;

const RANK: Readonly<Record<OriginKind | 'weak', number>> = { constant: 0, sanitised: 1, weak: 2, unknown: 3, parameter: 4, request: 5 };
const KIND_OF_RANK: readonly (OriginKind | 'weak')[] = ['constant', 'sanitised', 'weak', 'unknown', 'parameter', 'request'];

interface Result {
  readonly rank: number;
  readonly built: boolean;
  readonly evidence?: SyntaxNode;
  readonly fragments: readonly string[];
}

interface State {
  readonly index: FlowIndex;
  readonly sink: SinkKind;
  readonly active: Set<number>;
  visits: number;
  depth: number;
}

const indexes = new WeakMap<CodeModel, FlowIndex | null>();
const answers = new WeakMap<CodeModel, Map<string, ValueOrigin>>();

/** Where the value of `node` comes from, as seen by a sink of the given kind. */
export function originOf(code: CodeModel, node: SyntaxNode, sink: SinkKind): ValueOrigin {
  const index = indexFor(code);
  if (index === undefined) return { kind: 'unknown', built: false, weak: false, evidence: node, fragments: [] };
  const cache = answers.get(code) ?? new Map<string, ValueOrigin>();
  answers.set(code, cache);
  const key = `${sink}:${node.id}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const result = classify(node, { index, sink, active: new Set(), visits: 0, depth: 0 });
  const kind = KIND_OF_RANK[result.rank] ?? 'unknown';
  const origin: ValueOrigin = {
    kind: kind === 'weak' ? 'sanitised' : kind,
    built: result.built,
    weak: kind === 'weak',
    evidence: result.evidence,
    fragments: result.fragments,
  };
  cache.set(key, origin);
  return origin;
}

/**
 * How firmly an origin supports an injection finding: request data is a clear path (high), hand
 * escaping is fragile (medium), and a value built from a parameter or from something this function
 * cannot see is worth a look (low). A parameter or unknown value passed along whole is usually a
 * wrapper's argument, so it is reported only for sinks that always interpret their input as code
 * (`reportWhole`). Constants and sanitised values are not reported.
 */
export function injectionConfidence(origin: ValueOrigin, reportWhole = false): Confidence | undefined {
  switch (origin.kind) {
    case 'request':
      return 'high';
    case 'sanitised':
      return origin.weak ? 'medium' : undefined;
    case 'parameter':
    case 'unknown':
      return origin.built || reportWhole ? 'low' : undefined;
    default:
      return undefined;
  }
}

function indexFor(code: CodeModel): FlowIndex | undefined {
  const known = indexes.get(code);
  if (known !== undefined) return known ?? undefined;
  const syntax = flowSyntaxFor(code.language);
  const index = syntax ? new FlowIndex(code, syntax) : undefined;
  indexes.set(code, index ?? null);
  return index;
}

// ---------------------------------------------------------------------------------------------
// Classification

function classify(node: SyntaxNode, state: State): Result {
  if (state.visits >= MAX_VISITS || state.depth >= MAX_DEPTH || state.active.has(node.id)) return unknown(node);
  state.visits++;
  state.depth++;
  state.active.add(node.id);
  try {
    return classifyNode(node, state);
  } finally {
    state.depth--;
    state.active.delete(node.id);
  }
}

function classifyNode(node: SyntaxNode, state: State): Result {
  const { index } = state;
  const { syntax, code } = index;
  const inner = syntax.unwrap(node);
  if (inner !== undefined) return classify(inner, state);
  const strength = syntax.sanitiser(node, index, state.sink) ?? namedSanitiser(node, index, state.sink) ?? fileNameSanitiser(node, index, state.sink) ?? htmlSanitiser(node, index, state.sink);
  if (strength !== undefined) return sanitised(strength, node);
  const building = syntax.building(node, index);
  if (building !== undefined) return fromBuilding(building, state);
  // Before request reads: `params[:id].to_i` reads the request, but only a number comes out.
  if (syntax.isNumeric(node, index)) return sanitised('strong', node);
  if (syntax.isRequestRead(node, index)) return { rank: RANK.request, built: false, evidence: node, fragments: [] };
  const carried = syntax.passThrough(node, index);
  if (carried !== undefined) return combine(carried.map((part) => classify(part, state)));
  const path = code.qualifiedName(node) === undefined ? undefined : compact(node.text);
  if (path !== undefined) {
    const resolved = resolveName(node, path, state);
    if (resolved !== undefined) return resolved;
  }
  const value = code.valueOf(node);
  if (value.kind !== 'unknown') return constant(value.kind === 'string' ? value.value : undefined);
  const access = syntax.access(node, index);
  if (access === undefined) return unknown(node);
  const read = combine([access.object, ...(access.carried ?? [])].map((part) => classify(part, state)));
  // A member of something unknown is itself the unknown part worth pointing at.
  return read.rank === RANK.unknown ? { ...read, evidence: node } : read;
}

function fromBuilding(building: Building, state: State): Result {
  const numeric = new Set((building.numericParts ?? []).map((part) => part.id));
  const results = building.parts.map((part) => (numeric.has(part.id) ? sanitised('strong', part) : classify(part, state)));
  const combined = combine(results, building.fragments ?? []);
  return building.builds && combined.rank > RANK.constant ? { ...combined, built: true } : combined;
}

/**
 * A name's value: its definitions in the function before the use, else its parameter, else the
 * enclosing function's (a closure sees the variables around it). Undefined when nothing in any
 * function defines it, which leaves it to the code model's module-level constants.
 */
function resolveName(use: SyntaxNode, name: string, state: State): Result | undefined {
  const { index } = state;
  let scope = index.code.enclosingFunction(use);
  let at = use.startIndex;
  for (let hop = 0; hop < MAX_SCOPE_HOPS; hop++) {
    const visible = index.definitionsIn(scope, name).filter((definition) => definition.at <= at && (definition.within === undefined || contains(definition.within, use)));
    if (visible.length > 0) return fromDefinitions(visible, scope, name, state);
    if (scope === undefined) return undefined;
    const parameter = index.parametersOf(scope).get(name);
    if (parameter !== undefined) return fromParameter(parameter, state);
    at = scope.startIndex;
    scope = index.code.enclosingFunction(scope);
    if (scope === undefined) return undefined;
  }
  return undefined;
}

/** The last definition that sets the whole value, with every append after it. */
function fromDefinitions(definitions: readonly Definition[], scope: SyntaxNode | undefined, name: string, state: State): Result {
  let start = definitions.length - 1;
  while (start >= 0 && definitions[start]?.mode === 'append') start--;
  const used = definitions.slice(Math.max(start, 0));
  const results = used.map((definition) => fromDefinition(definition, state));
  if (start < 0) {
    // Appends to a value set elsewhere: a parameter, or something this function cannot see.
    const parameter = scope === undefined ? undefined : state.index.parametersOf(scope).get(name);
    results.unshift(parameter ? fromParameter(parameter, state) : unknown(definitions[0]?.node));
  }
  const combined = combine(results);
  const appends = used.some((definition) => definition.mode === 'append');
  return appends && combined.rank > RANK.constant ? { ...combined, built: true } : combined;
}

function fromDefinition(definition: Definition, state: State): Result {
  if (definition.mode === 'fixed') return definition.origin === 'constant' ? constant(undefined) : sanitised('strong', definition.node);
  return definition.value === undefined ? unknown(definition.node) : classify(definition.value, state);
}

function fromParameter(parameter: Parameter, state: State): Result {
  // A number bound from the request is still a number.
  if (parameter.numeric) return sanitised('strong', parameter.node);
  if (parameter.fromRequest) return { rank: RANK.request, built: false, evidence: parameter.node, fragments: [] };
  if (parameter.elementOf !== undefined) return classify(parameter.elementOf, state);
  return { rank: RANK.parameter, built: false, evidence: parameter.node, fragments: [] };
}

// ---------------------------------------------------------------------------------------------
// Results

function constant(text: string | undefined): Result {
  return { rank: RANK.constant, built: false, fragments: text === undefined || text === '' ? [] : [text] };
}

function sanitised(strength: SanitiserStrength, node: SyntaxNode): Result {
  return { rank: strength === 'weak' ? RANK.weak : RANK.sanitised, built: false, evidence: node, fragments: [] };
}

function unknown(node: SyntaxNode | undefined): Result {
  return { rank: RANK.unknown, built: false, evidence: node, fragments: [] };
}

/** The strongest part decides the kind and the evidence; fragments join in order. */
function combine(results: readonly Result[], ownFragments: readonly string[] = []): Result {
  let best: Result | undefined;
  let built = false;
  const fragments: string[] = [...ownFragments];
  let length = fragments.reduce((total, fragment) => total + fragment.length, 0);
  for (const result of results) {
    if (best === undefined || result.rank > best.rank) best = result;
    built ||= result.built;
    for (const fragment of result.fragments) {
      if (length + fragment.length > MAX_FRAGMENT_CHARACTERS) break;
      fragments.push(fragment);
      length += fragment.length;
    }
  }
  if (best === undefined) return { rank: RANK.constant, built: false, fragments };
  return { rank: best.rank, built, evidence: best.evidence, fragments };
}
