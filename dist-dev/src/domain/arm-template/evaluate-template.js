import { ArmExpressionError, evaluate, isExpression, parseExpression } from './arm-expression.js';
import { PURE_FUNCTIONS } from './arm-functions.js';
/** A template that cannot be evaluated, with the JSON path of the value at fault. */
export class TemplateError extends Error {
    path;
    constructor(path, message) {
        super(message);
        this.path = path;
    }
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/**
 * Evaluates an ARM deployment template offline into the resources it deploys: parameters (defaults,
 * overridden by a deployment-parameters file), variables, conditions, resource and property copy
 * loops, nested child resources, extension resources (`scope`) and the template functions real
 * templates use. `reference()` cannot read a deployment offline: it yields an empty object (its
 * properties null) and a warning.
 */
export function evaluateTemplate(template, scope) {
    if (!isObject(template) || !Array.isArray(template.resources))
        throw new TemplateError('$', 'not an ARM template (no "resources" array)');
    const warnings = [];
    const loops = [];
    const variableValues = new Map();
    const evaluating = new Set();
    const definitions = isObject(template.parameters) ? template.parameters : {};
    const variables = isObject(template.variables) ? template.variables : {};
    const parameterValues = new Map();
    const groupId = `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}`;
    const resourceId = (args, subscriptionLevel) => {
        const texts = args.map((a) => String(a));
        const typeAt = texts.findIndex((t) => t.includes('/'));
        if (typeAt < 0)
            throw new ArmExpressionError(`resourceId() needs a resource type (Namespace/type), got ${JSON.stringify(texts)}`);
        const before = texts.slice(0, typeAt);
        const sub = before.length >= (subscriptionLevel ? 1 : 2) ? before[0] : scope.subscriptionId;
        const group = subscriptionLevel ? null : (before[before.length - 1] ?? scope.resourceGroup);
        const [namespace, ...types] = texts[typeAt].split('/');
        const names = texts.slice(typeAt + 1);
        const path = types.map((t, i) => `${t}/${names[i] ?? ''}`).join('/');
        return `/subscriptions/${sub}${group === null ? '' : `/resourceGroups/${group}`}/providers/${namespace}/${path}`;
    };
    const functions = {
        ...PURE_FUNCTIONS,
        parameters: ([name]) => parameter(String(name)),
        variables: ([name]) => variable(String(name)),
        copyindex: (args) => {
            const [first, second] = args;
            const name = typeof first === 'string' ? first : null;
            const offset = typeof first === 'number' ? first : typeof second === 'number' ? second : 0;
            const loop = name === null ? loops[loops.length - 1] : [...loops].reverse().find((l) => l.name?.toLowerCase() === name.toLowerCase());
            if (!loop)
                throw new ArmExpressionError(`copyIndex(${name ? `'${name}'` : ''}) outside its copy loop`);
            return loop.index + offset;
        },
        resourcegroup: () => ({
            id: groupId,
            name: scope.resourceGroup,
            type: 'Microsoft.Resources/resourceGroups',
            location: scope.location,
            properties: { provisioningState: 'Succeeded' },
        }),
        subscription: () => ({
            id: `/subscriptions/${scope.subscriptionId}`,
            subscriptionId: scope.subscriptionId,
            tenantId: scope.tenantId,
            displayName: scope.subscriptionId,
        }),
        tenant: () => ({ tenantId: scope.tenantId }),
        deployment: () => ({ name: 'tenant-scale-import', properties: { templateLink: null } }),
        resourceid: (a) => resourceId(a, false),
        subscriptionresourceid: (a) => resourceId(a, true),
        tenantresourceid: (a) => resourceId(a, true).replace(/^\/subscriptions\/[^/]+/, ''),
        extensionresourceid: ([base, type, ...names]) => `${String(base)}/providers/${resourceId([String(type), ...names], true).split('/providers/')[1]}`,
        reference: ([id]) => {
            warnings.push(`reference(${JSON.stringify(id)}) reads a deployed resource; offline its properties are null`);
            return {};
        },
        list: () => ({}),
        listkeys: () => ({ keys: [] }),
        utcnow: () => '2026-01-01T00:00:00Z',
        environment: () => ({ name: 'AzureCloud', suffixes: { storage: 'core.windows.net', sqlServerHostname: 'database.windows.net' } }),
    };
    const value = (v, path) => {
        if (typeof v === 'string') {
            if (!isExpression(v))
                return v.startsWith('[[') ? v.slice(1) : v;
            try {
                return evaluate(parseExpression(v.slice(1, -1)), functions);
            }
            catch (err) {
                if (err instanceof TemplateError)
                    throw err;
                throw new TemplateError(path, err.message);
            }
        }
        if (Array.isArray(v))
            return v.map((item, i) => value(item, `${path}[${i}]`));
        if (isObject(v))
            return objectValue(v, path);
        return (v ?? null);
    };
    /** An object, with its property copy loops (`"copy": [{name, count, input}]`) expanded into arrays. */
    const objectValue = (o, path) => {
        const out = {};
        for (const [k, v] of Object.entries(o)) {
            if (k === 'copy' && Array.isArray(v)) {
                v.forEach((loop, j) => {
                    if (!isObject(loop) || typeof loop.name !== 'string')
                        throw new TemplateError(`${path}.copy[${j}]`, 'a property copy loop needs a name, a count and an input');
                    const count = Number(value(loop.count, `${path}.copy[${j}].count`));
                    out[loop.name] = Array.from({ length: count }, (_, index) => {
                        loops.push({ name: loop.name, index });
                        try {
                            return value(loop.input, `${path}.copy[${j}].input`);
                        }
                        finally {
                            loops.pop();
                        }
                    });
                });
            }
            else
                out[k] = value(v, `${path}.${k}`);
        }
        return out;
    };
    const parameter = (name) => {
        const key = Object.keys(definitions).find((k) => k.toLowerCase() === name.toLowerCase());
        if (key === undefined)
            throw new ArmExpressionError(`parameters('${name}'): the template declares no such parameter`);
        if (!parameterValues.has(key)) {
            const given = Object.keys(scope.parameters).find((k) => k.toLowerCase() === key.toLowerCase());
            const definition = definitions[key];
            if (given !== undefined)
                parameterValues.set(key, scope.parameters[given]);
            else if (isObject(definition) && 'defaultValue' in definition)
                parameterValues.set(key, value(definition.defaultValue, `$.parameters.${key}.defaultValue`));
            else
                throw new ArmExpressionError(`parameter ${key} has no default and no value; give it in a deployment-parameters file ({{option:parameters}})`);
        }
        return parameterValues.get(key);
    };
    const variable = (name) => {
        const key = Object.keys(variables).find((k) => k.toLowerCase() === name.toLowerCase());
        if (key === undefined)
            throw new ArmExpressionError(`variables('${name}'): the template declares no such variable`);
        if (!variableValues.has(key)) {
            if (evaluating.has(key))
                throw new ArmExpressionError(`variable ${key} refers to itself`);
            evaluating.add(key);
            const saved = loops.splice(0);
            try {
                variableValues.set(key, value(variables[key], `$.variables.${key}`));
            }
            finally {
                loops.push(...saved);
                evaluating.delete(key);
            }
        }
        return variableValues.get(key);
    };
    const resources = [];
    const deploy = (definition, path, parent) => {
        if (!isObject(definition))
            throw new TemplateError(path, 'a resource must be an object');
        const copy = definition.copy;
        const instances = isObject(copy) ? Number(value(copy.count, `${path}.copy.count`)) : 1;
        for (let index = 0; index < instances; index++) {
            if (isObject(copy))
                loops.push({ name: typeof copy.name === 'string' ? copy.name : null, index });
            try {
                if ('condition' in definition && !value(definition.condition, `${path}.condition`))
                    continue;
                const rawType = String(value(definition.type, `${path}.type`));
                const rawName = String(value(definition.name, `${path}.name`));
                if (!rawType || rawType === 'null' || !rawName || rawName === 'null')
                    throw new TemplateError(path, 'a resource needs a type and a name');
                const type = parent && !rawType.includes('/') ? `${parent.type}/${rawType}` : rawType;
                const name = parent && !rawName.startsWith(`${parent.name}/`) && type.split('/').length - 1 > rawName.split('/').length ? `${parent.name}/${rawName}` : rawName;
                const target = 'scope' in definition ? value(definition.scope, `${path}.scope`) : null;
                const nameParts = name.split('/');
                const id = typeof target === 'string' && target.startsWith('/')
                    ? `${target}/providers/${type.split('/')[0]}/${type
                        .split('/')
                        .slice(1)
                        .map((t, i) => `${t}/${nameParts[i] ?? ''}`)
                        .join('/')}`
                    : resourceId([type, ...nameParts], false);
                const properties = value(definition.properties ?? {}, `${path}.properties`);
                const dependsOn = value(definition.dependsOn ?? [], `${path}.dependsOn`);
                const tags = value(definition.tags ?? {}, `${path}.tags`);
                const location = definition.location === undefined ? null : value(definition.location, `${path}.location`);
                resources.push({
                    id,
                    name: nameParts[nameParts.length - 1],
                    type,
                    location: typeof location === 'string' ? location : scope.location,
                    resourceGroup: scope.resourceGroup,
                    subscriptionId: scope.subscriptionId,
                    properties: isObject(properties) ? properties : {},
                    tags: isObject(tags) ? Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, String(v)])) : {},
                    ...(definition.sku !== undefined ? { sku: value(definition.sku, `${path}.sku`) } : {}),
                    ...(typeof definition.kind === 'string' ? { kind: String(value(definition.kind, `${path}.kind`)) } : {}),
                    ...(definition.identity !== undefined ? { identity: value(definition.identity, `${path}.identity`) } : {}),
                    dependsOn: Array.isArray(dependsOn) ? dependsOn.filter((d) => typeof d === 'string' && d.startsWith('/')) : [],
                });
                if (Array.isArray(definition.resources))
                    definition.resources.forEach((child, j) => {
                        deploy(child, `${path}.resources[${j}]`, { type, name });
                    });
            }
            finally {
                if (isObject(copy))
                    loops.pop();
            }
        }
    };
    template.resources.forEach((r, i) => {
        deploy(r, `$.resources[${i}]`, undefined);
    });
    return { resources, warnings: [...new Set(warnings)] };
}
//# sourceMappingURL=evaluate-template.js.map