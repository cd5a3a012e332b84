/** Builds a code model from source text for adapter tests, and frees the tree afterwards. */
import type { CodeLanguage, CodeModel, ProjectIndex } from '../../server/src/engine/contract';
import { Deadline } from '../../server/src/engine/deadline';
import { buildCodeModel } from '../../server/src/engine/model/code-model';
import { parseCode } from '../../server/src/engine/parse/parse-code';

export const NO_PROJECT: ProjectIndex = {
  property: () => undefined,
  lockfiles: () => new Map(),
  terraformResources: () => [],
  hasSibling: () => false,
};

export async function withModel<T>(language: CodeLanguage, text: string, use: (model: CodeModel) => T, project: ProjectIndex = NO_PROJECT): Promise<T> {
  const parsed = await parseCode(text, language, new Deadline(10_000));
  if (parsed === 'timeout') throw new Error('parse timed out');
  try {
    return use(buildCodeModel(parsed, project));
  } finally {
    parsed.tree.delete();
  }
}

/** The value of the first call argument of the first call whose callee is `callee`. */
export function firstArgumentValue(model: CodeModel, callee: string): unknown {
  const call = model.calls().find((candidate) => candidate.callee === callee);
  const argument = call?.args[0];
  return argument ? model.valueOf(argument.node) : undefined;
}
