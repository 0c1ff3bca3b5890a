import { createdTenantKind } from '../../operations/kinds/created-tenant-kind.js';

/** A scale-down sample written as a tenant of its own: undone by removing that tenant. */
export const NEW_TENANT_KIND = createdTenantKind('new-tenant', 'scale-down to a new tenant');
