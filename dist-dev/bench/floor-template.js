import { LABEL, REL, SHARED_LABELS } from '../src/domain/atg-schema.js';
import { syntheticId } from '../src/domain/ids.js';
import { allocateCopiesByType, copiesOfTemplate } from '../src/scale-up/template-plan.js';
import { decodeNodeRow } from '../src/store/sqlite/sqlite-rows.js';
import { openFloorWriter, WriteClock, writeAtMost } from './floor-writer.js';
function readBaseSqlite(db, tenantId) {
    const nodes = db.prepare(`SELECT * FROM nodes WHERE layer = 'abstracted' AND synthetic = 0 AND tenant_id = ? ORDER BY type, id`).all(tenantId);
    const edges = db.prepare(`SELECT r.type, d.id AS dst, d.labels FROM rels r JOIN nodes d ON d.nid = r.dst WHERE r.src = ? AND r.type <> '${REL.SCAN_SOURCE_NODE}'`);
    return nodes.map((n) => ({
        props: decodeNodeRow(n),
        edges: edges.all(n.nid).map((e) => {
            const label = pickLabel(e.labels.slice(1, -1).split(':'));
            return { type: e.type, dstLabel: label, dstKey: e.dst, dstId: e.dst };
        }),
    }));
}
async function readBaseNeo4j(neo, tenantId) {
    const records = await neo.read(`MATCH (n:Resource) WHERE NOT n:Original AND n.synthetic IS NULL AND n.tenant_id = $t AND NOT n:ManagedIdentity AND NOT n:User
     RETURN properties(n) AS p, [(n)-[r]->(d) WHERE type(r) <> '${REL.SCAN_SOURCE_NODE}' | {type: type(r), labels: labels(d), id: d.id, code: d.code}] AS edges
     ORDER BY n.type, n.id`, { t: tenantId });
    return records.map((r) => ({
        props: r.get('p'),
        edges: r.get('edges').map((e) => {
            const label = pickLabel(e.labels);
            return { type: e.type, dstLabel: label, dstKey: String(label === LABEL.Region ? e.code : e.id), dstId: e.id };
        }),
    }));
}
function pickLabel(labels) {
    return labels.includes(LABEL.Resource) && !labels.some((l) => SHARED_LABELS.includes(l))
        ? LABEL.Resource
        : (labels.find((l) => SHARED_LABELS.includes(l)) ?? LABEL.Resource);
}
/**
 * The floor of a template scale-up: the same copies and relationships, built client-side from the
 * base (read outside the clock), copies `concurrency` batches of `batchRows` at a time, then the
 * relationships one batch at a time.
 */
export async function runTemplateFloor(target, tenantId, scaleFactor, batchRows, concurrency) {
    // "Large transactions" on SQLite; UNWIND batches of 10k rows on Neo4j.
    if (target.kind === 'sqlite')
        batchRows = Math.max(batchRows, 100_000);
    const { writer, neo4j } = await openFloorWriter(target);
    try {
        const templates = target.kind === 'sqlite' ? readBaseSqlite(target.db, tenantId) : await readBaseNeo4j(neo4j, tenantId);
        return await writeTemplateCopies(writer, templates, tenantId, scaleFactor, batchRows, concurrency);
    }
    finally {
        await writer.close();
    }
}
async function writeTemplateCopies(writer, templates, tenantId, scaleFactor, batchRows, concurrency) {
    const byType = new Map();
    for (const t of templates)
        byType.set(t.props.type, (byType.get(t.props.type) ?? 0) + 1);
    const typeCopies = allocateCopiesByType(byType, scaleFactor);
    const copiesOf = new Map();
    let index = 0;
    templates.forEach((t, i) => {
        if (i === 0 || templates[i - 1].props.type !== t.props.type)
            index = 0;
        copiesOf.set(t.props.id, copiesOfTemplate(index++, byType.get(t.props.type), typeCopies.get(t.props.type)));
    });
    const typeOf = new Map(templates.map((t) => [t.props.id, t.props.type]));
    const op = 'scale-19700101T000000-f1005f10';
    const now = new Date().toISOString();
    const clock = new WriteClock();
    let nodes = 0;
    let relationships = 0;
    let rows = [];
    let ready = [];
    const cutBatch = () => {
        if (rows.length)
            ready.push(writer.nodes({ mode: 'create', labels: [LABEL.Resource], rows }));
        rows = [];
    };
    const flushNodes = async () => {
        nodes += await clock.time(() => writeAtMost(concurrency, ready));
        ready = [];
    };
    for (const t of templates) {
        const { original_id: _o, original_name: _n, ...props } = t.props;
        for (let j = 0; j < copiesOf.get(t.props.id); j++) {
            const id = syntheticId(t.props.type, op, t.props.id, j);
            rows.push({
                ...props,
                id,
                name: id,
                synthetic: true,
                scale_operation_id: op,
                generation_strategy: 'template',
                generation_timestamp: now,
                tenant_id: tenantId,
                template_source_id: t.props.id,
                template_copy_index: j,
            });
            if (rows.length >= batchRows)
                cutBatch();
            if (ready.length >= concurrency)
                await flushNodes();
        }
    }
    cutBatch();
    await flushNodes();
    const groups = new Map();
    let pending = 0;
    const flushRels = async () => {
        for (const g of groups.values())
            if (g.rows.length)
                relationships += await clock.time(writer.relationships(g));
        groups.clear();
        pending = 0;
    };
    for (const t of templates) {
        const copies = copiesOf.get(t.props.id);
        for (let j = 0; j < copies; j++) {
            const src = syntheticId(t.props.type, op, t.props.id, j);
            for (const e of t.edges) {
                const targetCopies = copiesOf.get(e.dstId) ?? 0;
                const dst = targetCopies > 0 ? syntheticId(typeOf.get(e.dstId), op, e.dstId, j % targetCopies) : e.dstKey;
                const key = `${e.type}|${e.dstLabel}`;
                let g = groups.get(key);
                if (!g)
                    groups.set(key, (g = { type: e.type, srcLabel: LABEL.Resource, dstLabel: e.dstLabel, rows: [] }));
                g.rows.push({ src, dst });
                if (++pending >= batchRows)
                    await flushRels();
            }
        }
    }
    await flushRels();
    return { seconds: clock.seconds, nodes, relationships, concurrency };
}
//# sourceMappingURL=floor-template.js.map