import { createdTenantKind } from '../operations/kinds/created-tenant-kind.js';

/** A tenant imported from a file or copied from another store: undone by removing that tenant (and the records the copy brought along). */
export const IMPORT_KIND = createdTenantKind('import', 'import');
