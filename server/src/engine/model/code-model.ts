/**
 * The code model: one pass over the tree collects calls, key/value pairs, assignments, imports
 * and string literals; queries over them resolve import aliases and propagate constants. Built
 * once per parsed document version and shared by every rule.
 */
import type { Node } from 'web-tree-sitter';
import type {
  Assignment,
  CallSite,
  CodeModel,
  ImportBinding,
  KeyValue,
  ProjectIndex,
  StaticValue,
  StringLiteral,
} from '../contract';
import type { ParsedCode } from '../parse/parse-code';
import { ScopedTree, type ExcludedSubtree, type TreeOutline } from '../parse/walk';
import type { FactSink, LanguageAdapter, RawCall } from './adapter';
import { adapterFor } from './adapters';
import { compact } from './values';
import { lastAtOrBefore } from '../text/sorted-search';

const UNKNOWN: StaticValue = { kind: 'unknown' };
const NO_KEY_VALUES: readonly KeyValue[] = [];

interface ScopedAssignment {
  readonly assignment: Assignment;
  /** Id of the enclosing function node, undefined at module or class level. */
  readonly scopeId: number | undefined;
  readonly start: number;
  readonly targetId: number;
}
interface TargetAssignments {
  readonly count: number;
  /** Assignments inside functions, by function id, sorted by start. */
  readonly byScope: ReadonlyMap<number, readonly ScopedAssignment[]>;
  /** Module- and class-level assignments, in document order. */
  readonly outer: readonly ScopedAssignment[];
}

/**
 * The assignment with the greatest start before `before` whose target is not `useId`; among
 * equal starts, the first in the list.
 */
function lastBefore(list: readonly ScopedAssignment[] | undefined, before: number, useId: number): ScopedAssignment | undefined {
  if (list === undefined) return undefined;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.start < before) low = mid + 1;
    else high = mid - 1;
  }
  // `high` is the last index with a start before the use; walk back one run of equal starts at a time.
  while (high >= 0) {
    const start = list[high]!.start;
    let runStart = high;
    while (runStart > 0 && list[runStart - 1]!.start === start) runStart--;
    for (let index = runStart; index <= high; index++) {
      if (list[index]!.targetId !== useId) return list[index];
    }
    high = runStart - 1;
  }
  return undefined;
}

/** Constant chains deeper than this are treated as unknown: real code rarely goes past three. */
const MAX_RESOLUTION_DEPTH = 12;

/** Subtrees to leave out of a model, and the outline of the tree they were found in (function-units.ts). */
export interface ModelScope {
  readonly excluded: readonly ExcludedSubtree[];
  readonly outline: TreeOutline;
}

/**
 * `scope` leaves subtrees out of every list and of `nodesOfType`: the incremental scan reuses
 * the findings of function units whose text did not change, and analyses only the rest.
 */
export function buildCodeModel(parsed: ParsedCode, project: ProjectIndex, scope: ModelScope = { excluded: [], outline: [] }): CodeModel {
  return new TreeCodeModel(parsed, adapterFor(parsed.language), project, scope);
}

class TreeCodeModel implements CodeModel {
  readonly language;
  readonly root: Node;
  private readonly callList: CallSite[] = [];
  private readonly keyValueList: KeyValue[] = [];
  private readonly assignmentList: Assignment[] = [];
  private readonly importList: ImportBinding[] = [];
  private readonly stringList: StringLiteral[] = [];
  private readonly importsByLocal = new Map<string, string>();
  private readonly assignmentsByTarget = new Map<string, Assignment[]>();
  private readonly scopedByTarget = new Map<string, TargetAssignments>();
  private readonly valueCache = new Map<number, StaticValue>();
  private readonly callsByNode = new Map<number, CallSite>();
  private keyValuesByContainer: Map<number, KeyValue[]> | undefined;
  private readonly nodesByTypes = new Map<string, readonly Node[]>();
  private collected = false;
  /** The tree without the function units whose findings an incremental scan reuses. */
  private readonly scope: ScopedTree;
  /** Function-like nodes in document order, for `enclosingFunction`. */
  private readonly functions: Node[] = [];
  private functionRanges: { readonly starts: Int32Array; readonly ends: Int32Array; readonly previousWider: Int32Array } | undefined;

