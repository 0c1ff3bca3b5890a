import { keyPropertyOf, LABEL, REL, SHARED_LABELS } from '../../domain/atg-schema.js';
import { PROPERTIES_NOT_COPIED } from '../../domain/template-replication.js';
import type { TenantScope } from '../../domain/tenant-scope.js';
import { ABSTRACTED_PREDICATE, createNodesQuery, quoteName, scopePredicate } from './cypher.js';

/**
 * Every Cypher query that runs per row over a large set, in one place, written so that its plan
 * cannot degrade with the server's statistics.
 *
 * Why: Neo4j plans a query from index samples and label counts and caches the plan. On a
 * long-lived server those statistics lag behind bulk writes and deletes (an index sampled while
 * empty estimates 0 rows), and a plan made from them can put a whole-index scan on the per-row
 * side of a join: we saw template validation scan every node of the operation once per
 * relationship and run for 19 minutes instead of 1.5 s. So every query here:
 *   1. starts from parameters (UNWIND $ids, an equality on $op or $tenantId) or a unique lookup;
 *   2. pins the index of every lookup with `USING INDEX`, so there is no plan choice left that a
 *      statistic could flip — in particular copies are found through the composite index
 *      (scale_operation_id, template_source_id): exactly one operation's copies of one template;
 *   3. bounds its work per row: validation walks an operation's templates in pages
 *      (`UNWIND $templateIds`), computes each template's expected degree profile once (not once
 *      per copy) and compares per-type counts (a few types) instead of lists of every edge.
 * test/contract/neo4j-plans.test.ts EXPLAINs every entry of HOT_QUERY_CASES on an empty server, on
 * one with adversarial statistics and on a loaded one, and fails if a scan sits on the per-row side
 * of an Apply. A new query joins that test by being added to the table at the end of this file.
 *
 * MERGE takes no index hint; the shared-node MERGE (regions, tags: a handful of rows) is in the
 * table too, so a plan change there would be seen.
 */
export interface HotQuery {
  /** What the query is for, in words a user can act on (used in timeout errors). */
  readonly purpose: string;
  readonly cypher: string;
}

const SCAN = `'${REL.SCAN_SOURCE_NODE}'`;
/** The composite index that finds one operation's copies of one template. */
const COPY_INDEX = 'Resource(scale_operation_id, template_source_id)';
/** Per-type degree counts as 'TYPE=n' strings: two profiles are equal when they hold the same entries. */
const profile = (pattern: string, where = '') => `COLLECT { MATCH ${pattern} ${where} WITH type(r) AS ty, count(*) AS n RETURN ty + '=' + toString(n) }`;
const differ = (a: string, b: string) => `(size(${a}) <> size(${b}) OR any(e IN ${a} WHERE NOT e IN ${b}))`;

export function createRelationships(type: string, srcLabel: string, dstLabel: string): HotQuery {
  return {
    purpose: `writing ${type} relationships`,
    cypher:
      `UNWIND $rows AS row ` +
      `MATCH (a:${quoteName(srcLabel)} {${quoteName(keyPropertyOf(srcLabel))}: row.src}) USING INDEX SEEK a:${quoteName(srcLabel)}(${quoteName(keyPropertyOf(srcLabel))}) ` +
      `MATCH (b:${quoteName(dstLabel)} {${quoteName(keyPropertyOf(dstLabel))}: row.dst}) USING INDEX SEEK b:${quoteName(dstLabel)}(${quoteName(keyPropertyOf(dstLabel))}) ` +
      `CREATE (a)-[:${quoteName(type)}]->(b)`,
  };
}

export function mergeNodes(labels: readonly string[]): HotQuery {
  const primary = labels[0] ?? LABEL.Resource;
  const key = quoteName(keyPropertyOf(primary));
  const extra = labels.slice(1).map(quoteName).join(':');
  return {
    purpose: `writing shared ${primary} nodes`,
    cypher: `UNWIND $rows AS row MERGE (n:${quoteName(primary)} {${key}: row.${key}}) ON CREATE SET n = row${extra ? `, n:${extra}` : ''}`,
  };
}

export function deleteTenantNodes(label: string): HotQuery {
  return {
    purpose: `deleting the tenant's ${label} nodes`,
    cypher: `MATCH (n:${quoteName(label)}) USING INDEX SEEK n:${quoteName(label)}(tenant_id) WHERE n.tenant_id = $tenantId WITH n LIMIT $limit DETACH DELETE n`,
  };
}

/**
 * Templates for scale-up. A tenant-only scope starts from the tenant_id index; a scope that takes
 * null-tenant resources too cannot (nulls are not indexed) and reads the label once, at the top of
 * the plan, never per row.
 */
export function readTemplates(scope: TenantScope, byType: boolean): HotQuery {
  return {
    purpose: 'reading the templates',
    // A scope with null-tenant resources (the database holds this tenant alone, or it is named by subscription) reads over the id index.
    cypher: `MATCH (n:Resource) ${scope.includeNullTenant ? "USING INDEX SEEK n:Resource(id) WHERE n.id >= '' AND" : 'USING INDEX SEEK n:Resource(tenant_id) WHERE'}
     ${scopePredicate(scope)} AND ${ABSTRACTED_PREDICATE} AND (n.synthetic IS NULL OR n.synthetic = false) AND n.type IS NOT NULL
       ${byType ? 'AND n.type IN $types' : ''}
     RETURN n.id AS id, n.type AS type, COUNT { (n)-[r]->() WHERE type(r) <> ${SCAN} } AS outDegree
     ORDER BY type, id`,
  };
}

