/**
 * Reading a call's arguments the way every rule does: the n-th argument given by position, and
 * an argument given by keyword (Python `verify=`, C# `name:`, Ruby `key:`), under any of its names.
 */
import type { CallSite, SyntaxNode } from '../contract';

/** The `index`-th positional argument (keyword arguments are not counted). */
export function positionalArgument(call: CallSite, index: number): SyntaxNode | undefined {
  return call.args.filter((argument) => argument.name === undefined)[index]?.node;
}

/** How many arguments are given by position (keyword arguments are not counted). */
export function positionalCount(call: CallSite): number {
  let count = 0;
  for (const argument of call.args) if (argument.name === undefined) count++;
  return count;
}

/** The keyword argument with one of these names, the first given. */
export function namedArgument(call: CallSite, ...names: readonly string[]): SyntaxNode | undefined {
  return call.args.find((argument) => argument.name !== undefined && names.includes(argument.name))?.node;
}
