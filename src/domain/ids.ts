import { createHash, randomBytes } from 'node:crypto';
import { prefixForType } from './atg-schema.js';

/** 16 hex chars (64 bits) of SHA-256: deterministic and, at 64 bits, collision-free in practice at 10^6–10^7 ids. */
export function hex64(input: string): string {
  return createHash('sha256').update(input).digest('hex').slice(0, 16);
}

/**
 * Abstracted-layer id `<prefix>-<16 hex>`. ATG hashes only the resource name (so two subnets
 * called `default` merge); we hash the full ARM id so they never do.
 */
export function abstractedId(type: string, armId: string): string {
  return `${prefixForType(type)}-${hex64(armId.toLowerCase())}`;
}

/** Synthetic id `synthetic-<prefix>-<16 hex>` from (operation, source, copy index). */
export function syntheticId(type: string, operationId: string, sourceId: string, copyIndex: number): string {
  return `synthetic-${prefixForType(type)}-${hex64(`${operationId}\u0000${sourceId}\u0000${copyIndex}`)}`;
}

/** Operation id `scale-YYYYMMDDTHHMMSS-<8 hex>` (UTC). */
export function newOperationId(now: Date = new Date(), random: () => string = () => randomBytes(4).toString('hex')): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `scale-${stamp}-${random()}`;
}

export const OPERATION_ID_PATTERN = /^scale-\d{8}T\d{6}-[0-9a-f]{8}$/;