  private whole: CodeModel | undefined;

  constructor(
    private readonly parsed: ParsedCode,
    private readonly adapter: LanguageAdapter,
    private readonly project: ProjectIndex,
    private readonly scoped: ModelScope,
  ) {
    this.language = parsed.language;
    this.root = parsed.tree.rootNode;
    this.scope = new ScopedTree(this.root, scoped.excluded, scoped.outline);
  }

  wholeFile(): CodeModel {
    if (this.scoped.excluded.length === 0) return this;
    return (this.whole ??= new TreeCodeModel(this.parsed, this.adapter, this.project, { excluded: [], outline: [] }));
  }
  /**
   * Facts are collected on first use: a rule that returns early, or a file where no rule asks
   * for facts, costs no walk at all.
   */
  private collect(): void {
    if (this.collected) return;
    this.collected = true;
    const rawCalls: RawCall[] = [];
    const sink: FactSink = {
      text: this.parsed.text,
      call: (call) => rawCalls.push(call),
      keyValue: (keyValue) => this.keyValueList.push(keyValue),
      assignment: (raw) => {
        const target = compact(raw.targetNode.text);
        const assignment: Assignment = { node: raw.node, target, targetNode: raw.targetNode, value: raw.value };
        this.assignmentList.push(assignment);
        const list = this.assignmentsByTarget.get(target) ?? [];
        list.push(assignment);
        this.assignmentsByTarget.set(target, list);
      },
      importBinding: (binding) => {
        this.importList.push(binding);
        this.importsByLocal.set(binding.local, binding.target);
      },
      string: (literal) => this.stringList.push(literal),
    };
    const functionTypes = this.adapter.functionTypes;
    const types = this.adapter.collectedTypes;
    if (types) {
      const wanted = new Set([...types, ...functionTypes]);
      this.scope.walkTypes(wanted, (node, type) => {
        if (functionTypes.has(type)) this.functions.push(node);
        if (types.has(type)) this.adapter.collect(node, type, sink);
      });
    } else {
      this.scope.walk((node) => {
        const type = node.type;
        if (functionTypes.has(type)) this.functions.push(node);
        this.adapter.collect(node, type, sink);
        return true;
      });
    }
    // Calls are completed after the walk so that imports declared below a use still resolve.
    for (const raw of rawCalls) {
      const call = this.completeCall(raw);
      this.callList.push(call);
      this.callsByNode.set(call.node.id, call);
    }
  }

  calls(): readonly CallSite[] {
    this.collect();
    return this.callList;
  }

  callAt(node: Node): CallSite | undefined {
    this.collect();
    return this.callsByNode.get(node.id);
  }

  keyValues(): readonly KeyValue[] {
    this.collect();
    return this.keyValueList;
  }

  /**
   * Grouped on first use: grouping reads every pair's `parent` (a search down from the root in
   * web-tree-sitter), and most files have no rule that asks.
   */
  keyValuesIn(container: Node): readonly KeyValue[] {
    if (this.keyValuesByContainer === undefined) {
      this.keyValuesByContainer = new Map();
      for (const pair of this.keyValues()) {
        const parent = pair.node.parent;
        if (parent === null) continue;
        const list = this.keyValuesByContainer.get(parent.id) ?? [];
        list.push(pair);
        this.keyValuesByContainer.set(parent.id, list);
      }
    }
    return this.keyValuesByContainer.get(container.id) ?? NO_KEY_VALUES;
  }

  assignments(): readonly Assignment[] {
    this.collect();
    return this.assignmentList;
  }

  imports(): readonly ImportBinding[] {
    this.collect();
    return this.importList;
  }

  strings(): readonly StringLiteral[] {
    this.collect();
    return this.stringList;
  }

  nodesOfType(types: readonly string[]): readonly Node[] {
    const key = types.join(' ');
    let nodes = this.nodesByTypes.get(key);
    if (nodes === undefined) {
      const found: Node[] = [];
      this.scope.walkTypes(new Set(types), (node) => found.push(node));
      nodes = found;
      this.nodesByTypes.set(key, nodes);
    }
    return nodes;
  }

  qualifiedName(node: Node): string | undefined {
    this.collect();
    const path = this.adapter.memberPath(node);
    return path ? this.qualify(path) : undefined;
  }

