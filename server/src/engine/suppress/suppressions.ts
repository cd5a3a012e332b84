/**
 * Suppressions (CONTRACTS §5), the one module the rest of the product imports for them:
 * inline `moj-secure-code-ignore` comments, project-file entries for formats without comments,
 * the notices about both, and the comment text the editor and CLI insert.
 */
export { findInlineSuppressions, type InlineSuppression } from './inline-suppressions';
export { applySuppressions, type SuppressedFinding, type SuppressionContext, type SuppressionOutcome } from './apply-suppressions';
export { PLACEHOLDER_JUSTIFICATION, SUPPRESSION_KEYWORD } from './parse-directive';
export { suppressionComment, canSuppressInline, type SuppressionCommentText } from './suppression-comment';
export { SUPPRESSION_NOTICE_RULES, NOTICE_RULE_IDS } from './notices';
