import neo4j from 'neo4j-driver';
import { LABEL, SHARED_LABELS } from '../../domain/atg-schema.js';
import { InternalError, QueryTimeoutError, StoreConnectionError } from '../../domain/errors.js';
import { passwordOf, redactUri, scrubSecrets, secretSpellings } from '../../domain/secrets.js';
import { operationFromProperties, operationToProperties, patchToProperties } from '../../domain/operation-record.js';
import { DEFAULT_QUERY_TIMEOUT_SECONDS, DEFAULT_RETRY_ATTEMPTS, } from '../graph-store.js';
import { createNodesQuery, OBSOLETE_INDEXES, RESOURCE_ID_CONSTRAINT, RESOURCE_ID_INDEX, schemaStatements } from './cypher.js';
import * as Q from './hot-queries.js';
import { toNeo4jRows } from './integers.js';
import * as operationGraph from './neo4j-operation-graph.js';
import * as replication from './neo4j-template-replication.js';
import { publishQuery } from './query-channel.js';
import { attemptBatch, nodeBatchGuard, operationRecordGuard, relationshipBatchGuard } from './batch-replay.js';
/**
 * The driver retries a managed transaction with exponential backoff (1 s, ×2, ±20 % jitter) for a
 * time, not a number of attempts: N attempts are the time its schedule takes to make them.
 */
export function retryWindowMs(attempts) {
    return attempts <= 0 ? 0 : (2 ** attempts - 1) * 1000 * 1.2;
}
/**
 * Neo4j adapter over the official driver. Writes go through managed transactions
 * (`executeWrite`), so transient errors and cluster leader changes are retried by the driver; the
 * same code serves a single server (bolt://), Aura and clusters (neo4j://, neo4j+s://).
 */