export const copyTemplateNodes: HotQuery = {
  purpose: 'copying template nodes',
  cypher: `UNWIND $batch AS t
     MATCH (s:Resource {id: t.templateId}) USING INDEX SEEK s:Resource(id)
     UNWIND range(0, size(t.copyIds) - 1) AS j
     CREATE (c:Resource)
     // One map, so the copy never holds the template's id (the unique constraint checks each SET).
     SET c = s {.*, id: t.copyIds[j], name: t.copyIds[j],
                abstracted_id: CASE WHEN s.abstracted_id IS NULL THEN null ELSE t.copyIds[j] END,
                template_source_id: s.id, template_copy_index: j,
                ${PROPERTIES_NOT_COPIED.map((p) => `${quoteName(p)}: null`).join(', ')}}
     SET c += $markers`,
};

/**
 * The copies' relationships of a batch of templates: copy j of t gets each out-edge t→x, to copy
 * (j mod copies(x)) of x when x was copied, else to x itself. `type` keeps one relationship type
 * literal (servers without dynamic types); without it the type is dynamic (`:$(type(r))`, 5.26.1+).
 */
export function copyTemplateRelationships(type?: string): HotQuery {
  return {
    purpose: 'copying template relationships',
    cypher: `UNWIND $ids AS tid
     MATCH (t:Resource {id: tid}) USING INDEX SEEK t:Resource(id)
     MATCH (t)-[r${type ? `:${quoteName(type)}` : ''}]->(x) ${type ? '' : `WHERE type(r) <> ${SCAN}`}
     WITH t, r, x, COLLECT { MATCH (y:Resource {scale_operation_id: $op, template_source_id: x.id}) USING INDEX SEEK y:${COPY_INDEX} RETURN y ORDER BY y.template_copy_index } AS xs
     MATCH (c:Resource {scale_operation_id: $op, template_source_id: t.id}) USING INDEX SEEK c:${COPY_INDEX}
     WITH c, r, CASE WHEN size(xs) = 0 THEN x ELSE xs[c.template_copy_index % size(xs)] END AS target
     CREATE (c)-[${type ? `:${quoteName(type)}` : ':$(type(r))'}]->(target)`,
  };
}

export const templateRelationshipTypes: HotQuery = {
  purpose: "reading the templates' relationship types",
  cypher: `UNWIND $ids AS tid MATCH (t:Resource {id: tid}) USING INDEX SEEK t:Resource(id)
     MATCH (t)-[r]->() WHERE type(r) <> ${SCAN} RETURN DISTINCT type(r) AS type`,
};

/** Per-node facts of an operation in one pass, grouped by type and marker values (layers, SCAN_SOURCE_NODE, relationships leaving the nodes). */
export const operationFacts: HotQuery = {
  purpose: "validating the operation's nodes",
  cypher: `MATCH (n:Resource {scale_operation_id: $op}) USING INDEX SEEK n:Resource(scale_operation_id)
     RETURN n.type AS key, coalesce(n.synthetic = true, false) AS synthetic, n.tenant_id AS tenantId, n.generation_strategy AS strategy,
            n.generation_timestamp AS timestamp, n.template_source_id IS NOT NULL AS templateSource, n.template_copy_index IS NOT NULL AS copyIndex,
            count(*) AS count,
            sum(CASE WHEN n:Original OR EXISTS { (n)-[:${REL.SCAN_SOURCE_NODE}]-() } THEN 1 ELSE 0 END) AS original,
            sum(COUNT { (n)-->() }) AS relationships`,
};

/** One page of an operation's template ids, in order, from the composite index. */
export const operationTemplatePage: HotQuery = {
  purpose: "listing the operation's templates",
  cypher: `MATCH (c:Resource) USING INDEX SEEK c:${COPY_INDEX}
     WHERE c.scale_operation_id = $op AND c.template_source_id > $after
     // Ordered by the index's own columns: read in index order, distinct on the fly, stopped at the limit.
     WITH DISTINCT c.scale_operation_id AS op, c.template_source_id AS tid ORDER BY op, tid LIMIT $limit
     RETURN tid`,
};

/**
 * Degree parity for a page of templates: each template's typed out-profile and its typed
 * in-profile from templates copied by the operation are computed once, then compared with each of
 * its copies' profiles, SCAN_SOURCE_NODE left out on both sides. A copy whose template is gone
 * counts as a mismatch.
 */
export const templateParity: HotQuery = {
  purpose: "validating the copies' relationship parity",
  cypher: `UNWIND $templateIds AS tid
     OPTIONAL MATCH (t:Resource {id: tid}) USING INDEX SEEK t:Resource(id)
     WITH tid, t, ${profile('(t)-[r]->()', `WHERE type(r) <> ${SCAN}`)} AS outT,
          ${profile('(t)<-[r]-(s)', `WHERE type(r) <> ${SCAN} AND EXISTS { MATCH (y:Resource {scale_operation_id: $op, template_source_id: s.id}) USING INDEX SEEK y:${COPY_INDEX} }`)} AS inT
     MATCH (c:Resource {scale_operation_id: $op, template_source_id: tid}) USING INDEX SEEK c:${COPY_INDEX}
     WITH t, outT, inT, ${profile('(c)-[r]->()', `WHERE type(r) <> ${SCAN}`)} AS outC, ${profile('(c)<-[r]-()', `WHERE type(r) <> ${SCAN}`)} AS inC
     RETURN count(CASE WHEN t IS NULL OR ${differ('outC', 'outT')} THEN 1 END) AS outMismatches,
            count(CASE WHEN t IS NULL OR ${differ('inC', 'inT')} THEN 1 END) AS inMismatches`,
};

