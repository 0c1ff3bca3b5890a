import { scaleUpKind } from '../../operations/kinds/scale-up-kind.js';
import { profileCheck, stampCheck } from '../../operations/validation-checks.js';

/** A scenario scale-up: its relationships match the planned profile, and every stamp it wrote is one connected piece. */
export const SCENARIO_KIND = scaleUpKind({
  name: 'scenario',
  description: 'scenario scale-up',
  checks: {
    afterCounts: async (store, operationId, planned) => [
      ...(planned.profile ? [profileCheck(planned.profile, await store.operationRelationshipProfile(operationId))] : []),
      stampCheck(await store.readOperationGraph(operationId), planned.stamps),
    ],
  },
});
