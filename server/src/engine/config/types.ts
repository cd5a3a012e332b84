import type { Confidence, Severity } from '../contract';

/** A rule's setting: off, a severity override, or an object with a severity and threshold overrides. */
export type RuleSetting =
  | 'off'
  | Severity
  | { readonly severity?: Severity | 'off'; readonly thresholds?: Readonly<Record<string, number | string | readonly string[]>> };

/** A suppression for a file kind without comments (JSON, lockfiles), kept in the project file. */
export interface ProjectSuppression {
  /** Path glob relative to the project root. */
  readonly path: string;
  readonly rule: string;
  /** `partialFingerprints["mojSecureCode/v1"]` of the one finding; absent means every finding of the rule in the path. */
  readonly fingerprint?: string;
  readonly justification: string;
  /** YYYY-MM-DD; the suppression stops working after this day. */
  readonly until?: string;
}

/** The configuration keys of CONTRACTS §4, all resolved. */
export interface EffectiveConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly minSeverity: Severity;
  readonly minConfidence: Confidence;
  readonly exclude: readonly string[];
  readonly maxFileSizeKb: number;
  readonly policyBaseUrl: string;
  readonly advisories: readonly string[];
  readonly eolData?: string;
  readonly suppressions: readonly ProjectSuppression[];
  readonly suppressionExpiryDays: number;
}

/** A partial configuration from one source (CLI flags, project file, user settings). */
export type PartialConfig = { -readonly [K in keyof EffectiveConfig]?: EffectiveConfig[K] };

export const DEFAULT_POLICY_BASE_URL = 'https://security-guidance.service.justice.gov.uk';

export const DEFAULT_CONFIG: EffectiveConfig = {
  rules: {},
  minSeverity: 'info',
  minConfidence: 'low',
  exclude: [],
  maxFileSizeKb: 1024,
  policyBaseUrl: DEFAULT_POLICY_BASE_URL,
  advisories: [],
  suppressions: [],
  suppressionExpiryDays: 90,
};