  nameOf(node: Node): string | undefined {
    const path = this.adapter.memberPath(node);
    return path?.[path.length - 1];
  }

  /**
   * Found from the function ranges collected in the walk rather than by climbing `parent`:
   * in web-tree-sitter each `parent` step searches down from the root, so climbing is
   * quadratic in nesting depth and dominated model queries in profiles.
   */
  enclosingFunction(node: Node): Node | undefined {
    this.collect();
    const { starts, ends, previousWider } = this.functionIndex();
    const start = node.startIndex;
    const end = node.endIndex;
    // Functions are sorted by start; the innermost container is the last one starting at or
    // before the node (and not being the node itself) that also ends at or after it.
    let index = lastAtOrBefore(starts, start);
    while (index >= 0) {
      const candidateEnd = ends[index]!;
      if (candidateEnd < end) {
        // Every function between this one and the previous one ending at or after it ends
        // before it too, so none of them can contain the node either.
        index = previousWider[index]!;
        continue;
      }
      if (!(starts[index] === start && candidateEnd === end)) return this.functions[index];
      index--;
    }
    return undefined;
  }

  /**
   * Function ranges as plain numbers (each `startIndex`/`endIndex` read is a call into
   * WebAssembly), and for each function the nearest earlier one that ends at or after it, so
   * the search in `enclosingFunction` skips whole runs of sibling functions.
   */
  private functionIndex(): { readonly starts: Int32Array; readonly ends: Int32Array; readonly previousWider: Int32Array } {
    if (this.functionRanges === undefined) {
      const count = this.functions.length;
      const starts = new Int32Array(count);
      const ends = new Int32Array(count);
      const previousWider = new Int32Array(count);
      const stack: number[] = [];
      for (let index = 0; index < count; index++) {
        const fn = this.functions[index]!;
        starts[index] = fn.startIndex;
        ends[index] = fn.endIndex;
        while (stack.length > 0 && ends[stack[stack.length - 1]!]! < ends[index]!) stack.pop();
        previousWider[index] = stack.length > 0 ? stack[stack.length - 1]! : -1;
        stack.push(index);
      }
      this.functionRanges = { starts, ends, previousWider };
    }
    return this.functionRanges;
  }

  valueOf(node: Node): StaticValue {
    this.collect();
    return this.evaluate(node, 0, new Set());
  }

  private evaluate(node: Node, depth: number, visiting: Set<number>): StaticValue {
    if (depth > MAX_RESOLUTION_DEPTH || visiting.has(node.id)) return UNKNOWN;
    const cached = this.valueCache.get(node.id);
    if (cached !== undefined) return cached;
    visiting.add(node.id);
    const value = this.evaluateUncached(node, depth, visiting);
    visiting.delete(node.id);
    this.valueCache.set(node.id, value);
    return value;
  }

  private evaluateUncached(node: Node, depth: number, visiting: Set<number>): StaticValue {
    const literal = this.adapter.literal(node);
    if (literal !== undefined) return literal;
    const evaluatePart = (part: Node): StaticValue => this.evaluate(part, depth + 1, visiting);
    const composite = this.adapter.composite(node, evaluatePart);
    if (composite !== undefined) return composite;
    const property = this.propertyLookup(node, evaluatePart);
    if (property !== undefined) return property;
    const path = this.adapter.memberPath(node);
    if (path === undefined) return UNKNOWN;
    const assignment = this.reachingAssignment(node, path);
    return assignment ? evaluatePart(assignment.value) : UNKNOWN;
  }

  /**
   * Java `props.getProperty("key", "default")` / `System.getProperty(...)`: the value from the
   * project's `.properties` files, and the default only when no file defines the key.
   */
  private propertyLookup(node: Node, evaluatePart: (part: Node) => StaticValue): StaticValue | undefined {
    if (this.language !== 'java') return undefined;
    const call = this.callsByNode.get(node.id);
    if (call === undefined || call.name !== 'getProperty' || call.args.length === 0) return undefined;
    const [keyArgument, defaultArgument] = call.args;
    const key = keyArgument ? evaluatePart(keyArgument.node) : UNKNOWN;
    if (key.kind !== 'string') return UNKNOWN;
    const fromFile = this.project.property(key.value);
    if (fromFile !== undefined) return { kind: 'string', value: fromFile };
    return defaultArgument ? evaluatePart(defaultArgument.node) : UNKNOWN;
  }

