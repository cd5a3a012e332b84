/**
 * The facts the data-flow helper looks up while it classifies values in one document: calls by
 * node, definitions by name and scope, and parameters by function. Built lazily, once per code
 * model, and shared by every rule that asks. Definitions are grouped by name first, and only the
 * ones for names actually asked about are placed in their scope: placing means a function lookup
 * per definition, which costs real time on large files.
 */
import type { Assignment, CallSite, CodeModel, SyntaxNode } from '../contract';
import { walkTypes } from '../parse/walk';
import { compact, type Definition, type FlowContext, type FlowSyntax, type Parameter } from './syntax';

/** Scope key for code outside any function. */
const MODULE_SCOPE = -1;
/** How many enclosing functions a closure looks through for a parameter. */
const MAX_SCOPE_HOPS = 4;

/** A definition as first found: a plain assignment is turned into a Definition only when its name is asked about. */
type Candidate = Definition | Assignment;

interface Placed {
  readonly scope: number;
  readonly definition: Definition;
}

export class FlowIndex implements FlowContext {
  private candidatesByName: Map<string, Candidate[]> | undefined;
  private readonly placedByName = new Map<string, readonly Placed[]>();
  private readonly parametersByFunction = new Map<number, ReadonlyMap<string, Parameter>>();

  constructor(
    readonly code: CodeModel,
    readonly syntax: FlowSyntax,
  ) {}

  callAt(node: SyntaxNode): CallSite | undefined {
    return this.code.callAt(node);
  }

  parameterFor(identifier: SyntaxNode): Parameter | undefined {
    const name = compact(identifier.text);
    let scope = this.code.enclosingFunction(identifier);
    for (let hop = 0; scope !== undefined && hop <= MAX_SCOPE_HOPS; hop++) {
      const parameter = this.parametersOf(scope).get(name);
      if (parameter !== undefined) return parameter;
      scope = this.code.enclosingFunction(scope);
    }
    return undefined;
  }

  parametersOf(functionNode: SyntaxNode): ReadonlyMap<string, Parameter> {
    const known = this.parametersByFunction.get(functionNode.id);
    if (known !== undefined) return known;
    const parameters = new Map<string, Parameter>();
    for (const parameter of this.syntax.parameters(functionNode, this)) {
      if (!this.syntax.selfNames.has(parameter.name)) parameters.set(parameter.name, parameter);
    }
    this.parametersByFunction.set(functionNode.id, parameters);
    return parameters;
  }

  /** Definitions of `name` made directly in `scope` (a function, or undefined for module level), in order. */
  definitionsIn(scope: SyntaxNode | undefined, name: string): readonly Definition[] {
    const key = scope?.id ?? MODULE_SCOPE;
    return this.placed(name).filter((placed) => placed.scope === key).map((placed) => placed.definition);
  }

  private placed(name: string): readonly Placed[] {
    const known = this.placedByName.get(name);
    if (known !== undefined) return known;
    const candidates = (this.candidatesByName ?? this.collectCandidates()).get(name) ?? [];
    const placed = candidates
      .map((candidate) => this.definitionOf(candidate))
      .map((definition) => ({ scope: this.code.enclosingFunction(definition.node)?.id ?? MODULE_SCOPE, definition }))
      .sort((a, b) => a.definition.at - b.definition.at);
    this.placedByName.set(name, placed);
    return placed;
  }

  private definitionOf(candidate: Candidate): Definition {
    if ('mode' in candidate) return candidate;
    const { node, target, targetNode, value } = candidate;
    return this.syntax.declaresNumber(node, targetNode)
      ? { name: target, node, at: node.endIndex, mode: 'fixed', origin: 'sanitised' }
      : { name: target, node, at: node.endIndex, mode: 'assign', value };
  }

  private collectCandidates(): Map<string, Candidate[]> {
    const byName = new Map<string, Candidate[]>();
    this.candidatesByName = byName;
    const add = (name: string, candidate: Candidate): void => {
      const list = byName.get(name);
      if (list === undefined) byName.set(name, [candidate]);
      else list.push(candidate);
    };
    for (const assignment of this.code.assignments()) {
      // Java and C# list `x += y` with the assignment as its own value; the language module reads those.
      if (assignment.value.id !== assignment.node.id) add(assignment.target, assignment);
    }
    walkTypes(this.code.root, this.syntax.definitionTypes, (node) => {
      for (const definition of this.syntax.definitions(node, this)) add(definition.name, definition);
    });
    for (const call of this.code.calls()) {
      for (const definition of this.syntax.callDefinitions(call, this)) add(definition.name, definition);
    }
    return byName;
  }
}
