import { createdTenantKind } from '../operations/kinds/created-tenant-kind.js';

/** A base tenant made by generate-tenant: undone by removing that tenant. */
export const GENERATE_TENANT_KIND = createdTenantKind('generate-tenant', 'generate-tenant');
