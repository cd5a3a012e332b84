/**
 * What the data-flow helper needs to know about one language's syntax: how strings are built,
 * what reads request data, what sanitises, which statements define a variable beyond the code
 * model's plain assignments, and what a function's parameters say about their values. One
 * module per language in ./languages; origin.ts runs the language-neutral part.
 */
import type { CallSite, CodeModel, SyntaxNode } from '../contract';

/** The kinds of sink a value can flow into; a sanitiser counts only for the kinds it protects. */
export type SinkKind = 'sql' | 'shell' | 'code' | 'ldap' | 'xpath' | 'template' | 'path' | 'url' | 'redirect' | 'html';

/** How a sanitiser protects: `strong` for conversions and quoting APIs, `weak` for hand escaping that depends on the query around it. */
export type SanitiserStrength = 'strong' | 'weak';

/** An expression that assembles its value from parts: concatenation, interpolation, formatting, joining, or a choice between values. */
export interface Building {
  /** Expressions whose values become part of the result. */
  readonly parts: readonly SyntaxNode[];
  /** Parts a format verb turns into a number (`%d`), so they cannot carry text into the result. */
  readonly numericParts?: readonly SyntaxNode[];
  /** Constant text the expression itself contributes (the literal pieces of an f-string or template). */
  readonly fragments?: readonly string[];
  /**
   * Whether the expression builds text from its parts (concatenation, interpolation, formatting,
   * joining) rather than choosing one of them (a conditional, `a || b`) or listing them (an array).
   */
  readonly builds: boolean;
}

/** Reading a value out of an object: a member, an element, or a method called on it. */
export interface Access {
  /** The object read from, whose origin the result inherits. */
  readonly object: SyntaxNode;
  /** Arguments whose text the result can also carry (`s.replace(a, b)` carries `b`). */
  readonly carried?: readonly SyntaxNode[];
}

/**
 * A statement that gives a name its value, beyond the plain assignments the code model lists:
 * compound assignments, mutating calls, destructuring, loop variables, typed declarations.
 */
export interface Definition {
  /** The name as the code model writes assignment targets: whitespace removed (`q`, `$q`, `this.q`). */
  readonly name: string;
  /** The node holding the definition, which decides its scope. */
  readonly node: SyntaxNode;
  /**
   * Offset from which the definition is in effect: the end of the statement, so that a use
   * inside it (`q = q + x`) sees the value before; the start of a loop for its variable.
   */
  readonly at: number;
  /**
   * `assign` replaces the value with `value`'s; `append` adds `value`'s to the value before
   * (`q += x`, `sb.append(x)`); `fixed` gives the value `origin` whatever was assigned.
   */
  readonly mode: 'assign' | 'append' | 'fixed';
  readonly value?: SyntaxNode;
  /** For `fixed`: numbers and parsed values are sanitised; a declaration without a value is constant. */
  readonly origin?: 'sanitised' | 'constant';
  /** Set for loop and comprehension variables: they are defined only inside this node. */
  readonly within?: SyntaxNode;
}

/** A declared function parameter and what its declaration says about its value. */
export interface Parameter {
  readonly name: string;
  readonly node: SyntaxNode;
  /** The framework fills it from the request (`@RequestParam`, `[FromQuery]`, FastAPI `Query()`, NestJS `@Query()`). */
  readonly fromRequest: boolean;
  /** Declared as a number, boolean, UUID or date, so it cannot carry text. */
  readonly numeric: boolean;
  /** The declared type as written, if any, for recognising request objects by type. */
  readonly type?: string;
  /** For a callback of an iteration (`ids.forEach(id => …)`, `ids.each do |id|`): the collection iterated. */
  readonly elementOf?: SyntaxNode;
}

/** What language rules may ask of the helper while they classify a node. */
export interface FlowContext {
  readonly code: CodeModel;
  /** The call the code model found at this node, with its import-resolved name. */
  callAt(node: SyntaxNode): CallSite | undefined;
  /** The parameter that declares this identifier, looking from its function outwards through enclosing ones. */
  parameterFor(identifier: SyntaxNode): Parameter | undefined;
}

/** Names and members that read the current HTTP request in a language's common frameworks. */
export interface RequestVocabulary {
  /** Paths that hold the request object (`req`, `ctx.request`, `HttpContext.Request`). */
  readonly roots: ReadonlySet<string>;
  /** The first member or method read from a request object that yields request data. */
  readonly accessors: ReadonlySet<string>;
  /** Paths that are request data themselves (`params`, `$_GET`). */
  readonly dataRoots?: ReadonlySet<string>;
  /** Calls whose result is request data (`request('id')`, `mux.Vars(r)`), by callee as written or import-resolved name. */
  readonly functions?: ReadonlySet<string>;
  /** Whether a parameter's declared type makes it a request object (`HttpServletRequest req`, `r *http.Request`). */
  readonly isRequestType?: (type: string) => boolean;
  /** Whether a name is a request object only when its declaration says so (Go's `r`), not by name alone. */
  readonly rootsNeedType?: boolean;
}

/** One step of an access chain, from the root outwards: `.name`, `[index]` or `.name(...)`. */
export interface ChainStep {
  readonly kind: 'member' | 'index' | 'call';
  /** The member or method name; `[]` for an index. */
  readonly name: string;
  /** The node that ends with this step (the member access, subscript or call). */
  readonly node: SyntaxNode;
}

