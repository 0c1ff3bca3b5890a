import { LABEL, SHARED_LABELS } from './atg-schema.js';

/** Which ATG layer a node is on, from its labels: scale operations read and write `abstracted` only. */
export type Layer = 'abstracted' | 'original';

export function layerOf(labels: readonly string[]): Layer | null {
  if (labels.includes(LABEL.Original)) return 'original';
  if (!labels.includes(LABEL.Resource)) return null;
  return labels.some((l) => SHARED_LABELS.includes(l)) ? null : 'abstracted';
}
