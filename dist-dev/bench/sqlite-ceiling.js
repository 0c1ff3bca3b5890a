/**
 * node dist/bench/sqlite-ceiling.js [RESOURCES]   (default 100000)
 *
 * How fast SQLite alone can take a generate-tenant load on this machine: the generator's rows are
 * generated, encoded and given their endpoints' rowids outside the clock (endpoints from a full
 * in-memory id map, which the real writer cannot afford at 10^6), and only the store calls are
 * timed, with the bulk-load settings the store uses (BulkLoadFile: no WAL, indexes built at the
 * end, fsync). No writer that generates its rows can beat this. Also reports the generator's own
 * time (`generateSeconds`), which such a writer has to spend on top. Prints one JSON line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layerOf } from '../src/domain/layers.js';
import { BulkLoadFile } from '../src/store/sqlite/bulk-load-file.js';
import { encodeNodeInto, NODE_COLUMNS, NODE_PARAMS } from '../src/store/sqlite/sqlite-rows.js';
import { generateTenant } from '../src/tenant-generator/generate-tenant.js';
import { BENCH_SEED, BENCH_TENANT } from './workloads.js';
const resources = Number(process.argv[2] ?? 100_000);
const NODES_PER_CALL = 16;
const RELS_PER_CALL = 64;
const COMMIT_ROWS = 100_000;
const dir = mkdtempSync(join(tmpdir(), 'tenant-scale-ceiling-'));
try {
    const file = new BulkLoadFile(join(dir, 'ceiling.db'));
    const db = file.db;
    const columns = ['nid', ...NODE_COLUMNS].join(', ');
    const row = `(${Array(NODE_PARAMS + 1)
        .fill('?')
        .join(', ')})`;
    const insertNodes = db.prepare(`INSERT INTO nodes (${columns}) VALUES ${Array(NODES_PER_CALL).fill(row).join(', ')}`);
    const insertNode = db.prepare(`INSERT INTO nodes (${columns}) VALUES ${row}`);
    const insertRels = db.prepare(`INSERT INTO rels (type, src, dst) VALUES ${Array(RELS_PER_CALL).fill('(?, ?, ?)').join(', ')}`);
    const insertRel = db.prepare('INSERT INTO rels (type, src, dst) VALUES (?, ?, ?)');
    const nids = new Map();
    let seconds = 0;
    const timed = (work) => {
        const started = performance.now();
        work();
        seconds += (performance.now() - started) / 1000;
    };
    let sinceCommit = 0;
    timed(() => db.exec('BEGIN'));
    // The generator's own time is clocked apart: what a writer must add to the SQLite time.
    let generateSeconds = 0;
    const chunks = generateTenant({ resources, seed: BENCH_SEED, tenantId: BENCH_TENANT });
    for (;;) {
        const started = performance.now();
        const next = chunks.next();
        generateSeconds += (performance.now() - started) / 1000;
        if (next.done)
            break;
        const chunk = next.value;
        // Outside the clock: parameters for whole statements, endpoints already rowids.
        const nodeCalls = [];
        let call = [];
        for (const batch of chunk.nodes) {
            const labels = `:${batch.labels.join(':')}:`;
            const layer = layerOf(batch.labels);
            for (const r of batch.rows) {
                if (nids.has(r.id))
                    continue; // a merge-mode node written before
                const nid = nids.size + 1;
                nids.set(r.id, nid);
                const offset = call.length;
                call.length += NODE_PARAMS + 1;
                call[offset] = nid;
                encodeNodeInto(call, offset + 1, labels, layer, r);
                if (call.length === NODES_PER_CALL * (NODE_PARAMS + 1)) {
                    nodeCalls.push(call);
                    call = [];
                }
            }
        }
        const nodeTail = call;
        const relCalls = [];
        call = [];
        for (const batch of chunk.relationships) {
            for (const r of batch.rows) {
                const src = nids.get(r.src);
                const dst = nids.get(r.dst);
                if (src === undefined || dst === undefined)
                    continue;
                call.push(batch.type, src, dst);
                if (call.length === RELS_PER_CALL * 3) {
                    relCalls.push(call);
                    call = [];
                }
            }
        }
        const relTail = call;
        timed(() => {
            for (const p of nodeCalls)
                insertNodes.run(p);
            for (let i = 0; i < nodeTail.length; i += NODE_PARAMS + 1)
                insertNode.run(nodeTail.slice(i, i + NODE_PARAMS + 1));
            for (const p of relCalls)
                insertRels.run(p);
            for (let i = 0; i < relTail.length; i += 3)
                insertRel.run(relTail[i], relTail[i + 1], relTail[i + 2]);
        });
        sinceCommit += nodeCalls.length * NODES_PER_CALL + relCalls.length * RELS_PER_CALL;
        if (sinceCommit >= COMMIT_ROWS) {
            timed(() => db.exec('COMMIT; BEGIN'));
            sinceCommit = 0;
        }
    }
    const loadSeconds = seconds;
    timed(() => file.complete());
    process.stdout.write(`${JSON.stringify({
        resources,
        nodes: nids.size,
        loadSeconds: round(loadSeconds),
        indexAndSyncSeconds: round(seconds - loadSeconds),
        seconds: round(seconds),
        resourcesPerSecond: Math.round(resources / seconds),
        generateSeconds: round(generateSeconds),
    })}\n`);
}
finally {
    rmSync(dir, { recursive: true, force: true });
}
function round(n) {
    return Math.round(n * 1000) / 1000;
}
//# sourceMappingURL=sqlite-ceiling.js.map