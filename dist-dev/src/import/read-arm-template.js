import { readInputFile } from '../io/input-file.js';
import { evaluateTemplate, TemplateError } from '../domain/arm-template/evaluate-template.js';
import { UsageError } from '../domain/errors.js';
function readJson(file, what) {
    const text = readInputFile(file, what);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new UsageError(`${file}: $: not valid JSON (${err.message})`, `pass the whole ${what} (it looks truncated or edited)`);
    }
}
/** The resources an ARM template deploys, evaluated offline; a template that cannot be evaluated is a UsageError naming the file and the JSON path. */
export function readArmTemplate(file, deployment) {
    const template = readJson(file, 'template');
    const parameters = {};
    if (deployment.parametersFile) {
        const doc = readJson(deployment.parametersFile, 'parameters file');
        if (!doc || typeof doc !== 'object' || !doc.parameters || typeof doc.parameters !== 'object') {
            throw new UsageError(`${deployment.parametersFile}: $.parameters: missing`, 'pass a deployment-parameters file: {"parameters": {"name": {"value": …}}}');
        }
        for (const [name, entry] of Object.entries(doc.parameters)) {
            if (!entry || typeof entry !== 'object' || !('value' in entry))
                throw new UsageError(`${deployment.parametersFile}: $.parameters.${name}: no "value"`, 'give every parameter as {"value": …} (Key Vault references cannot be read offline)');
            parameters[name] = entry.value;
        }
    }
    try {
        return evaluateTemplate(template, {
            tenantId: deployment.tenantId,
            subscriptionId: deployment.subscriptionId,
            resourceGroup: deployment.resourceGroup,
            location: deployment.location,
            parameters,
        });
    }
    catch (err) {
        if (err instanceof TemplateError)
            throw new UsageError(`${file}: ${err.path}: ${err.message}`, 'fix the template or its parameters; the functions tenant-scale evaluates offline are listed in the README');
        throw err;
    }
}
//# sourceMappingURL=read-arm-template.js.map