import type { CountByKey, GraphStore } from '../store/graph-store.js';

export interface ValidationCheck {
  readonly name: string;
  readonly passed: boolean;
  readonly detail: string;
}

/** The checks a `validation.check_*` switch turns off (ATG's keys). */
export const CHECKS_OF_SWITCH = {
  originalLayer: ['no-original-contamination'],
  relationshipParity: ['relationship-parity', 'in-degree-parity'],
} as const;

/** Checks minus those the user turned off: they are not run as far as the result goes (not reported, not required). */
export function withoutSkipped(checks: readonly ValidationCheck[], skip: readonly string[] | undefined): ValidationCheck[] {
  return skip?.length ? checks.filter((c) => !skip.includes(c.name)) : [...checks];
}

export interface ValidationExpectations {
  /** Copies per type the plan called for (omit to skip the check). */
  readonly plannedByType?: readonly CountByKey[];
  readonly plannedRelationships?: number;
  /** In-degree parity holds only for whole-number factors. */
  readonly checkInDegree?: boolean;
}

/** The post-write checks of a template operation (no Original contamination, markers, type counts, typed degree parity, relationship count), over its nodes. */
export async function validateOperation(store: GraphStore, operationId: string, expect: ValidationExpectations = {}): Promise<ValidationCheck[]> {
  const facts = await store.inspectOperation(operationId);
  const checks: ValidationCheck[] = [
    zero('no-original-contamination', facts.originalContamination, 'operation nodes that are :Original or have SCAN_SOURCE_NODE'),
    zero('synthetic-markers', facts.missingMarkers, 'operation nodes missing a synthetic marker'),
    zero('relationship-parity', facts.parityMismatches, `copies whose typed out-degree differs from their template's`),
  ];
  if (expect.checkInDegree) checks.push(zero('in-degree-parity', facts.inDegreeMismatches, `copies whose typed in-degree differs from their template's`));
  if (expect.plannedByType) checks.push(typeCountCheck(expect.plannedByType, facts.byType));
  if (expect.plannedRelationships !== undefined) {
    checks.push({
      name: 'relationship-count',
      passed: facts.relationships === expect.plannedRelationships,
      detail: `${facts.relationships} relationships from copies, planned ${expect.plannedRelationships}`,
    });
  }
  return checks;
}

/** The operation's resources per type equal the plan's, type by type. */
export function typeCountCheck(plannedByType: readonly CountByKey[], found: readonly CountByKey[]): ValidationCheck {
  const planned = new Map(plannedByType.map((c) => [c.key, c.count]));
  const actual = new Map(found.map((c) => [c.key, c.count]));
  const wrong = [...new Set([...planned.keys(), ...actual.keys()])].filter((k) => (planned.get(k) ?? 0) !== (actual.get(k) ?? 0));
  const total = found.reduce((s, c) => s + c.count, 0);
  return {
    name: 'type-counts',
    passed: wrong.length === 0,
    detail:
      wrong.length === 0
        ? `${total} resources across ${actual.size} types, as planned`
        : wrong.map((k) => `${k}: planned ${planned.get(k) ?? 0}, found ${actual.get(k) ?? 0}`).join('; '),
  };
}

export function zero(name: string, count: number, what: string): ValidationCheck {
  return { name, passed: count === 0, detail: count === 0 ? `0 ${what}` : `${count} ${what}` };
}