export const countOperationNodes: HotQuery = {
  purpose: "counting the operation's nodes",
  // $tenantId null: every tenant's (a user who names only the operation).
  cypher:
    'MATCH (n:Resource {scale_operation_id: $op}) USING INDEX SEEK n:Resource(scale_operation_id) WHERE $tenantId IS NULL OR n.tenant_id = $tenantId RETURN count(n) AS n',
};

export const deleteOperationNodes: HotQuery = {
  purpose: "deleting the operation's nodes",
  cypher:
    'MATCH (n:Resource {scale_operation_id: $op}) USING INDEX SEEK n:Resource(scale_operation_id) WHERE $tenantId IS NULL OR n.tenant_id = $tenantId WITH n LIMIT $limit DETACH DELETE n',
};

export const syntheticOperationIds: HotQuery = {
  purpose: "listing the tenant's synthetic operations",
  cypher: `MATCH (n:Resource) USING INDEX SEEK n:Resource(tenant_id)
     WHERE n.tenant_id = $tenantId AND n.synthetic = true AND n.scale_operation_id IS NOT NULL
     RETURN DISTINCT n.scale_operation_id AS id ORDER BY id`,
};

export const operationRelationshipProfile: HotQuery = {
  purpose: "validating the operation's relationship profile",
  cypher: `MATCH (n:Resource {scale_operation_id: $op}) USING INDEX SEEK n:Resource(scale_operation_id)
     MATCH (n)-[r]->(m)
     WITH n.type AS from, type(r) AS type, m.scale_operation_id = $op AS own, m
     RETURN from, type, CASE WHEN own THEN m.type END AS toType, CASE WHEN own THEN null ELSE labels(m) END AS toLabels, count(*) AS count`,
};

export const operationGraphNodes: HotQuery = {
  purpose: "reading the operation's graph",
  cypher: `MATCH (n:Resource {scale_operation_id: $op}) USING INDEX SEEK n:Resource(scale_operation_id)
     RETURN n.id AS id, n.type AS type, n.scenario_stamp AS stamp, n.scenario_role AS role ORDER BY id`,
};

export const operationGraphRelationships: HotQuery = {
  purpose: "reading the operation's graph",
  cypher: `MATCH (s:Resource {scale_operation_id: $op}) USING INDEX SEEK s:Resource(scale_operation_id)
     MATCH (s)-[r]->(d) WHERE d:Resource AND d.scale_operation_id = $op
     RETURN s.id AS src, type(r) AS type, d.id AS dst ORDER BY src, type, dst`,
};

/**
 * The start of every tenant-graph read: the tenant's resources by the (tenant_id, id) index, or the
 * null-tenant ones by the id index (nulls are not indexed), with ids bounded by `idBound`.
 */
function scopeSeek(nullTenant: boolean, idBound: string): string {
  return nullTenant
    ? `USING INDEX SEEK n:Resource(id) WHERE n.id ${idBound} AND n.tenant_id IS NULL`
    : `USING INDEX SEEK n:Resource(tenant_id, id) WHERE n.tenant_id = $tenantId AND n.id ${idBound}`;
}

/** Every node, and the operation records: two reads of the count store (no node read). */
export const allNodeCount: HotQuery = { purpose: 'counting nodes', cypher: 'MATCH (n) RETURN count(n) AS n' };
export const operationRecordCount: HotQuery = { purpose: 'counting operation records', cypher: `MATCH (n:${LABEL.ScaleOperation}) RETURN count(n) AS n` };

/** One operation record by its id (unique constraint), written, read and updated. */
export const recordOperation: HotQuery = { purpose: 'recording the operation', cypher: `CREATE (o:${LABEL.ScaleOperation}) SET o = $props` };
export const getOperation: HotQuery = { purpose: 'reading an operation record', cypher: `MATCH (o:${LABEL.ScaleOperation} {id: $id}) RETURN o` };
export const updateOperation: HotQuery = {
  purpose: 'updating an operation record',
  cypher: `MATCH (o:${LABEL.ScaleOperation} {id: $id}) SET o += $props RETURN count(o) AS n`,
};

/** New nodes of one label set (no MATCH: nothing to plan but the writes). */
export function createNodes(labels: readonly string[]): HotQuery {
  return { purpose: `writing ${labels.join(':')} nodes`, cypher: createNodesQuery(labels) };
}

/** The database's Tenant nodes (one per tenant: a handful of rows). */
export const tenantIds: HotQuery = {
  purpose: 'reading the tenants',
  cypher: `MATCH (t:${LABEL.Tenant}) USING INDEX SEEK t:${LABEL.Tenant}(id) WHERE t.id >= '' RETURN t.id AS id ORDER BY t.id`,
};

/** A tenant's abstracted resources, counted over its tenant_id index. */
export const tenantResourceCount: HotQuery = {
  purpose: "counting the tenant's resources",
  cypher: `MATCH (n:Resource) USING INDEX SEEK n:Resource(tenant_id) WHERE n.tenant_id = $tenantId AND ${ABSTRACTED_PREDICATE} RETURN count(n) AS n`,
};