  /**
   * The assignment that gives a name its value at `use`: the last one before the use in the
   * same function, else the single module- or class-level one. Several different module-level
   * assignments mean the value is not constant.
   */
  private reachingAssignment(use: Node, path: readonly string[]): Assignment | undefined {
    const targets = this.candidateTargets(path).map((target) => this.scopedAssignments(target));
    if (targets.every((target) => target.count === 0)) return undefined;
    const scopeId = this.enclosingFunction(use)?.id;
    const useStart = use.startIndex;
    // The latest assignment before the use in the same function; on equal starts the first
    // listed, and across targets the full path's before the bare member name's.
    let best: ScopedAssignment | undefined;
    if (scopeId !== undefined) {
      for (const target of targets) {
        const found = lastBefore(target.byScope.get(scopeId), useStart, use.id);
        if (found !== undefined && (best === undefined || found.start > best.start)) best = found;
      }
    }
    if (best) return best.assignment;
    let outer: ScopedAssignment | undefined;
    let outerCount = 0;
    for (const target of targets) {
      for (const candidate of target.outer) {
        if (candidate.targetId === use.id) continue;
        outer = candidate;
        outerCount++;
        if (outerCount > 1) return undefined;
      }
    }
    return outerCount === 1 ? outer?.assignment : undefined;
  }

  /**
   * A name's assignments with their scope worked out once, grouped by function and sorted by
   * start, so finding the one that reaches a use is a binary search. Without the scopes every
   * use of a common name re-derived the scope of every same-named assignment, and without the
   * grouping every use still visited every same-named assignment in the file: both made large
   * files quadratic.
   */
  private scopedAssignments(target: string): TargetAssignments {
    let entry = this.scopedByTarget.get(target);
    if (entry === undefined) {
      const list = (this.assignmentsByTarget.get(target) ?? []).map((assignment) => ({
        assignment,
        scopeId: this.enclosingFunction(assignment.node)?.id,
        start: assignment.node.startIndex,
        targetId: assignment.targetNode.id,
      }));
      const byScope = new Map<number, ScopedAssignment[]>();
      const outer: ScopedAssignment[] = [];
      for (const candidate of list) {
        if (candidate.scopeId === undefined) {
          outer.push(candidate);
          continue;
        }
        const group = byScope.get(candidate.scopeId) ?? [];
        group.push(candidate);
        byScope.set(candidate.scopeId, group);
      }
      // Array sort is stable: equal starts keep their order in the list.
      for (const group of byScope.values()) group.sort((a, b) => a.start - b.start);
      entry = { count: list.length, byScope, outer };
      this.scopedByTarget.set(target, entry);
    }
    return entry;
  }

  /** `x` → ['x']; `this.alg` / `self.alg` / `Consts.ALG` → the full path and the bare member name. */
  private candidateTargets(path: readonly string[]): string[] {
    const full = path.join('.');
    const last = path[path.length - 1];
    if (path.length > 1 && last !== undefined) return [full, last];
    return [full];
  }

  private completeCall(raw: RawCall): CallSite {
    const path = this.adapter.memberPath(raw.calleeNode);
    const callee = raw.calleeText ?? (path ? path.join('.') : compact(raw.calleeNode.text));
    const qualified = path ? this.qualify(path) : callee;
    const name = path?.[path.length - 1] ?? callee.split('.').pop() ?? callee;
    // Written out rather than spread from `raw`: one call site per call in every file, and a
    // spread's copy was a tenth of the model's time.
    return {
      node: raw.node,
      callee,
      qualified,
      name,
      calleeNode: raw.calleeNode,
      receiver: raw.receiver,
      args: raw.args,
      isConstructor: raw.isConstructor,
    };
  }

  private qualify(path: readonly string[]): string {
    const [head, ...rest] = path;
    if (head === undefined) return '';
    const target = this.importsByLocal.get(head);
    if (target === undefined) return path.join('.');
    return rest.length === 0 ? target : `${target}.${rest.join('.')}`;
  }
}
