import { TENANT_C } from './injection-cases.js';
const parsed = (v) => (typeof v === 'string' ? JSON.parse(v) : undefined);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const nodeLine = (n) => JSON.stringify([[...n.labels].sort(), Object.entries(n.properties).sort(([a], [b]) => (a < b ? -1 : 1))]);
/**
 * Where the string must be found again, byte for byte, for each kind of write: every place it was
 * sent, compared exactly (===, never a prefix or a match), and the write itself as big as sent.
 */
export function givenBackProblems(w) {
    switch (w.fault) {
        case 'json values, keys and ids':
        case 'json labels and relationship types':
            return jsonFileBack(w);
        case '--as-tenant':
            return [
                ...newTenantBack(w, w.result.tenantId),
                ...(w.back.nodes.length === w.sent.nodes.length && w.back.relationships.length === w.sent.relationships.length
                    ? []
                    : [
                        `${w.back.nodes.length} nodes and ${w.back.relationships.length} relationships came back, ${w.sent.nodes.length} and ${w.sent.relationships.length} were imported`,
                    ]),
            ];
        case '--new-tenant-id': {
            const output = w.result.output;
            return [
                ...newTenantBack(w, output.newTenantId),
                ...(w.back.nodes.length === output.nodes && w.back.relationships.length === output.relationships
                    ? []
                    : [
                        `${w.back.nodes.length} nodes and ${w.back.relationships.length} relationships came back, the run wrote ${output.nodes} and ${output.relationships}`,
                    ]),
            ];
        }
        case 'scenario file fields':
            return scenarioBack(w);
        case 'resource-graph fields':
            return resourceGraphBack(w);
        default:
            return [`no read-back proof for ${w.fault}`];
    }
}
/** The imported file's nodes and relationships all come back exactly; the string was in it. */
function jsonFileBack({ fault, h, back, sent }) {
    const planted = fault === 'json values, keys and ids'
        ? sent.nodes.some((n) => n.properties.llm_description === h)
        : sent.nodes.some((n) => n.labels.includes(h)) && sent.relationships.some((r) => r.type === h);
    if (!planted)
        return ['the string was not in the file imported'];
    const problems = [];
    const lines = (g) => g.nodes.map(nodeLine).sort().join('\n');
    const rels = (g) => g.relationships
        .map((r) => JSON.stringify(r))
        .sort()
        .join('\n');
    if (lines(back) !== lines(sent))
        problems.push(`the nodes did not come back byte-identical (${back.nodes.length} back, ${sent.nodes.length} sent)`);
    if (rels(back) !== rels(sent))
        problems.push(`the relationships did not come back byte-identical (${back.relationships.length} back, ${sent.relationships.length} sent)`);
    if (back.header.tenantId !== TENANT_C)
        problems.push('the export is not of tenant C');
    return problems;
}
/** A tenant named by the string: the run, the export, the Tenant node and every node's tenant_id carry it exactly. */
function newTenantBack({ h, back }, reported) {
    const problems = [];
    if (reported !== h)
        problems.push('the run reported another tenant id');
    if (back.header.tenantId !== h)
        problems.push("the export's tenant id is not the string");
    if (!back.nodes.some((n) => n.labels.includes('Tenant') && n.properties.id === h))
        problems.push('no Tenant node has the string as its id');
    const carrying = back.nodes.filter((n) => n.properties.tenant_id !== undefined && n.properties.tenant_id !== null);
    if (carrying.length === 0)
        problems.push('no node carries a tenant_id');
    const other = carrying.filter((n) => n.properties.tenant_id !== h).length;
    if (other)
        problems.push(`${other} nodes carry another tenant_id`);
    return problems;
}
/** The scenario's description (reported), the resource named by its first 80 characters and that resource's note. */
function scenarioBack({ h, result, back }) {
    const problems = [];
    if (result.plan?.description !== h)
        problems.push('the description was not reported byte-identical');
    const named = back.nodes.filter((n) => n.properties.name === h.slice(0, 80));
    if (named.length === 0)
        problems.push('no resource came back with the name');
    else if (!named.every((n) => parsed(n.properties.properties)?.note === h))
        problems.push("the named resource's note did not come back byte-identical");
    return problems;
}
/** The rows' name, note, tag key and values: on the Original layer, the abstracted copy, the Tag nodes. */
function resourceGraphBack({ h, back }) {
    const problems = [];
    const vnetTags = { [h.slice(0, 200)]: h };
    const byId = (suffix, original) => back.nodes.find((n) => n.labels.includes('Resource') && n.labels.includes('Original') === original && String(n.properties[original ? 'id' : 'original_id']).endsWith(suffix));
    const vnet = byId('/virtualNetworks/vnet-h', true);
    const copy = byId('/virtualNetworks/vnet-h', false);
    const storage = byId('/storageAccounts/sth', true);
    if (!vnet || !copy || !storage)
        return ['a resource of the rows did not come back'];
    if (vnet.properties.name !== h)
        problems.push('the name did not come back byte-identical');
    if (copy.properties.original_name !== h)
        problems.push("the abstracted copy's original_name is not the name");
    if (parsed(vnet.properties.properties).note !== h)
        problems.push('the note did not come back byte-identical');
    if (!same(parsed(vnet.properties.tags), vnetTags) || !same(parsed(copy.properties.tags), vnetTags))
        problems.push('the tag did not come back byte-identical');
    if (!same(parsed(storage.properties.tags), { owner: h }))
        problems.push("the storage account's tag did not come back byte-identical");
    const tag = (key) => back.nodes.some((n) => n.labels.includes('Tag') && n.properties.key === key && n.properties.value === h);
    if (!tag(h.slice(0, 200)) || !tag('owner'))
        problems.push('a Tag node did not come back byte-identical');
    return problems;
}
//# sourceMappingURL=given-back.js.map