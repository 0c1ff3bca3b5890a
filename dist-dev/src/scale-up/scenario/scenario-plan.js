import { MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-components';
import { LABEL, prefixForType, REL } from '../../domain/atg-schema.js';
import { UsageError } from '../../domain/errors.js';
import { pairKey } from '../../domain/atg-catalog/kind-relationships.js';
/** Most resources one repetition may hold in memory while it is written; larger sizes repeat a stamp. */
export const MAX_RESOURCES_PER_REPETITION = 1_000_000;
/**
 * Expands a scenario into one repetition's resources and links (pure), works out its stamps and
 * proves every stamp is one connected piece, so a scenario file with an unwired role is refused
 * before anything is written.
 */
export function planScenario(definition, repetitions) {
    if (!Number.isInteger(repetitions) || repetitions < 1) {
        throw new UsageError(`{{option:scaleFactor}} must be a whole number of 1 or more for scenarios (got ${repetitions})`, 'pass e.g. {{option:scaleFactor}} 3 to write the scenario three times');
    }
    const perRepetition = definition.groups.reduce((sum, g) => sum + instancesOf(g) * g.resources.reduce((s, r) => s + r.count, 0), 0);
    if (perRepetition > MAX_RESOURCES_PER_REPETITION) {
        throw new UsageError(`one repetition of scenario ${definition.name} has ${perRepetition.toLocaleString('en-US')} resources, above ${MAX_RESOURCES_PER_REPETITION.toLocaleString('en-US')}`, 'make the stamp smaller and repeat it with {{option:scaleFactor}}');
    }
    const resources = [];
    // positions[group][instance][role] = positions in `resources`
    const positions = new Map();
    for (const g of definition.groups) {
        const instances = [];
        const count = instancesOf(g);
        for (let i = 0; i < count; i++) {
            const byRole = new Map();
            const location = g.regions ? g.regions[i % g.regions.length] : definition.region;
            const instanceLabel = g.regions ? location : count > 1 ? String(i + 1).padStart(3, '0') : '';
            for (const r of g.resources) {
                const own = [];
                for (let k = 0; k < r.count; k++) {
                    const base = r.name ?? [prefixForType(r.type), g.name, instanceLabel].filter(Boolean).join('-');
                    own.push(resources.length);
                    resources.push({
                        group: g.name,
                        instance: i,
                        role: r.role,
                        index: k,
                        type: r.type,
                        location,
                        name: r.count > 1 ? `${base}-${String(k + 1).padStart(2, '0')}` : base,
                        ...(g.environment ? { environment: g.environment } : {}),
                        ...(r.properties ? { properties: r.properties } : {}),
                        stamp: -1,
                    });
                }
                byRole.set(r.role, own);
            }
            instances.push(byRole);
        }
        positions.set(g.name, instances);
    }
    const links = [];
    for (const l of definition.links) {
        const [fromGroup, fromRole] = l.from.split('.');
        const [toGroup, toRole] = l.to.split('.');
        const fromInstances = positions.get(fromGroup);
        const toInstances = positions.get(toGroup);
        const everyTarget = toInstances.flatMap((inst) => inst.get(toRole));
        let running = 0; // across instances, so `each` spreads over every target of another group
        fromInstances.forEach((inst, i) => {
            const sources = inst.get(fromRole);
            const targets = fromGroup === toGroup ? toInstances[i].get(toRole) : everyTarget;
            sources.forEach((src, k) => {
                const index = fromGroup === toGroup ? k : running++;
                const chosen = l.pattern === 'all' ? targets : [targets[index % targets.length]];
                for (const dst of chosen)
                    if (dst !== src)
                        links.push({ src, dst, type: l.type });
            });
        });
    }
    const stamps = assignStamps(definition, resources, links);
    return { definition, repetitions, resources, links, stamps, ...totals(resources, links, repetitions) };
}
function instancesOf(g) {
    return g.count ?? g.regions?.length ?? 1;
}
/** Stamps are the connected pieces of the group-instance graph; each must be connected at node level too. */
function assignStamps(definition, resources, links) {
    const instanceKey = (r) => `${r.group}#${r.instance}`;
    const instances = new UndirectedGraph();
    for (const r of resources)
        instances.mergeNode(instanceKey(r));
    for (const l of links) {
        const a = instanceKey(resources[l.src]);
        const b = instanceKey(resources[l.dst]);
        if (a !== b)
            instances.mergeEdge(a, b);
    }
    const nodes = new MultiUndirectedGraph();
    for (let i = 0; i < resources.length; i++)
        nodes.addNode(i);
    for (const l of links)
        nodes.addEdge(l.src, l.dst);
    const componentOf = new Map();
    connectedComponents(nodes).forEach((members, c) => {
        for (const m of members)
            componentOf.set(m, c);
    });
    const stampOfInstance = new Map();
    connectedComponents(instances).forEach((members, stamp) => {
        for (const m of members)
            stampOfInstance.set(m, stamp);
    });
    const labels = [];
    const rootComponent = [];
    resources.forEach((r, i) => {
        const stamp = stampOfInstance.get(instanceKey(r));
        r.stamp = stamp;
        if (labels[stamp] === undefined) {
            // The stamp's root is its first resource (the hub VNet, the first region's VNet, …).
            const repeated = instancesOf(definition.groups.find((g) => g.name === r.group)) > 1;
            labels[stamp] = repeated ? `${r.group}-${r.instance + 1}` : r.group;
            rootComponent[stamp] = componentOf.get(String(i));
        }
        else if (componentOf.get(String(i)) !== rootComponent[stamp]) {
            throw new UsageError(`scenario ${definition.name}: ${r.group}.${r.role} (${r.name}) is not connected to the rest of its stamp, so the stamp would fall apart`, `add a link from or to ${r.group}.${r.role} (with pattern: all when one source serves many targets)`);
        }
    });
    return labels;
}
function totals(resources, links, repetitions) {
    const byType = new Map();
    for (const r of resources)
        byType.set(r.type, (byType.get(r.type) ?? 0) + repetitions);
    const profile = new Map();
    const add = (from, type, to) => {
        const key = pairKey(from, type, to);
        const entry = profile.get(key);
        if (entry)
            entry.count += repetitions;
        else
            profile.set(key, { from, type, to, count: repetitions });
    };
    for (const l of links)
        add(resources[l.src].type, l.type, resources[l.dst].type);
    for (const r of resources) {
        add(r.type, REL.LOCATED_IN, `:${LABEL.Region}`);
        if (r.environment)
            add(r.type, REL.TAGGED_WITH, `:${LABEL.Tag}`);
    }
    return {
        plannedResources: resources.length * repetitions,
        plannedRelationships: [...profile.values()].reduce((s, e) => s + e.count, 0),
        byType: [...byType].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
        profile: [...profile.values()].sort(compareProfile),
    };
}
export function compareProfile(a, b) {
    return a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.to.localeCompare(b.to);
}
//# sourceMappingURL=scenario-plan.js.map