/** Every Resource node, from the count store (no node read). */
export const resourceNodeCount: HotQuery = {
  purpose: 'counting resources',
  cypher: 'MATCH (n:Resource) RETURN count(n) AS n',
};

/** Resource nodes carrying a tenant_id: the tenant_id index read without a node (compared with the count above, it says whether any lacks one). */
export const resourcesWithTenantIdCount: HotQuery = {
  purpose: 'counting resources without a tenant_id',
  cypher: 'MATCH (n:Resource) USING INDEX n:Resource(tenant_id) WHERE n.tenant_id IS NOT NULL RETURN count(n) AS n',
};

/** Abstracted resources without a tenant_id (not indexed: over the id index, read only when such nodes exist). */
export const nullTenantResourceCount: HotQuery = {
  purpose: 'counting resources without a tenant_id',
  cypher: `MATCH (n:Resource) ${scopeSeek(true, ">= ''")} AND ${ABSTRACTED_PREDICATE} RETURN count(n) AS n`,
};

/**
 * Resources of one part of a scope (its tenant_id, or no tenant_id) by layer and type, and their
 * relationships by type: the tenant's stats, each part over an index.
 */
export function tenantStatsByType(nullTenant: boolean, bySubscription: boolean): HotQuery {
  return {
    purpose: "counting the tenant's resources by type",
    cypher: `MATCH (n:Resource) ${scopeSeek(nullTenant, ">= ''")} AND (n:Original OR ${ABSTRACTED_PREDICATE}) ${bySubscription ? 'AND n.subscription_id IN $subscriptionIds' : ''}
     RETURN CASE WHEN n:Original THEN 'original' ELSE 'abstracted' END AS layer, n.type AS key, count(*) AS count,
            count(CASE WHEN n.synthetic = true THEN 1 END) AS synthetic`,
  };
}

export function tenantRelationshipCounts(nullTenant: boolean, bySubscription: boolean): HotQuery {
  return {
    purpose: "counting the tenant's relationships by type",
    cypher: `MATCH (n:Resource) ${scopeSeek(nullTenant, ">= ''")} AND (n:Original OR ${ABSTRACTED_PREDICATE}) ${bySubscription ? 'AND n.subscription_id IN $subscriptionIds' : ''}
     MATCH (n)-[r]->() RETURN type(r) AS key, count(*) AS count`,
  };
}

/**
 * A page of a tenant's abstracted resources in id order (keyset: id > $after). The (tenant_id, id)
 * composite index serves the filter and the order, so each page reads only its own rows; null-tenant
 * resources are paged over the id index (nulls are not indexed).
 */
export function resourcePage(nullTenant: boolean, bySubscription: boolean): HotQuery {
  // ORDER BY names the index's own columns: the planner then reads the index in order (Limit, no Top).
  const seek = scopeSeek(nullTenant, '> $after');
  return {
    purpose: "reading the tenant's resources",
    cypher: `MATCH (n:Resource) ${seek} AND NOT n:Original ${bySubscription ? 'AND n.subscription_id IN $subscriptionIds' : ''}
     RETURN n.id AS id, n.type AS type ORDER BY ${nullTenant ? 'n.id' : 'n.tenant_id, n.id'} LIMIT $limit`,
  };
}

/** Every resource of the scope in id order, streamed (the push-down read: one query, not pages). */
export function tenantResources(nullTenant: boolean, bySubscription: boolean): HotQuery {
  const seek = scopeSeek(nullTenant, ">= ''");
  return {
    purpose: "reading the tenant's resources",
    cypher: `MATCH (n:Resource) ${seek} AND NOT n:Original ${bySubscription ? 'AND n.subscription_id IN $subscriptionIds' : ''}
     RETURN n.id AS id, n.type AS type ORDER BY ${nullTenant ? 'n.id' : 'n.tenant_id, n.id'}`,
  };
}

/** Every relationship from a resource of the scope to an abstracted resource, streamed (targets outside the scope are dropped by the caller). */
export function tenantRelationships(nullTenant: boolean, bySubscription: boolean): HotQuery {
  const seek = scopeSeek(nullTenant, ">= ''");
  return {
    purpose: "reading the tenant's relationships",
    cypher: `MATCH (n:Resource) ${seek} AND NOT n:Original ${bySubscription ? 'AND n.subscription_id IN $subscriptionIds' : ''}
     // A subquery per resource with no label on m, whose layer is tested on a projected value: the
     // planner has nothing left to scan and must expand from n (it chose a scan of every Resource
     // in the database, once and then per row, when m carried the labels).
     WITH n, COLLECT {
       MATCH (n)-[r]->(m) WHERE type(r) <> ${SCAN}
       WITH r, CASE WHEN m:Resource AND NOT m:Original THEN m.id END AS dst WHERE dst IS NOT NULL
       RETURN [type(r), dst]
     } AS out
     UNWIND out AS rel
     RETURN n.id AS src, rel[0] AS type, rel[1] AS dst`,
  };
}

export const outRelationships: HotQuery = {
  purpose: "reading the tenant's relationships",
  cypher: `UNWIND $ids AS id
     MATCH (n:Resource {id: id}) USING INDEX SEEK n:Resource(id)
     MATCH (n)-[r]->(m) WHERE type(r) <> ${SCAN}
     WITH n, r, CASE WHEN m:Resource AND NOT m:Original THEN m.id END AS dst WHERE dst IS NOT NULL
     RETURN n.id AS src, type(r) AS type, dst`,
};