export class Neo4jStore {
    driver;
    target;
    database;
    serverVersion;
    queryTimeoutSeconds;
    retryAttempts;
    kind = 'neo4j';
    capabilities = { concurrentWriters: true };
    schemaReady;
    dynamicTypes;
    constructor(driver, target, database, serverVersion, queryTimeoutSeconds, retryAttempts) {
        this.driver = driver;
        this.target = target;
        this.database = database;
        this.serverVersion = serverVersion;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
        this.retryAttempts = retryAttempts;
    }
    static async connect(options) {
        const target = redactUri(options.uri);
        let driver;
        try {
            const auth = options.user !== undefined || options.password !== undefined ? neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? '') : undefined;
            driver = neo4j.driver(options.uri, auth, {
                disableLosslessIntegers: true,
                maxTransactionRetryTime: retryWindowMs(options.retryAttempts ?? DEFAULT_RETRY_ATTEMPTS),
                logging: { level: 'error', logger: () => { } },
            });
        }
        catch (err) {
            throw new StoreConnectionError(`invalid Neo4j URL ${target}: ${scrubSecrets(err.message, secretsOf(options))}`, 'use bolt://HOST:PORT, neo4j://HOST:PORT or neo4j+s://HOST; percent-encode @ / : # % in a password, or pass it in NEO4J_PASSWORD');
        }
        try {
            await driver.verifyConnectivity(options.database ? { database: options.database } : {});
            const result = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition', {}, { database: options.database, routing: neo4j.routing.READ });
            const record = result.records[0];
            const version = record ? `Neo4j ${String(record.get('version'))} ${String(record.get('edition'))}` : 'Neo4j (unknown version)';
            return new Neo4jStore(driver, target, options.database, version, options.queryTimeoutSeconds ?? DEFAULT_QUERY_TIMEOUT_SECONDS, options.retryAttempts ?? DEFAULT_RETRY_ATTEMPTS);
        }
        catch (err) {
            await driver.close().catch(() => { });
            throw connectionError(target, err, secretsOf(options));
        }
    }
    /** The raw driver, for adapters' push-down code in this folder and for tests. */
    get rawDriver() {
        return this.driver;
    }
    async version() {
        return this.serverVersion;
    }
    /** The dynamic-type probe (see neo4j-template-replication.ts), run once per connection, in a transaction rolled back. */
    supportsDynamicTypes() {
        this.dynamicTypes ??= this.withSession(neo4j.session.WRITE, {}, async (session) => {
            const tx = session.beginTransaction({ timeout: this.queryTimeoutSeconds * 1000 });
            try {
                publishQuery(replication.DYNAMIC_TYPES_PROBE);
                const result = await tx.run(replication.DYNAMIC_TYPES_PROBE);
                return replication.probeShowsDynamicTypes(result.records[0]?.get('types'));
            }
            catch {
                return false;
            }
            finally {
                await tx.rollback().catch(() => { });
            }
        });
        return this.dynamicTypes;
    }
    async ensureSchema() {
        this.schemaReady ??= this.createSchema().catch((err) => {
            this.schemaReady = undefined;
            throw err;
        });
        return this.schemaReady;
    }
    /** Creates only what is missing (one SHOW INDEXES instead of ~40 schema round trips), then waits for it. */
    async createSchema() {
        const existing = new Set((await this.read('SHOW INDEXES YIELD name RETURN name')).records.map((r) => String(r.get('name'))));
        if (!existing.has('tenant_scale_resource_id') && !existing.has('tenant_scale_resource_id_index')) {
            try {
                await this.runSchema(RESOURCE_ID_CONSTRAINT);
            }
            catch {
                // ATG graphs may hold duplicate Resource ids (merged abstracted nodes): index instead of constraint.
                await this.runSchema(RESOURCE_ID_INDEX);
            }
        }
        for (const name of OBSOLETE_INDEXES)
            if (existing.has(name))
                await this.runSchema(`DROP INDEX ${name} IF EXISTS`);
        const missing = schemaStatements().filter((statement) => !existing.has(/ (tenant_scale_\w+) IF NOT EXISTS/.exec(statement)?.[1] ?? ''));
        for (const statement of missing)
            await this.runSchema(statement);
        if (missing.length)
            await this.read('CALL db.awaitIndexes(300)');
    }
    async writeNodes(batch) {
        if (batch.rows.length === 0)
            return 0;
        const query = batch.mode === 'merge' ? Q.mergeNodes(batch.labels) : createNodesQuery(batch.labels);
        return this.writeBatch(query, { rows: toNeo4jRows(batch.rows) }, 'nodesCreated', nodeBatchGuard(batch));
    }
    async writeRelationships(batch) {
        if (batch.rows.length === 0)
            return 0;
        return this.writeBatch(Q.createRelationships(batch.type, batch.srcLabel, batch.dstLabel), { rows: batch.rows }, 'relationshipsCreated', relationshipBatchGuard(batch));
    }
    async getNode(label, key) {
        const result = await this.read(Q.getNode(label), { key });
        const node = result.records[0]?.get('n');
        return node ? { labels: [...node.labels].sort(), properties: node.properties } : undefined;
    }
    async tenantCensus(tenantId) {
        const tenants = await this.read(Q.tenantIds);
        const withTenant = tenantId ? await this.read(Q.tenantResourceCount, { tenantId }) : undefined;
        return {
            tenantNodeIds: tenants.records.map((r) => String(r.get('id'))),
            resourcesWithTenant: Number(withTenant?.records[0]?.get('n') ?? 0),
            resourcesWithNullTenant: await this.nullTenantResources(),
        };
    }
    /**
     * tenant_id IS NULL is in no index: the count store and the tenant_id index (no node read) say
     * first whether any Resource lacks one — none, in every graph tenant-scale writes — and only then
     * are nodes read.
     */
    async nullTenantResources() {
        const count = async (query) => Number((await this.read(query)).records[0]?.get('n') ?? 0);
        if ((await count(Q.resourceNodeCount)) === (await count(Q.resourcesWithTenantIdCount)))
            return 0;
        return count(Q.nullTenantResourceCount);
    }
    async tenantStats(scope) {
        const params = { tenantId: scope.tenantId, subscriptionIds: scope.subscriptionIds ?? [] };
        const bySubscription = Boolean(scope.subscriptionIds?.length);
        // The scope's parts, each over an index: its tenant_id, and (when the scope takes them) the resources without one.
        const parts = scope.includeNullTenant ? [false, true] : [false];
        const byLayer = [];
        const relationships = new Map();
        for (const nullTenant of parts) {
            for (const r of (await this.read(Q.tenantStatsByType(nullTenant, bySubscription), params)).records)
                byLayer.push({ layer: String(r.get('layer')), key: String(r.get('key')), count: Number(r.get('count')), synthetic: Number(r.get('synthetic')) });
            for (const r of (await this.read(Q.tenantRelationshipCounts(nullTenant, bySubscription), params)).records)
                relationships.set(String(r.get('key')), (relationships.get(String(r.get('key'))) ?? 0) + Number(r.get('count')));
        }
        const layer = (name) => {
            const counts = new Map();
            for (const r of byLayer.filter((r) => r.layer === name))
                counts.set(r.key, (counts.get(r.key) ?? 0) + r.count);
            return sortCounts([...counts].map(([key, count]) => ({ key, count })));
        };
        const abstracted = byLayer.filter((r) => r.layer === 'abstracted');
        const synthetic = abstracted.reduce((sum, r) => sum + r.synthetic, 0);
        const total = abstracted.reduce((sum, r) => sum + r.count, 0);
        return {
            tenantId: scope.tenantId,
            includesNullTenant: scope.includeNullTenant,
            resourcesByLayer: { abstracted: layer('abstracted'), original: layer('original') },
            relationshipsByType: sortCounts([...relationships].map(([key, count]) => ({ key, count }))),
            syntheticResources: synthetic,
            scannedResources: total - synthetic,
        };
    }
    async isEmpty() {
        // Two reads of the count store: every node, and the operation records.
        const count = async (query) => Number((await this.read(query)).records[0]?.get('n') ?? 0);
        return (await count(Q.allNodeCount)) === (await count(Q.operationRecordCount));
    }
    async graphCensus() {
        // Operation records are not part of the graph (SQLite keeps them in a table): left out, so both stores count the same.
        const nodes = await this.read(`MATCH (n) WHERE NOT n:${LABEL.ScaleOperation} RETURN labels(n) AS labels, count(*) AS count`);
        const rels = await this.read('MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY key');
        const merged = new Map();
        for (const r of nodes.records) {
            const key = r.get('labels').slice().sort().join(':');
            merged.set(key, (merged.get(key) ?? 0) + Number(r.get('count')));
        }
        return {
            nodesByLabels: [...merged].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key)),
            relationshipsByType: rels.records.map((r) => ({ key: String(r.get('key')), count: Number(r.get('count')) })),
        };
    }
    async deleteTenantNodes(tenantId, batchSize, onBatch) {
        let deleted = 0;
        // One label at a time so every pass uses that label's tenant_id index.
        for (const label of [LABEL.Resource, ...SHARED_LABELS]) {
            for (;;) {
                const result = await this.write(Q.deleteTenantNodes(label), {
                    tenantId,
                    limit: neo4j.int(batchSize),
                });
                const count = result.summary.counters.updates().nodesDeleted;
                deleted += count;
                if (count === 0)
                    break;
                onBatch?.(count);
            }
        }
        return deleted;
    }
    async deleteTenantNodesByKey(tenantId, label, keys) {
        if (keys.length === 0)
            return 0;
        const result = await this.write(Q.deleteTenantNodesByKey(label), { tenantId, keys });
        return result.summary.counters.updates().nodesDeleted;
    }
    async listTenantNodes(tenantId, label, page) {
        const result = page
            ? await this.read(Q.tenantNodePage(label), { tenantId, after: page.after, limit: neo4j.int(page.limit) })
            : await this.read(Q.listTenantNodes(label), { tenantId });
        return result.records.map((r) => ({ key: String(r.get('key')), labels: [...r.get('labels')].sort() }));
    }
    async readTenantNodeKeys(tenantId, label, keys) {
        if (keys.length === 0)
            return [];
        const result = await this.read(Q.tenantNodeKeys(label), { tenantId, keys });
        return result.records.map((r) => String(r.get('k')));
    }
    async deleteUnusedSharedNodes(label, keys) {
        if (keys.length === 0)
            return 0;
        const result = await this.write(Q.deleteUnusedSharedNodes(label), { keys });
        return result.summary.counters.updates().nodesDeleted;
    }
    async readResourcePage(filter, after, limit) {
        const bySubscription = Boolean(filter.subscriptionIds?.length);
        const result = await this.read(Q.resourcePage(filter.tenantId === null, bySubscription), {
            tenantId: filter.tenantId,
            after,
            limit: neo4j.int(limit),
            subscriptionIds: filter.subscriptionIds ?? [],
        });
        return result.records.map((r) => ({ id: String(r.get('id')), type: String(r.get('type')) }));
    }
    async readOutRelationships(sourceIds) {
        const result = await this.read(Q.outRelationships, { ids: sourceIds });
        return result.records.map((r) => ({ src: String(r.get('src')), type: String(r.get('type')), dst: String(r.get('dst')) }));
    }
    /** One streamed query for the resources (in id order, from the index) and one for their relationships. */
    async readTenantGraph(scope, sink) {
        const index = new Map();
        const bySubscription = Boolean(scope.subscriptionIds?.length);
        const phases = [false, ...(scope.includeNullTenant ? [true] : [])];
        const params = { tenantId: scope.tenantId, subscriptionIds: scope.subscriptionIds ?? [] };
        for (const nullTenant of phases) {
            await this.stream(Q.tenantResources(nullTenant, bySubscription), params, (r) => index.set(r.get(0), sink.addNode(r.get(0), r.get(1))));
        }
        for (const nullTenant of phases) {
            await this.stream(Q.tenantRelationships(nullTenant, bySubscription), params, (r) => {
                const a = index.get(r.get(0));
                const b = index.get(r.get(2));
                if (a !== undefined && b !== undefined)
                    sink.addEdgeByIndex(a, b, r.get(1));
            });
        }
    }
    async readNodes(label, keys) {
        const result = await this.read(Q.nodesByKey(label), { keys });
        return result.records.map((r) => ({ labels: [...r.get('labels')].sort(), properties: r.get('properties') }));
    }
    async readNodeRelationships(label, keys, direction) {
        const result = await this.read(Q.nodeRelationships(label, direction), { keys });
        return result.records.map((r) => ({
            key: String(r.get('key')),
            type: String(r.get('type')),
            other: { labels: [...r.get('labels')].sort(), key: String(r.get('otherKey')), tenantId: r.get('otherTenant') ?? null },
        }));
    }
    async readTemplates(scope, types) {
        return replication.readTemplates((q, p) => this.read(q, p), scope, types);
    }
    async replicateTemplateNodes(request) {
        return replication.replicateNodes((q, p, counter, guard) => this.writeBatch(q, p, counter, guard), request);
    }
    async replicateTemplateRelationships(request) {
        return replication.replicateRelationships((q, p) => this.read(q, p), (q, p, counter, guard) => this.writeBatch(q, p, counter, guard), request, await this.supportsDynamicTypes());
    }
    async releaseReplication() {
        // Nothing is kept between calls: copies are found by their template_source_id index.
    }
    async deleteOperationNodes(operationId, batchSize, tenantId, onBatch) {
        return replication.deleteOperationNodes((q, p) => this.write(q, p), operationId, batchSize, tenantId, onBatch);
    }
    async countOperationNodes(operationId, tenantId) {
        const result = await this.read(Q.countOperationNodes, { op: operationId, tenantId: tenantId ?? null });
        return Number(result.records[0]?.get('n') ?? 0);
    }
    async syntheticOperationIds(tenantId) {
        const result = await this.read(Q.syntheticOperationIds, { tenantId });
        return result.records.map((r) => String(r.get('id')));
    }
    async inspectOperation(operationId) {
        return replication.inspectOperation((q, p) => this.read(q, p), operationId);
    }
    async operationRelationshipProfile(operationId) {
        return operationGraph.operationRelationshipProfile((q, p) => this.read(q, p), operationId);
    }
    async readOperationGraph(operationId) {
        return operationGraph.readOperationGraph((q, p) => this.read(q, p), operationId);
    }
    async listOperations(tenantId) {
        const result = await this.read(`MATCH (o:${LABEL.ScaleOperation}) WHERE $tenantId IS NULL OR o.tenant_id = $tenantId RETURN o ORDER BY o.started_at, o.id`, { tenantId: tenantId ?? null });
        return result.records.map((r) => operationFromProperties(r.get('o').properties));
    }
    async getOperation(id) {
        const result = await this.read(Q.getOperation, { id });
        const node = result.records[0]?.get('o');
        return node ? operationFromProperties(node.properties) : undefined;
    }
    async recordOperation(record) {
        const props = toNeo4jRows([operationToProperties(record)])[0];
        await this.writeBatch(Q.recordOperation, { props }, 'nodesCreated', operationRecordGuard(record.id));
    }
    async updateOperation(id, patch) {
        const result = await this.write(Q.updateOperation, {
            id,
            props: toNeo4jRows([patchToProperties(patch)])[0],
        });
        if (Number(result.records[0]?.get('n') ?? 0) === 0)
            throw new InternalError(`operation ${id} is not recorded`);
    }
    async close() {
        await this.driver.close();
    }
    /**
     * A managed write transaction: retried by the driver on transient errors and leader changes, and
     * stopped by the server after the query timeout.
     */
    async write(query, params = {}) {
        return this.run(neo4j.session.WRITE, query, params);
    }
    /**
     * A batch write in a managed transaction whose retries do not repeat it (see batch-replay.ts):
     * a retried attempt asks `guard` first whether the earlier attempt committed. Returns `counter`.
     */
    async writeBatch(query, params, counter, guard) {
        const write = { cypher: textOf(query), params, counter };
        let attempt = 0;
        return this.timed(query, () => this.withSession(neo4j.session.WRITE, {}, (session) => session.executeWrite((tx) => attemptBatch(tx, ++attempt, write, guard), { timeout: this.queryTimeoutSeconds * 1000 })));
    }
    async read(query, params = {}) {
        return this.run(neo4j.session.READ, query, params);
    }
    async run(mode, query, params) {
        const config = { timeout: this.queryTimeoutSeconds * 1000 };
        return this.timed(query, () => this.withSession(mode, {}, (session) => mode === neo4j.session.WRITE
            ? session.executeWrite((tx) => tx.run(textOf(query), params), config)
            : session.executeRead((tx) => tx.run(textOf(query), params), config)));
    }
    /**
     * A read streamed record by record to `onRecord` (nothing held): an auto-commit transaction, which
     * the driver does not retry — tried again here (same backoff) only while no record has been
     * handed on, so nothing is seen twice. Under the query timeout like every other. Records come in
     * batches of 10k (the driver's default 1,000 pays a round trip per thousand).
     */
    async stream(query, params, onRecord) {
        for (let attempt = 0;; attempt++) {
            let delivered = false;
            try {
                await this.timed(query, () => this.withSession(neo4j.session.READ, { fetchSize: 10_000 }, async (session) => {
                    for await (const record of session.run(textOf(query), params, { timeout: this.queryTimeoutSeconds * 1000 })) {
                        delivered = true;
                        onRecord(record);
                    }
                }));
                return;
            }
            catch (err) {
                if (delivered || attempt >= this.retryAttempts || !neo4j.isRetryableError(err))
                    throw err;
                await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
            }
        }
    }
    /** Maps the server's transaction timeout to a QueryTimeoutError naming the query's purpose and the fix. */
    async timed(query, work) {
        publishQuery(textOf(query));
        try {
            return await work();
        }
        catch (err) {
            if (!/TransactionTimedOut/.test(err.code ?? ''))
                throw err;
            const purpose = typeof query === 'string' ? query.split('\n')[0].slice(0, 80) : `for ${query.purpose}`;
            throw new QueryTimeoutError(`Neo4j stopped the query ${purpose} after the ${this.queryTimeoutSeconds} s query timeout`, 'if the graph is large or the server busy, raise performance.query_timeout_s (or TENANT_SCALE_PERFORMANCE_QUERY_TIMEOUT_S); ' +
                'if it recurs on a quiet server, refresh its statistics with CALL db.prepareForReplanning() and report it');
        }
    }
    /**
     * A schema statement, alone in a managed transaction (schema changes cannot share one with data).
     * Several processes creating the schema at once deadlock on the schema locks (transient: the
     * driver retries), or find that another made the rule first, even with `IF NOT EXISTS`: the rule
     * is there, which is all we need.
     */
    async runSchema(statement) {
        publishQuery(statement);
        try {
            await this.withSession(neo4j.session.WRITE, {}, (session) => session.executeWrite((tx) => tx.run(statement)));
        }
        catch (err) {
            const code = err.code ?? '';
            if (!/EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists/.test(code))
                throw err;
        }
    }
    async withSession(mode, options, work) {
        const session = this.driver.session({ database: this.database, defaultAccessMode: mode, ...options });
        try {
            return await work(session);
        }
        finally {
            await session.close();
        }
    }
}
const textOf = (query) => (typeof query === 'string' ? query : query.cypher);
function sortCounts(counts) {
    return counts.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
/** Every spelling of the password the options carry (in the URL and given apart), to scrub from messages. */
function secretsOf(options) {
    return secretSpellings([options.password, passwordOf(options.uri)]);
}
function connectionError(target, err, secrets) {
    const code = err.code ?? '';
    if (code.includes('Security.Unauthorized') || code.includes('AuthenticationRateLimit')) {
        return new StoreConnectionError(`Neo4j at ${target} rejected the credentials`, 'check NEO4J_USER and NEO4J_PASSWORD');
    }
    if (code.includes('DatabaseNotFound')) {
        return new StoreConnectionError(`Neo4j at ${target} has no such database`, 'check {{option:database|neo4j-database}}');
    }
    const message = scrubSecrets(err.message?.split('\n')[0] ?? String(err), secrets);
    return new StoreConnectionError(`cannot reach Neo4j at ${target}: ${message}`, 'start the server or fix {{option:store|db}} / NEO4J_URI (npm run neo4j:start starts a local one)');
}
//# sourceMappingURL=neo4j-store.js.map