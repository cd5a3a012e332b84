/** Every built-in rule. The faces pass this list to the engine's `scan`. */
import type { Rule } from '../engine/contract';
import { weakHash } from './crypto/weak-hash';
import { cleartextHttp } from './transport/cleartext-http';
import { tlsVerifyDisabled } from './transport/tls-verify-disabled';

export const allRules: readonly Rule[] = [weakHash, tlsVerifyDisabled, cleartextHttp];