export function deleteTenantNodesByKey(label: string): HotQuery {
  const key = quoteName(keyPropertyOf(label));
  return {
    purpose: `deleting ${label} nodes of the tenant`,
    cypher: `UNWIND $keys AS k MATCH (n:${quoteName(label)} {${key}: k}) USING INDEX SEEK n:${quoteName(label)}(${key}) WHERE n.tenant_id = $tenantId DETACH DELETE n`,
  };
}

export function listTenantNodes(label: string): HotQuery {
  return {
    purpose: `listing the tenant's ${label} nodes`,
    cypher: `MATCH (n:${quoteName(label)}) USING INDEX SEEK n:${quoteName(label)}(tenant_id) WHERE n.tenant_id = $tenantId RETURN CASE WHEN n:${LABEL.Region} THEN n.code ELSE n.id END AS key, labels(n) AS labels`,
  };
}

/**
 * A keyset page of the tenant's nodes of a label in key order. Resources (the many) are read over
 * the (tenant_id, id) index in its order, so a page costs its own rows; the other labels have a
 * tenant_id index and a few thousand nodes per tenant at most, sorted per page.
 */
export function tenantNodePage(label: string): HotQuery {
  const key = quoteName(keyPropertyOf(label));
  const seek =
    label === LABEL.Resource
      ? `USING INDEX SEEK n:Resource(tenant_id, id) WHERE n.tenant_id = $tenantId AND n.id > $after`
      : `USING INDEX SEEK n:${quoteName(label)}(tenant_id) WHERE n.tenant_id = $tenantId AND n.${key} > $after`;
  return {
    purpose: `reading the tenant's ${label} nodes`,
    cypher: `MATCH (n:${quoteName(label)}) ${seek} RETURN n.${key} AS key, labels(n) AS labels ORDER BY ${label === LABEL.Resource ? 'n.tenant_id, n.id' : `n.${key}`} LIMIT $limit`,
  };
}

/** The tenant's nodes of a label counted by label set (the caller keeps those whose key label this is): an import's read-back. */
export function tenantNodeCounts(label: string): HotQuery {
  return {
    purpose: `counting the tenant's ${label} nodes`,
    cypher: `MATCH (n:${quoteName(label)}) USING INDEX SEEK n:${quoteName(label)}(tenant_id) WHERE n.tenant_id = $tenantId RETURN labels(n) AS labels, count(*) AS count`,
  };
}

/** The tenant's nodes of a label with their properties, streamed (the caller keeps those whose key label this is): a copy's read. */
export function tenantNodesWhole(label: string): HotQuery {
  return {
    purpose: `reading the tenant's ${label} nodes`,
    cypher: `MATCH (n:${quoteName(label)}) USING INDEX SEEK n:${quoteName(label)}(tenant_id) WHERE n.tenant_id = $tenantId RETURN labels(n) AS labels, properties(n) AS properties`,
  };
}

/**
 * Every relationship leaving the tenant's nodes of a label, or (inbound) entering them from a node
 * the tenant does not own, streamed with both ends' labels and keys: an import's read-back in one
 * query per label and direction instead of keyset pages.
 */
export function tenantScanRelationships(label: string, direction: 'out' | 'in'): HotQuery {
  const n = quoteName(label);
  const key = (alias: string) => `CASE WHEN ${alias}:${LABEL.Region} THEN ${alias}.code ELSE ${alias}.id END`;
  const pattern = direction === 'out' ? '(n)-[r]->(m)' : '(n)<-[r]-(m)';
  const foreign = direction === 'in' ? ' WHERE m.tenant_id IS NULL OR m.tenant_id <> $tenantId' : '';
  return {
    purpose: `reading the relationships of the tenant's ${label} nodes`,
    cypher: `MATCH (n:${n}) USING INDEX SEEK n:${n}(tenant_id) WHERE n.tenant_id = $tenantId
     MATCH ${pattern}${foreign}
     RETURN labels(n) AS labels, ${key('n')} AS key, type(r) AS type, labels(m) AS otherLabels, ${key('m')} AS otherKey, m.tenant_id AS otherTenant`,
  };
}

export function tenantNodeKeys(label: string): HotQuery {
  const key = quoteName(keyPropertyOf(label));
  return {
    purpose: `checking which ${label} nodes of the tenant exist`,
    cypher: `UNWIND $keys AS k MATCH (n:${quoteName(label)} {${key}: k}) USING INDEX SEEK n:${quoteName(label)}(${key}) WHERE n.tenant_id = $tenantId RETURN k`,
  };
}

export function deleteUnusedSharedNodes(label: string): HotQuery {
  const key = quoteName(keyPropertyOf(label));
  return {
    purpose: `deleting unused shared ${label} nodes`,
    cypher: `UNWIND $keys AS k MATCH (n:${quoteName(label)} {${key}: k}) USING INDEX SEEK n:${quoteName(label)}(${key}) WHERE n.tenant_id IS NULL AND NOT EXISTS { (n)--() } DELETE n`,
  };
}

export function nodesByKey(label: string): HotQuery {
  const key = quoteName(keyPropertyOf(label));
  return {
    purpose: `reading ${label} nodes`,
    cypher: `UNWIND $keys AS k MATCH (n:${quoteName(label)} {${key}: k}) USING INDEX SEEK n:${quoteName(label)}(${key}) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY k`,
  };
}

