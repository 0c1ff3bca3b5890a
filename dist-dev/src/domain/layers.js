import { LABEL, SHARED_LABELS } from './atg-schema.js';
export function layerOf(labels) {
    if (labels.includes(LABEL.Original))
        return 'original';
    if (!labels.includes(LABEL.Resource))
        return null;
    return labels.some((l) => SHARED_LABELS.includes(l)) ? null : 'abstracted';
}
//# sourceMappingURL=layers.js.map