/**
 * Cheaper node reads for web-tree-sitter 0.25.10 (pinned, see grammars.ts).
 *
 * Every read of a node's type, end, named flag, parent or field child writes the node into
 * WebAssembly's transfer buffer, five integers through the runtime's generic
 * `setValue(pointer, value, type)`, and reads results back through `getValue`; both switch on
 * the type string on every call. In a profile of the CLI over real code, `setValue` alone was
 * 2.6 % of the time. Here both take a typed-array path for 32-bit integers, which is all node
 * marshalling uses. The runtime itself goes through a little-endian DataView; on a little-endian
 * host, which is every host Node.js ships for (checked anyway), the two write the same bytes.
 */

/** The part of the Emscripten module (the object given to `Parser.init`) these reads replace. */
export interface RuntimeModule {
  setValue: (pointer: number, value: number, type?: string) => void;
  getValue: (pointer: number, type?: string) => number;
  readonly HEAP32?: Int32Array;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Reads = Pick<RuntimeModule, 'setValue' | 'getValue'>;

let runtime: { readonly module: RuntimeModule; readonly own: Reads; readonly fast: Reads } | undefined;

/** `module` is the object `Parser.init` was given: Emscripten fills it in and uses it as the runtime module. */
export function installFastNodeReads(module: RuntimeModule): void {
  if (runtime !== undefined || !LITTLE_ENDIAN || module.HEAP32 === undefined) return;
  const { setValue, getValue } = module;
  // HEAP32 is read on every call: the runtime replaces it when WebAssembly memory grows.
  const fast: Reads = {
    setValue: (pointer, value, type) => {
      if (type === 'i32') module.HEAP32![pointer >> 2] = value;
      else setValue(pointer, value, type);
    },
    getValue: (pointer, type) => (type === 'i32' ? module.HEAP32![pointer >> 2]! : getValue(pointer, type)),
  };
  runtime = { module, own: { setValue, getValue }, fast };
  useFastNodeReads(true);
}

/** Switches between these reads and the runtime's own (tests compare the two). */
export function useFastNodeReads(on: boolean): void {
  if (runtime !== undefined) Object.assign(runtime.module, on ? runtime.fast : runtime.own);
}