/** The relationships of these nodes in one direction; `outside`: only those whose other end is not a node of $tenantId. */
export function nodeRelationships(label: string, direction: 'out' | 'in', outside = false): HotQuery {
  const key = quoteName(keyPropertyOf(label));
  const pattern = direction === 'out' ? '(n)-[r]->(m)' : '(n)<-[r]-(m)';
  return {
    purpose: `reading the relationships of ${label} nodes`,
    cypher: `UNWIND $keys AS k MATCH (n:${quoteName(label)} {${key}: k}) USING INDEX SEEK n:${quoteName(label)}(${key})
     MATCH ${pattern}${outside ? ' WHERE m.tenant_id IS NULL OR m.tenant_id <> $tenantId' : ''}
     RETURN k AS key, type(r) AS type, labels(m) AS labels, CASE WHEN m:${LABEL.Region} THEN m.code ELSE m.id END AS otherKey, m.tenant_id AS otherTenant`,
  };
}

/**
 * How much of a batch is already in the store — what a retried write asks first (batch-replay.ts):
 * the driver retries a transaction whose answer it lost, which the server may have committed.
 */
export function nodesWritten(label: string): HotQuery {
  const key = quoteName(keyPropertyOf(label));
  return {
    purpose: `checking whether a retried ${label} batch was written`,
    cypher: `UNWIND $keys AS k MATCH (n:${quoteName(label)} {${key}: k}) USING INDEX SEEK n:${quoteName(label)}(${key}) RETURN count(n) AS n`,
  };
}

export const templateCopiesWritten: HotQuery = {
  purpose: 'checking whether a retried batch of template copies was written',
  cypher: `UNWIND $batch AS t UNWIND t.copyIds AS cid
     MATCH (c:Resource {id: cid}) USING INDEX SEEK c:Resource(id) RETURN count(c) AS n`,
};

/** The out-relationships of a template batch's copies: only that batch writes them (copyTemplateRelationships). */
export function templateCopyRelationshipsWritten(type?: string): HotQuery {
  return {
    purpose: 'checking whether a retried batch of copied relationships was written',
    cypher: `UNWIND $ids AS tid
     MATCH (c:Resource {scale_operation_id: $op, template_source_id: tid}) USING INDEX SEEK c:${COPY_INDEX}
     RETURN sum(COUNT { MATCH (c)-[r${type ? `:${quoteName(type)}` : ''}]->() ${type ? '' : `WHERE type(r) <> ${SCAN}`} }) AS n`,
  };
}

export function relationshipsWritten(type: string, srcLabel: string, dstLabel: string): HotQuery {
  const src = quoteName(srcLabel);
  const dst = quoteName(dstLabel);
  const srcKey = quoteName(keyPropertyOf(srcLabel));
  const dstKey = quoteName(keyPropertyOf(dstLabel));
  return {
    purpose: `checking whether a retried batch of ${type} relationships was written`,
    cypher:
      `UNWIND $rows AS row ` +
      `MATCH (a:${src} {${srcKey}: row.src}) USING INDEX SEEK a:${src}(${srcKey}) ` +
      `MATCH (b:${dst} {${dstKey}: row.dst}) USING INDEX SEEK b:${dst}(${dstKey}) ` +
      `RETURN sum(COUNT { MATCH (a)-[:${quoteName(type)}]->(b) }) AS n`,
  };
}

export const operationRecordWritten: HotQuery = {
  purpose: 'checking whether a retried operation record was written',
  cypher: `MATCH (o:${LABEL.ScaleOperation} {id: $id}) RETURN count(o) AS n`,
};

/** Values the plan-shape test fills parameters from: a realistic operation of a loaded tenant. */
export interface PlanSample {
  readonly tenantId: string;
  readonly operationId: string;
  readonly templateIds: readonly string[];
  readonly copyIds: readonly string[];
}

export interface HotQueryCase {
  readonly name: string;
  readonly query: HotQuery;
  readonly params: (s: PlanSample) => Record<string, unknown>;
  /** A keyset page: the index must serve ORDER BY (a Sort or Top would read every remaining row per page). */
  readonly ordered?: boolean;
}

/** Labels whose key property is indexed (schemaStatements): the only ones a query may seek by key. */
export const KEYED_LABELS: readonly string[] = [LABEL.Resource, ...SHARED_LABELS];

