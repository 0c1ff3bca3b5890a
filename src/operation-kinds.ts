/**
 * Every operation kind, registered once: the lifecycle, scale-cleanup and scale-validate find a
 * record's kind here. A new kind is a file next to its feature (an OperationKindDefinition, usually
 * made with scaleUpKind or createdTenantKind) and one line below. src/index.ts imports this module.
 */
import { registerOperationKinds } from './operations/kinds/registry.js';
import { DELETE_KIND } from './scale-down/outputs/delete-kind.js';
import { NEW_TENANT_KIND } from './scale-down/outputs/new-tenant-kind.js';
import { RANDOM_KIND } from './scale-up/random/random-kind.js';
import { SCENARIO_KIND } from './scale-up/scenario/scenario-kind.js';
import { TEMPLATE_KIND } from './scale-up/template-kind.js';
import { GENERATE_TENANT_KIND } from './tenant-generator/generate-tenant-kind.js';
import { IMPORT_KIND } from './transfer/import-kind.js';

registerOperationKinds(TEMPLATE_KIND, SCENARIO_KIND, RANDOM_KIND, GENERATE_TENANT_KIND, IMPORT_KIND, NEW_TENANT_KIND, DELETE_KIND);
