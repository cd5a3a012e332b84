/**
 * The literal prefilter: a rule runs only on text that contains one of its literals, compared
 * case-insensitively. Lower-casing is done once per text and shared by every rule.
 *
 * `passesPrefilter` answers for one literal list. A scan asks for every rule, so `LiteralMatcher`
 * finds all the literals of all rules in one pass over the text (an Aho-Corasick automaton over
 * the lower-cased text) instead of one `includes` per literal per rule: for a file where few rules
 * apply, that was most of the time spent before parsing.
 */
let lastText = '';
let lastLower = '';

/** The text lower-cased, cached for the last text asked about (the scan asks once per rule). */
export function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

export function passesPrefilter(text: string, literals: readonly string[]): boolean {
  if (literals.length === 0) return true;
  const lower = lowerCased(text);
  return literals.some((literal) => lower.includes(literal.toLowerCase()));
}

/** The automaton's alphabet: characters below this code have a transition table entry. */
const ALPHABET = 128;
const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
/** From an upper-case ASCII letter to its lower-case one. */
const CASE_OFFSET = 0x20;
const LOWER_I = 0x69;
const LOWER_K = 0x6b;
const DOTTED_CAPITAL_I = 0x130;
const KELVIN_SIGN = 0x212a;

/**
 * All the literals of a rule set, matched at once. `literalsIn(text)` gives a predicate with the
 * same answer as `passesPrefilter(text, literals)` for any list of literals given to the
 * constructor (literals outside that set are looked up with `includes`).
 */
export class LiteralMatcher {
  private readonly ids = new Map<string, number>();
  /** delta[state * ALPHABET + code]: the next state, failure links folded in. */
  private readonly delta: Int32Array;
  /** The literal ids that end at each state (its own and those along its failure links), or undefined. */
  private readonly outputs: (readonly number[] | undefined)[];
  /** 1 where `outputs` has literals. */
  private readonly hasOutput: Uint8Array;
  /** Literals with a character outside the alphabet, or empty: answered with `includes`. */
  private readonly others: readonly number[];
  private readonly literals: readonly string[];
  private readonly listIds = new WeakMap<readonly string[], readonly number[]>();

  constructor(literals: Iterable<string>) {
    const all: string[] = [];
    for (const literal of literals) {
      const lower = literal.toLowerCase();
      if (!this.ids.has(lower)) {
        this.ids.set(lower, all.length);
        all.push(lower);
      }
    }
    this.literals = all;
    const others: number[] = [];
    // The trie, with children in a map per state while building.
    const children: Map<number, number>[] = [new Map<number, number>()];
    const ends: number[][] = [[]];
    all.forEach((literal, id) => {
      if (literal.length === 0 || [...literal].some((char) => char.charCodeAt(0) >= ALPHABET || char.length > 1)) {
        others.push(id);
        return;
      }
      let state = 0;
      for (let index = 0; index < literal.length; index++) {
        const code = literal.charCodeAt(index);
        let next = children[state]!.get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map<number, number>());
          ends.push([]);
          children[state]!.set(code, next);
        }
        state = next;
      }
      ends[state]!.push(id);
    });
    this.others = others;
    // Breadth-first: each state's transitions are its children, else its failure state's.
    const delta = new Int32Array(children.length * ALPHABET);
    const outputs: (number[] | undefined)[] = new Array<number[] | undefined>(children.length);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let code = 0; code < ALPHABET; code++) {
      const child = children[0]!.get(code);
      if (child !== undefined) {
        delta[code] = child;
        fail[child] = 0;
        queue.push(child);
      }
    }
    outputs[0] = undefined;
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const own = ends[state]!;
      const inherited = outputs[fail[state]!];
      outputs[state] = own.length === 0 ? inherited : inherited === undefined ? own : [...own, ...inherited];
      // The failure state's row (complete already: it is shallower), then this state's own children.
      const failRow = fail[state]! * ALPHABET;
      delta.copyWithin(state * ALPHABET, failRow, failRow + ALPHABET);
      for (const [code, child] of children[state]!) {
        fail[child] = delta[failRow + code]!;
        delta[state * ALPHABET + code] = child;
        queue.push(child);
      }
    }
    // Upper-case letters move as their lower-case letters do, so the text needs no lower-casing.
    for (let row = 0; row < delta.length; row += ALPHABET) delta.copyWithin(row + UPPER_A, row + UPPER_A + CASE_OFFSET, row + UPPER_Z + 1 + CASE_OFFSET);
    this.delta = delta;
    this.outputs = outputs;
    this.hasOutput = Uint8Array.from(outputs, (ended) => (ended === undefined ? 0 : 1));
  }

  /**
   * Which literals occur in `text` (case-insensitively): a predicate over literal lists. The
   * automaton moves on an upper-case letter as on its lower-case one, which finds what a search
   * of `text.toLowerCase()` finds without copying the text (files are up to a megabyte). The only
   * characters outside ASCII whose lower case holds an ASCII letter are folded here: U+0130 to
   * "i" and a combining dot, and the Kelvin sign U+212A to "k".
   */
  literalsIn(text: string): (literals: readonly string[]) => boolean {
    const found = new Uint8Array(this.literals.length);
    const { delta, outputs } = this;
    // A state's literals are marked the first time it is reached; then it is unmarked, so the
    // loop tests one byte per character.
    const pending = this.hasOutput.slice();
    const visit = (state: number): void => {
      pending[state] = 0;
      for (const id of outputs[state]!) found[id] = 1;
    };
    let state = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code < ALPHABET) state = delta[state * ALPHABET + code]!;
      else if (code === KELVIN_SIGN) state = delta[state * ALPHABET + LOWER_K]!;
      else if (code === DOTTED_CAPITAL_I) {
        const dotted = delta[state * ALPHABET + LOWER_I]!;
        if (pending[dotted] === 1) visit(dotted);
        // The combining dot that follows the "i" matches no literal in the alphabet.
        state = 0;
        continue;
      } else state = 0;
      if (pending[state] === 1) visit(state);
    }
    const lower = this.others.length === 0 ? '' : lowerCased(text);
    for (const id of this.others) found[id] = lower.includes(this.literals[id]!) ? 1 : 0;
    return (literals) => {
      if (literals.length === 0) return true;
      return this.idsOf(literals).some((id) => (id < 0 ? lowerCased(text).includes(literals[-id - 1]!.toLowerCase()) : found[id] === 1));
    };
  }

  /** Literal ids of a list; a literal the matcher was not built with is `-(its index + 1)`. */
  private idsOf(literals: readonly string[]): readonly number[] {
    let ids = this.listIds.get(literals);
    if (ids === undefined) {
      ids = literals.map((literal, index) => this.ids.get(literal.toLowerCase()) ?? -index - 1);
      this.listIds.set(literals, ids);
    }
    return ids;
  }
}

const matchers = new WeakMap<object, LiteralMatcher>();

/** The matcher for a rule set, built once per rule array (rules carry `meta.prefilter` and `meta.prefilterByLanguage`). */
export function literalMatcherFor(
  rules: readonly { readonly meta: { readonly prefilter: readonly string[]; readonly prefilterByLanguage?: Readonly<Record<string, readonly string[] | undefined>> } }[],
): LiteralMatcher {
  let matcher = matchers.get(rules);
  if (matcher === undefined) {
    matcher = new LiteralMatcher(
      rules.flatMap((rule) => [...rule.meta.prefilter, ...Object.values(rule.meta.prefilterByLanguage ?? {}).flatMap((list) => list ?? [])]),
    );
    matchers.set(rules, matcher);
  }
  return matcher;
}
