import { readInputFile } from '../io/input-file.js';
import type { ArmResource } from '../domain/atg-catalog/arm-resource.js';
import type { ArmValue } from '../domain/arm-template/arm-expression.js';
import { evaluateTemplate, TemplateError } from '../domain/arm-template/evaluate-template.js';
import { UsageError } from '../domain/errors.js';

/** Where an ARM template is deployed, offline: the flags' subscription, resource group and location, and a parameters file. */
export interface ArmDeployment {
  readonly tenantId: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly location: string;
  /** A deployment-parameters file (`{"parameters": {"name": {"value": …}}}`). */
  readonly parametersFile?: string;
}

function readJson(file: string, what: string): unknown {
  const text = readInputFile(file, what);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file}: $: not valid JSON (${(err as Error).message})`, `pass the whole ${what} (it looks truncated or edited)`);
  }
}

/** The resources an ARM template deploys, evaluated offline; a template that cannot be evaluated is a UsageError naming the file and the JSON path. */
export function readArmTemplate(file: string, deployment: ArmDeployment): { resources: ArmResource[]; warnings: string[] } {
  const template = readJson(file, 'template');
  const parameters: Record<string, ArmValue> = {};
  if (deployment.parametersFile) {
    const doc = readJson(deployment.parametersFile, 'parameters file') as { parameters?: Record<string, { value?: ArmValue }> };
    if (!doc || typeof doc !== 'object' || !doc.parameters || typeof doc.parameters !== 'object') {
      throw new UsageError(`${deployment.parametersFile}: $.parameters: missing`, 'pass a deployment-parameters file: {"parameters": {"name": {"value": …}}}');
    }
    for (const [name, entry] of Object.entries(doc.parameters)) {
      if (!entry || typeof entry !== 'object' || !('value' in entry))
        throw new UsageError(
          `${deployment.parametersFile}: $.parameters.${name}: no "value"`,
          'give every parameter as {"value": …} (Key Vault references cannot be read offline)',
        );
      parameters[name] = entry.value!;
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
  } catch (err) {
    if (err instanceof TemplateError)
      throw new UsageError(
        `${file}: ${err.path}: ${err.message}`,
        'fix the template or its parameters; the functions tenant-scale evaluates offline are listed in docs/commands.md (import)',
      );
    throw err;
  }
}