/** The table of hot queries, with realistic parameters: every entry is EXPLAINed by the plan-shape test. */
export const HOT_QUERY_CASES: readonly HotQueryCase[] = [
  {
    name: 'copyTemplateNodes',
    query: copyTemplateNodes,
    params: (s) => ({ batch: s.templateIds.map((t, i) => ({ templateId: t, copyIds: [s.copyIds[i] ?? `c-${i}`] })), markers: { synthetic: true } }),
  },
  { name: 'copyTemplateRelationships (dynamic types)', query: copyTemplateRelationships(), params: (s) => ({ ids: s.templateIds, op: s.operationId }) },
  {
    name: 'copyTemplateRelationships (one type)',
    query: copyTemplateRelationships(REL.CONNECTED_TO),
    params: (s) => ({ ids: s.templateIds, op: s.operationId }),
  },
  { name: 'templateRelationshipTypes', query: templateRelationshipTypes, params: (s) => ({ ids: s.templateIds }) },
  { name: 'operationFacts', query: operationFacts, params: (s) => ({ op: s.operationId }) },
  { name: 'operationTemplatePage', query: operationTemplatePage, params: (s) => ({ op: s.operationId, after: '', limit: 500 }), ordered: true },
  { name: 'templateParity', query: templateParity, params: (s) => ({ op: s.operationId, templateIds: s.templateIds }) },
  { name: 'countOperationNodes', query: countOperationNodes, params: (s) => ({ op: s.operationId, tenantId: s.tenantId }) },
  { name: 'deleteOperationNodes', query: deleteOperationNodes, params: (s) => ({ op: s.operationId, limit: 10_000, tenantId: null }) },
  { name: 'syntheticOperationIds', query: syntheticOperationIds, params: (s) => ({ tenantId: s.tenantId }) },
  { name: 'operationRelationshipProfile', query: operationRelationshipProfile, params: (s) => ({ op: s.operationId }) },
  { name: 'operationGraphNodes', query: operationGraphNodes, params: (s) => ({ op: s.operationId }) },
  { name: 'operationGraphRelationships', query: operationGraphRelationships, params: (s) => ({ op: s.operationId }) },
  // Every form readTemplates takes: the scope with or without null-tenant resources and subscriptions, with or without types.
  ...[false, true].flatMap((includeNullTenant) =>
    [undefined, ['00000000-0000-0000-0000-000000000000']].flatMap((subscriptionIds) =>
      [false, true].map((byType) => ({
        name: `readTemplates (${includeNullTenant ? 'null tenant' : 'tenant'}${subscriptionIds ? ', subscriptions' : ''}${byType ? ', types' : ''})`,
        query: readTemplates({ tenantId: 't', includeNullTenant, ...(subscriptionIds ? { subscriptionIds } : {}) }, byType),
        params: (s: PlanSample) => ({ tenantId: s.tenantId, subscriptionIds: subscriptionIds ?? [], types: ['Microsoft.Network/virtualNetworks'] }),
      })),
    ),
  ),
  ...KEYED_LABELS.map((label) => ({
    name: `deleteTenantNodes(${label})`,
    query: deleteTenantNodes(label),
    params: (s: PlanSample) => ({ tenantId: s.tenantId, limit: 10_000 }),
  })),
  ...KEYED_LABELS.flatMap((label) => [
    {
      name: `createRelationships(Resource→${label})`,
      query: createRelationships(REL.USES, LABEL.Resource, label),
      params: (s: PlanSample) => ({ rows: s.templateIds.map((t, i) => ({ src: t, dst: s.copyIds[i] ?? t })) }),
    },
    {
      name: `createRelationships(${label}→Resource)`,
      query: createRelationships(REL.CONTAINS, label, LABEL.Resource),
      params: (s: PlanSample) => ({ rows: s.templateIds.map((t, i) => ({ src: t, dst: s.copyIds[i] ?? t })) }),
    },
  ]),
  { name: 'resourcePage (tenant)', query: resourcePage(false, false), params: (s) => ({ tenantId: s.tenantId, after: '', limit: 10_000 }), ordered: true },
  {
    name: 'resourcePage (tenant, subscriptions)',
    query: resourcePage(false, true),
    params: (s) => ({ tenantId: s.tenantId, after: '', limit: 10_000, subscriptionIds: ['00000000-0000-0000-0000-000000000000'] }),
    ordered: true,
  },
  { name: 'resourcePage (null tenant)', query: resourcePage(true, false), params: () => ({ after: '', limit: 10_000 }), ordered: true },
  { name: 'tenantResources (tenant)', query: tenantResources(false, false), params: (s) => ({ tenantId: s.tenantId }), ordered: true },
  { name: 'tenantResources (null tenant)', query: tenantResources(true, false), params: () => ({}), ordered: true },
  { name: 'tenantRelationships (tenant)', query: tenantRelationships(false, false), params: (s) => ({ tenantId: s.tenantId }) },
  { name: 'tenantRelationships (null tenant, subscriptions)', query: tenantRelationships(true, true), params: () => ({ subscriptionIds: ['s'] }) },
  { name: 'outRelationships', query: outRelationships, params: (s) => ({ ids: s.templateIds }) },
  { name: 'tenantIds', query: tenantIds, params: () => ({}), ordered: true },
  { name: 'allNodeCount', query: allNodeCount, params: () => ({}) },
  { name: 'operationRecordCount', query: operationRecordCount, params: () => ({}) },
  { name: 'recordOperation', query: recordOperation, params: (s) => ({ props: { id: s.operationId, tenant_id: s.tenantId } }) },
  { name: 'getOperation', query: getOperation, params: (s) => ({ id: s.operationId }) },
  { name: 'updateOperation', query: updateOperation, params: (s) => ({ id: s.operationId, props: { status: 'completed' } }) },
  ...[[LABEL.Resource], [LABEL.Resource, LABEL.Original], [LABEL.Resource, LABEL.User, LABEL.ManagedIdentity]].map((labels) => ({
    name: `createNodes(${labels.join(':')})`,
    query: createNodes(labels),
    params: (s: PlanSample) => ({ rows: s.copyIds.map((id) => ({ id })) }),
  })),
  {
    name: 'tenantRelationships (null tenant)',
    query: tenantRelationships(true, false),
    params: () => ({}),
  },
  { name: 'tenantResourceCount', query: tenantResourceCount, params: (s) => ({ tenantId: s.tenantId }) },
  { name: 'resourceNodeCount', query: resourceNodeCount, params: () => ({}) },
  { name: 'nullTenantResourceCount', query: nullTenantResourceCount, params: () => ({}) },
  ...[false, true].flatMap((nullTenant) =>
    [false, true].flatMap((bySubscription) => {
      const part = `${nullTenant ? 'null tenant' : 'tenant'}${bySubscription ? ', subscriptions' : ''}`;
      const params = (s: PlanSample) => ({ tenantId: s.tenantId, subscriptionIds: ['00000000-0000-0000-0000-000000000000'] });
      return [
        { name: `tenantStatsByType (${part})`, query: tenantStatsByType(nullTenant, bySubscription), params },
        { name: `tenantRelationshipCounts (${part})`, query: tenantRelationshipCounts(nullTenant, bySubscription), params },
      ];
    }),
  ),
  ...KEYED_LABELS.map((label) => ({ name: `nodesByKey(${label})`, query: nodesByKey(label), params: (s: PlanSample) => ({ keys: s.templateIds }) })),
  { name: 'nodeRelationships(Resource, out)', query: nodeRelationships(LABEL.Resource, 'out'), params: (s) => ({ keys: s.templateIds }) },
  { name: 'nodeRelationships(Resource, in)', query: nodeRelationships(LABEL.Resource, 'in'), params: (s) => ({ keys: s.templateIds }) },
  {
    name: 'nodeRelationships(Resource, in, from outside the tenant)',
    query: nodeRelationships(LABEL.Resource, 'in', true),
    params: (s) => ({ keys: s.templateIds, tenantId: s.tenantId }),
  },
  { name: 'nodeRelationships(Subscription, out)', query: nodeRelationships(LABEL.Subscription, 'out'), params: (s) => ({ keys: s.templateIds }) },
  ...KEYED_LABELS.map((label) => ({
    name: `deleteTenantNodesByKey(${label})`,
    query: deleteTenantNodesByKey(label),
    params: (s: PlanSample) => ({ tenantId: s.tenantId, keys: s.templateIds }),
  })),
  ...KEYED_LABELS.map((label) => ({
    name: `tenantNodesWhole(${label})`,
    query: tenantNodesWhole(label),
    params: (s: PlanSample) => ({ tenantId: s.tenantId }),
  })),
  ...KEYED_LABELS.map((label) => ({
    name: `tenantNodeCounts(${label})`,
    query: tenantNodeCounts(label),
    params: (s: PlanSample) => ({ tenantId: s.tenantId }),
  })),
  ...KEYED_LABELS.flatMap((label) =>
    (['out', 'in'] as const).map((direction) => ({
      name: `tenantScanRelationships(${label}, ${direction})`,
      query: tenantScanRelationships(label, direction),
      params: (s: PlanSample) => ({ tenantId: s.tenantId }),
    })),
  ),
  ...KEYED_LABELS.map((label) => ({ name: `listTenantNodes(${label})`, query: listTenantNodes(label), params: (s: PlanSample) => ({ tenantId: s.tenantId }) })),
  ...KEYED_LABELS.map((label) => ({
    name: `tenantNodePage(${label})`,
    query: tenantNodePage(label),
    params: (s: PlanSample) => ({ tenantId: s.tenantId, after: '', limit: 5000 }),
    ordered: label === LABEL.Resource,
  })),
  ...KEYED_LABELS.map((label) => ({
    name: `tenantNodeKeys(${label})`,
    query: tenantNodeKeys(label),
    params: (s: PlanSample) => ({ tenantId: s.tenantId, keys: s.templateIds }),
  })),
  ...KEYED_LABELS.map((label) => ({
    name: `deleteUnusedSharedNodes(${label})`,
    query: deleteUnusedSharedNodes(label),
    params: (s: PlanSample) => ({ keys: s.templateIds }),
  })),
  ...KEYED_LABELS.map((label) => ({ name: `nodesWritten(${label})`, query: nodesWritten(label), params: (s: PlanSample) => ({ keys: s.copyIds }) })),
  { name: 'operationRecordWritten', query: operationRecordWritten, params: (s) => ({ id: s.operationId }) },
  {
    name: 'templateCopiesWritten',
    query: templateCopiesWritten,
    params: (s) => ({ batch: s.templateIds.map((t, i) => ({ templateId: t, copyIds: [s.copyIds[i] ?? `c-${i}`] })) }),
  },
  {
    name: 'templateCopyRelationshipsWritten (all types)',
    query: templateCopyRelationshipsWritten(),
    params: (s) => ({ ids: s.templateIds, op: s.operationId }),
  },
  {
    name: 'templateCopyRelationshipsWritten (one type)',
    query: templateCopyRelationshipsWritten(REL.CONNECTED_TO),
    params: (s) => ({ ids: s.templateIds, op: s.operationId }),
  },
  {
    name: 'relationshipsWritten(Resource→Resource)',
    query: relationshipsWritten(REL.USES, LABEL.Resource, LABEL.Resource),
    params: (s) => ({ rows: s.templateIds.map((t, i) => ({ src: t, dst: s.copyIds[i] ?? t })) }),
  },
  { name: 'mergeNodes(Region)', query: mergeNodes([LABEL.Region]), params: () => ({ rows: [{ code: 'eastus' }, { code: 'westus' }] }) },
  { name: 'mergeNodes(Tag)', query: mergeNodes([LABEL.Tag]), params: () => ({ rows: [{ id: 'env:prod' }] }) },
];