/** An access chain: `req.query.id` is the root `req` and the steps `.query`, `.id`. */
export interface Chain {
  readonly root: SyntaxNode;
  readonly steps: readonly ChainStep[];
}

export interface FlowSyntax {
  /** The expression inside a wrapper that does not change the value (parentheses, casts, `await`), or undefined. */
  unwrap(node: SyntaxNode): SyntaxNode | undefined;
  /** How the expression builds its value from parts, or undefined when it does not. */
  building(node: SyntaxNode, context: FlowContext): Building | undefined;
  /** The object a member read, element read or method call reads from, or undefined. */
  access(node: SyntaxNode, context: FlowContext): Access | undefined;
  /** Calls whose result carries their arguments' text unchanged in kind (`str(x)`, `String.valueOf(x)`, `trim($x)`). */
  passThrough(node: SyntaxNode, context: FlowContext): readonly SyntaxNode[] | undefined;
  /** Whether the value is a number, boolean or other value that cannot carry text (arithmetic, comparisons, `len(x)`). */
  isNumeric(node: SyntaxNode, context: FlowContext): boolean;
  /** Whether this call protects its result for the sink, and how firmly. */
  sanitiser(node: SyntaxNode, context: FlowContext, sink: SinkKind): SanitiserStrength | undefined;
  /** Whether the expression reads request data itself, without going through a variable. */
  isRequestRead(node: SyntaxNode, context: FlowContext): boolean;
  /** Node types `definitions` reads. */
  readonly definitionTypes: ReadonlySet<string>;
  /** Definitions a node of one of `definitionTypes` makes. */
  definitions(node: SyntaxNode, context: FlowContext): readonly Definition[];
  /**
   * Definitions a call makes when it is a statement of its own: `parts.append(x)`,
   * `sb.append(a).append(b);`, `b.WriteString(x)`. Read from the code model's calls, which
   * costs less than walking every statement.
   */
  callDefinitions(call: CallSite, context: FlowContext): readonly Definition[];
  /** Whether a plain assignment declares a numeric type (`int id = …`, `id: number = …`), so its value cannot carry text. */
  declaresNumber(assignment: SyntaxNode, target: SyntaxNode): boolean;
  /** The parameters a function node declares. */
  parameters(functionNode: SyntaxNode, context: FlowContext): readonly Parameter[];
  /** Names that stand for the object itself (`self`, `this`), never a caller's value. */
  readonly selfNames: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------
// Small helpers shared by the language modules

/** Named children that are not comments. */
export function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null && !child.type.includes('comment'));
}

export function field(node: SyntaxNode, name: string): SyntaxNode | undefined {
  return node.childForFieldName(name) ?? undefined;
}

/** The code model's whitespace removal, so flow and model compare names the same way. */
export { compact } from '../model/values';

/** The last segment of a dotted, `::`, `->` or `\` separated name. */
export function lastSegment(name: string): string {
  const parts = name.split('::').join('.').split('->').join('.').split('\\').join('.').split('.');
  return parts[parts.length - 1] ?? name;
}

/** Whether `inner` lies within `outer` (inclusive). */
export function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/**
 * Whether an access chain reads request data, given the language's vocabulary: a request object
 * followed by an input accessor (`req.query`, `request.getParameter(…)`), a data root (`params`,
 * `$_GET`), or a request-reading function anywhere on the chain (`mux.Vars(r)["id"]`). Call
 * steps are written with parentheses in prefixes, so a vocabulary can name `request()` as a root.
 */
export function chainReadsRequest(chain: Chain, vocabulary: RequestVocabulary, context: FlowContext, rootText: string): boolean {
  const functions = vocabulary.functions;
  if (functions !== undefined) {
    const calls = [chain.root, ...chain.steps.filter((step) => step.kind === 'call').map((step) => step.node)];
    for (const node of calls) {
      const call = context.callAt(node);
      if (call !== undefined && (functions.has(call.callee) || functions.has(call.qualified))) return true;
    }
  }
  const names = [rootText, ...chain.steps.map((step) => (step.kind === 'call' ? `${step.name}()` : step.name))];
  for (let length = 1; length <= names.length; length++) {
    const prefix = names.slice(0, length).join('.');
    if (vocabulary.dataRoots?.has(prefix)) return true;
    const next = chain.steps[length - 1];
    if (next === undefined) break;
    if (!isRequestObject(chain.root, prefix, length, vocabulary, context)) continue;
    if (vocabulary.accessors.has(next.kind === 'index' ? '[]' : next.name)) return true;
  }
  return false;
}

/**
 * Whether the first `length` names of a chain hold the request object: by name, or for the root
 * alone by its parameter's declared type. Where names are not enough (`rootsNeedType`), a root
 * declared with some other type is not the request.
 */
function isRequestObject(root: SyntaxNode, prefix: string, length: number, vocabulary: RequestVocabulary, context: FlowContext): boolean {
  if (length > 1) return vocabulary.roots.has(prefix);
  const parameter = context.parameterFor(root);
  const declaredType = parameter?.type;
  if (declaredType !== undefined && vocabulary.isRequestType?.(declaredType) === true) return true;
  if (!vocabulary.roots.has(prefix)) return false;
  return !(vocabulary.rootsNeedType === true && parameter !== undefined);
}
