import { existsSync } from 'node:fs';
import { z } from 'zod';
import { kindOfType, RESOURCE_KINDS } from '../../domain/atg-schema.js';
import { UsageError } from '../../domain/errors.js';
import { readYamlFile } from '../../io/read-yaml-file.js';
/** Relative weights by registry kind; normalised when used. */
const PRESETS = {
    /** Close to generate-tenant's mix (a scanned enterprise tenant): disks, NICs and VMs lead. */
    tenant: {
        disk: 18,
        nic: 12,
        vm: 10,
        subnet: 10,
        webApp: 8,
        sqlDatabase: 6,
        storage: 5,
        vnet: 3,
        nsg: 3,
        appPlan: 3,
        sqlServer: 3,
        privateEndpoint: 3,
        keyVault: 2,
        publicIp: 2,
        loadBalancer: 1,
        cosmos: 1,
        aks: 1,
        workspace: 0.5,
        routeTable: 0.5,
    },
    /** Network-heavy: landing zones and connectivity subscriptions. */
    network: {
        subnet: 20,
        nic: 18,
        vnet: 8,
        nsg: 8,
        publicIp: 8,
        routeTable: 5,
        privateEndpoint: 8,
        loadBalancer: 4,
        vm: 8,
        firewall: 1,
        firewallPolicy: 1,
        bastion: 1,
        vpnGateway: 1,
        ddosPlan: 0.5,
        workspace: 1,
    },
    /** Compute-heavy: VM farms and clusters. */
    compute: { vm: 25, nic: 25, disk: 30, subnet: 6, vnet: 2, nsg: 3, aks: 3, loadBalancer: 2, publicIp: 2, workspace: 1, keyVault: 1 },
    /** Every kind the rules know, equally likely. */
    uniform: Object.fromEntries(Object.keys(RESOURCE_KINDS).map((k) => [k, 1])),
};
export const DISTRIBUTION_PRESETS = Object.keys(PRESETS);
const weight = z.number({ error: 'expected a number' }).finite().min(0, 'weights are 0 or more');
/** `{ name?, types: {TYPE: weight} }`, or the flat map `{TYPE: weight}` (checked as such, so errors point at the type). */
const fileSchema = z.preprocess((data) => (data && typeof data === 'object' && 'types' in data ? data : { types: data }), z.strictObject({ name: z.string().optional(), types: z.record(z.string(), weight, { error: 'expected a map of ARM type to weight' }) }));
const FIX = `write a YAML or JSON map of ARM type to weight, e.g. "Microsoft.Compute/virtualMachines: 10", or use a preset: ${DISTRIBUTION_PRESETS.join(', ')}`;
/** A preset name or a file path (YAML or JSON, `types:` map or a flat map of ARM type → weight). */
export function resolveTypeDistribution(presetOrFile) {
    if (PRESETS[presetOrFile])
        return normalise(presetOrFile, Object.entries(PRESETS[presetOrFile]), presetOrFile);
    if (!existsSync(presetOrFile)) {
        throw new UsageError(`{{option:typeDistribution}} ${presetOrFile} is neither a preset nor an existing file`, FIX);
    }
    const parsed = readYamlFile(presetOrFile, fileSchema, 'type distribution', FIX);
    const types = parsed.types;
    const entries = [];
    for (const [type, w] of Object.entries(types)) {
        const kind = kindOfType(type);
        if (!kind) {
            throw new UsageError(`type distribution ${presetOrFile} is invalid at ${type}: not a type random scale-up can connect`, `use types the relationship rules know: ${Object.values(RESOURCE_KINDS)
                .map((k) => k.type)
                .join(', ')}`);
        }
        entries.push([kind, w]);
    }
    return normalise(parsed.name ?? presetOrFile, entries, presetOrFile);
}
function normalise(name, entries, source) {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    if (!(total > 0))
        throw new UsageError(`type distribution ${source} has no type with a weight above 0`, FIX);
    const shares = entries
        .filter(([, w]) => w > 0)
        .map(([kind, w]) => ({ kind, type: RESOURCE_KINDS[kind].type, probability: w / total }))
        .sort((a, b) => b.probability - a.probability || a.type.localeCompare(b.type));
    return { name, shares };
}
//# sourceMappingURL=type-distribution.js.map