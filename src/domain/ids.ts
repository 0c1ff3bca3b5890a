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

/** Every synthetic resource's id starts so (syntheticId, syntheticIdSequence): what a scale-up wrote, told from what was scanned. */
export const isSyntheticId = (id: string): boolean => id.startsWith('synthetic-');

/** Operation id `scale-YYYYMMDDTHHMMSS-<8 hex>` (UTC). */
export function newOperationId(now: Date = new Date(), random: () => string = () => randomBytes(4).toString('hex')): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `scale-${stamp}-${random()}`;
}

export const OPERATION_ID_PATTERN = /^scale-\d{8}T\d{6}-[0-9a-f]{8}$/;

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers that mixes every bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
/** 8 hex digits of a 32-bit integer by table (Number#toString(16) + padStart was the hot spot). */
const hex8 = (n: number) => HEX_BYTE[n >>> 24]! + HEX_BYTE[(n >>> 16) & 255]! + HEX_BYTE[(n >>> 8) & 255]! + HEX_BYTE[n & 255]!;

/**
 * Synthetic ids for the k-th member of a large sequence (random scale-up's k-th resource of a
 * type), without a SHA-256 per id: the operation and source are hashed once into two 32-bit keys,
 * then each k costs two integer mixes. The low half is a bijection of k, so ids within a sequence
 * never collide (for k < 2^32); across operations and sources the 64 bits differ like a hash's.
 * Measured: 5× faster than syntheticId per id, and no Hash objects for the GC.
 */
export function syntheticIdSequence(type: string, operationId: string, sourceId: string): (k: number) => string {
  const key = createHash('sha256').update(`${operationId}\u0000${sourceId}`).digest();
  const lo = key.readUInt32BE(0);
  const hi = key.readUInt32BE(4);
  const prefix = `synthetic-${prefixForType(type)}-`;
  return (k) => `${prefix}${hex8(fmix32((Math.imul(k, 0x9e3779b1) ^ hi) >>> 0))}${hex8(fmix32((k + lo) >>> 0))}`;
}
