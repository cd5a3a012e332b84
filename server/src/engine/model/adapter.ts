/**
 * What each tree-sitter language contributes to the code model. An adapter knows its grammar's
 * node types; the model core (code-model.ts) does what is common: alias resolution, constant
 * propagation and caching. One adapter per language in ./adapters.
 */
import type { Node } from 'web-tree-sitter';
import type { Argument, CodeLanguage, ImportBinding, StaticValue, StringLiteral } from '../contract';

/** A call as the adapter sees it; the core adds callee text, alias-resolved name and method name. */
export interface RawCall {
  readonly node: Node;
  readonly calleeNode: Node;
  readonly receiver?: Node;
  readonly args: readonly Argument[];
  readonly isConstructor: boolean;
  /** For constructors and calls whose callee is not a plain expression (e.g. Java `obj.m()`), the name to use. */
  readonly calleeText?: string;
}

export interface RawKeyValue {
  readonly node: Node;
  readonly key: string;
  readonly keyNode: Node;
  readonly value: Node;
}

export interface RawAssignment {
  readonly node: Node;
  readonly targetNode: Node;
  readonly value: Node;
}

export interface FactSink {
  /** The document's text, for what a node's first character tells without a call into WebAssembly. */
  readonly text: string;
  call(call: RawCall): void;
  keyValue(keyValue: RawKeyValue): void;
  assignment(assignment: RawAssignment): void;
  importBinding(binding: ImportBinding): void;
  string(literal: StringLiteral): void;
}

export interface LanguageAdapter {
  readonly language: CodeLanguage;
  /** Node types that open a function scope (functions, methods, lambdas). */
  readonly functionTypes: ReadonlySet<string>;
  /**
   * The node types `collect` reads. Only these are materialised during the walk, which keeps
   * model building cheap; leave it out to be called for every node.
   */
  readonly collectedTypes?: ReadonlySet<string>;
  /** Called for nodes in pre-order, with the node's type (read once by the walk); reports the facts the node holds. */
  collect(node: Node, type: string, sink: FactSink): void;
  /** The value of a literal node, or undefined when the node is not a literal. */
  literal(node: Node): StaticValue | undefined;
  /**
   * The value of an expression built from parts (concatenation, interpolation, parentheses,
   * casts), using `evaluate` for the parts; undefined when the node is no such expression.
   */
  composite(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined;
  /**
   * Dotted segments of an identifier or member-access chain (`a.b.c` → ['a','b','c']), or
   * undefined when the node is not a plain chain. Used for callee names, alias resolution and
   * constant lookup.
   */
  memberPath(node: Node): string[] | undefined;
}
