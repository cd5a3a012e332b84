/**
 * Where a flagged value's origin lies, as a related location, so the editor and SARIF can point
 * at the request read or the parameter behind a finding. Each rule words the note itself
 * ("Request data is read here.", "The value is escaped here.").
 */
import type { RelatedLocation, SyntaxNode } from '../contract';
import type { OriginKind, ValueOrigin } from './origin';

export type EvidenceNotes = Readonly<Record<OriginKind, string>>;

/** The origin as a related location, unless it lies inside the flagged node (then it adds nothing). */
export function relatedEvidence(origin: ValueOrigin, flagged: SyntaxNode, notes: EvidenceNotes): { related?: RelatedLocation[] } {
  const evidence = origin.evidence;
  if (evidence === undefined || (evidence.startIndex >= flagged.startIndex && evidence.endIndex <= flagged.endIndex)) return {};
  return { related: [{ range: { start: evidence.startIndex, end: evidence.endIndex }, message: notes[origin.kind] }] };
}
