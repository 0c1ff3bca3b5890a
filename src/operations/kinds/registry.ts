import { InternalError } from '../../domain/errors.js';
import type { OperationKindDefinition } from './operation-kind.js';

// The kinds known to this process, by name: filled by src/operation-kinds.ts (the one registration list).
const kinds = new Map<string, OperationKindDefinition>();

/** Adds kinds to the registry; registering the same definition again is a no-op, another one under a taken name a bug. */
export function registerOperationKinds(...definitions: readonly OperationKindDefinition[]): void {
  for (const d of definitions) {
    const known = kinds.get(d.name);
    if (known && known !== d) throw new InternalError(`operation kind ${d.name} is registered twice`, 'give the new kind a name of its own');
    kinds.set(d.name, d);
  }
}

/** The kind of a record; a name this version does not know is an error naming it. */
export function operationKind(name: string): OperationKindDefinition {
  const kind = kinds.get(name);
  if (!kind) {
    throw new InternalError(
      `operation kind ${name} is not known to this process (known: ${[...kinds.keys()].join(', ') || 'none'})`,
      'load tenant-scale through its entry point (src/index.ts), which registers every kind, or upgrade tenant-scale if a newer version wrote the record',
    );
  }
  return kind;
}

/** What undoing an operation of this kind does beyond removing what it wrote, in words (empty when nothing more, or for a name not registered). */
export function undoEffect(name: string): string {
  return kinds.get(name)?.undoEffect ?? '';
}

/** The kind in words, for messages: never fails (an unknown name is shown as it is). */
export function describeKind(name: string): string {
  return kinds.get(name)?.description ?? name;
}
