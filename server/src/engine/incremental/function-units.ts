/**
 * Function units: the functions and methods at the top of a file, of its classes and of the
 * calls and declarations around callbacks, which the incremental scan analyses again on their
 * own when an edit stays inside them. Everything outside them (imports, module- and class-level
 * declarations, decorators, the call a callback is passed to) is the file's context. A unit's
 * findings are taken to depend only on its own text and the context, so when the context's text
 * changes the whole file is analysed again.
 */
import type { Node, TreeCursor } from 'web-tree-sitter';
import type { CodeLanguage } from '../contract';
import { COMMENT_TYPES } from '../parse/comments';
import type { TreeOutline } from '../parse/walk';

export interface FunctionUnit {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  /** The unit's text and where it sits (its chain of containers): what its cached findings are keyed by. */
  readonly key: string;
}

export interface UnitLayout {
  /** In document order, never overlapping. */
  readonly units: readonly FunctionUnit[];
  /** The context's text without comments or whitespace between nodes, with a marker where each unit sits. */
  readonly contextKey: string;
  /** The same walk as pieces, so the model can leave units out without walking again (ScopedTree). */
  readonly outline: TreeOutline;
}

interface UnitGrammar {
  /** Nodes whose children are looked at one by one: a unit inside them is split off. */
  readonly containers: ReadonlySet<string>;
  /** Function-like nodes that become units when met directly inside a container. */
  readonly units: ReadonlySet<string>;
}

const JAVASCRIPT: UnitGrammar = {
  containers: new Set([
    'program', 'export_statement', 'class_declaration', 'abstract_class_declaration', 'class', 'class_body',
    // `app.get('/path', (req, res) => {...})` and `const handler = async (req, res) => {...}`: the
    // callback is the unit, the call or declaration around it is context.
    'expression_statement', 'call_expression', 'arguments', 'lexical_declaration', 'variable_declaration', 'variable_declarator',
    'internal_module', 'module', 'statement_block',
  ]),
  units: new Set([
    'function_declaration', 'generator_function_declaration', 'method_definition', 'arrow_function', 'function_expression',
    'function', 'generator_function',
  ]),
};

const GRAMMARS: Readonly<Record<CodeLanguage, UnitGrammar>> = {
  javascript: JAVASCRIPT,
  typescript: JAVASCRIPT,
  tsx: JAVASCRIPT,
  python: {
    // A decorated function's decorators are context (route and CSRF decorators are read from there).
    containers: new Set(['module', 'class_definition', 'block', 'decorated_definition']),
    units: new Set(['function_definition']),
  },
  java: {
    containers: new Set([
      'program', 'class_declaration', 'class_body', 'interface_declaration', 'interface_body', 'enum_declaration', 'enum_body',
      'enum_body_declarations', 'record_declaration',
    ]),
    units: new Set(['method_declaration', 'constructor_declaration', 'compact_constructor_declaration']),
  },
  csharp: {
    containers: new Set([
      'compilation_unit', 'namespace_declaration', 'file_scoped_namespace_declaration', 'declaration_list', 'class_declaration',
      'struct_declaration', 'record_declaration', 'interface_declaration',
    ]),
    units: new Set(['method_declaration', 'constructor_declaration', 'destructor_declaration', 'operator_declaration']),
  },
  go: { containers: new Set(['source_file']), units: new Set(['function_declaration', 'method_declaration']) },
  php: {
    containers: new Set(['program', 'namespace_definition', 'compound_statement', 'class_declaration', 'declaration_list']),
    units: new Set(['function_definition', 'method_declaration']),
  },
  ruby: { containers: new Set(['program', 'class', 'module', 'body_statement']), units: new Set(['method', 'singleton_method']) },
  shell: { containers: new Set(['program']), units: new Set(['function_definition']) },
};

/** Separates context pieces, and marks where a unit sat, in the context key (never in source text that parses). */
const PIECE = '\u0000';
const UNIT_MARK = '\u0001';

/**
 * Read with a tree cursor, which builds Node objects only for the subtrees beside the units: a
 * file's top level can hold thousands of statements, and this runs on every edit.
 */
export function functionUnits(root: Node, text: string, language: CodeLanguage): UnitLayout {
  const grammar = GRAMMARS[language];
  const units: FunctionUnit[] = [];
  const context: string[] = [];
  const outline: TreeOutline[number][] = [];
  const cursor = root.walk();
  // Containers nest only as deep as classes in classes, so the recursion stays shallow.
  const visitChildren = (path: string): void => {
    if (!cursor.gotoFirstChild()) return;
    let containerIndex = 0;
    do {
      const type = cursor.nodeType;
      const start = cursor.startIndex;
      const end = cursor.endIndex;
      const index = cursor.currentDescendantIndex;
      if (grammar.units.has(type)) {
        outline.push({ kind: 'unit', id: cursor.nodeId, index });
        units.push({
          id: cursor.nodeId,
          start,
          end,
          key: `${path}${PIECE}${text.slice(start, end)}`,
        });
        context.push(UNIT_MARK);
      } else if (cursor.nodeIsNamed && grammar.containers.has(type)) {
        outline.push({ kind: 'path', type, named: true, index });
        context.push(`${type}(`);
        visitChildren(`${path}/${type}#${containerIndex++}`);
        context.push(')');
      } else {
        outline.push(outlinePiece(cursor, type, index));
        if (!COMMENT_TYPES.has(type)) context.push(text.slice(start, end));
      }
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  };
  try {
    outline.push({ kind: 'path', type: root.type, named: true, index: 0 });
    visitChildren(root.type);
  } finally {
    cursor.delete();
  }
  return { units, contextKey: context.join(PIECE), outline };
}

/** A node beside the units: a leaf checked alone, or a subtree walked whole (its Node made now, as every walk visits it). */
function outlinePiece(cursor: TreeCursor, type: string, index: number): TreeOutline[number] {
  if (!cursor.gotoFirstChild()) return { kind: 'leaf', type, named: cursor.nodeIsNamed, index };
  cursor.gotoParent();
  return { kind: 'subtree', node: cursor.currentNode };
}
