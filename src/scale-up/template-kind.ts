import { scaleUpKind } from '../operations/kinds/scale-up-kind.js';
import { PARITY_CHECKS } from '../operations/validate-operation.js';

/**
 * A template scale-up: its copies keep their template's typed out-degree (and in-degree when the
 * factor is whole). A record from before plans were recorded says whether its factor was whole.
 */
export const TEMPLATE_KIND = scaleUpKind({
  name: 'template',
  description: 'template scale-up',
  checks: PARITY_CHECKS,
  legacyPlan: (record) => {
    const factor = record.params.scaleFactor;
    return { inDegree: typeof factor === 'number' && Number.isInteger(factor) };
  },
});
