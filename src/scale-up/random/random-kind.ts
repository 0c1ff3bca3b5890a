import { ALLOWED_RESOURCE_PAIRS } from '../../domain/atg-catalog/kind-relationships.js';
import { scaleUpKind } from '../../operations/kinds/scale-up-kind.js';
import { rulesCheck } from '../../operations/validation-checks.js';

/** A random scale-up: every relationship it wrote joins a pair of resource kinds ATG allows. */
export const RANDOM_KIND = scaleUpKind({
  name: 'random',
  description: 'random scale-up',
  checks: {
    afterCounts: async (store, operationId) => [rulesCheck(ALLOWED_RESOURCE_PAIRS, await store.operationRelationshipProfile(operationId))],
  },
});
