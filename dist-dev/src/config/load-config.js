import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../domain/errors.js';
import { configSchema, SECTION_SCHEMAS } from './config-schema.js';
/** Precedence: flags > environment (TENANT_SCALE_<SECTION>_<KEY>) > file > defaults. */
export function loadConfig(options = {}) {
    const env = options.env ?? process.env;
    const explicit = options.path ?? env.SCALE_CONFIG_PATH;
    // The home of the environment given (tests pass their own), else the user's.
    const fallback = join(env.HOME ?? homedir(), '.config', 'tenant-scale', 'scale-config.yaml');
    const path = explicit ?? (existsSync(fallback) ? fallback : undefined);
    const file = path ? readConfigFile(path, explicit !== undefined) : {};
    const merged = mergeLayers(mergeLayers(file, fromEnv(env)), options.flags ?? {});
    const parsed = configSchema.safeParse(merged);
    if (!parsed.success)
        throw configError(parsed.error, path, merged);
    return { config: parsed.data, ...(path ? { source: path } : {}) };
}
function readConfigFile(path, explicit) {
    if (!existsSync(path)) {
        if (explicit)
            throw new ConfigError(`config file ${path} does not exist`, 'fix {{option:path|config}} / SCALE_CONFIG_PATH, or remove it to use defaults');
        return {};
    }
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (err) {
        throw new ConfigError(`cannot read config file ${path}: ${err.message}`, 'point {{option:path|config}} / SCALE_CONFIG_PATH at a readable YAML file');
    }
    let data;
    try {
        data = parseYaml(text);
    }
    catch (err) {
        throw new ConfigError(`config file ${path} is not valid YAML: ${err.message.split('\n')[0]}`, 'fix the YAML syntax');
    }
    if (data === null || data === undefined)
        return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new ConfigError(`config file ${path} must be a mapping with sections scale_up, scale_down, performance, validation`, 'see README "Configuration"');
    }
    return data;
}
const SECTIONS = Object.keys(SECTION_SCHEMAS);
/** TENANT_SCALE_PERFORMANCE_BATCH_SIZE=5000 → { performance: { batch_size: '5000' } } (coerced by the schema). */
function fromEnv(env) {
    const layer = {};
    for (const [name, value] of Object.entries(env)) {
        if (!name.startsWith('TENANT_SCALE_') || value === undefined)
            continue;
        const rest = name.slice('TENANT_SCALE_'.length).toLowerCase();
        const section = SECTIONS.find((s) => rest.startsWith(`${s}_`));
        if (!section) {
            throw new ConfigError(`environment variable ${name} names no config section`, `use TENANT_SCALE_<SECTION>_<KEY> with SECTION one of ${SECTIONS.join(', ')}`);
        }
        (layer[section] ??= {})[rest.slice(section.length + 1)] = value; // switches and numbers are read by the schema
    }
    return layer;
}
function mergeLayers(base, over) {
    const out = { ...base };
    for (const [section, values] of Object.entries(over)) {
        if (values === undefined)
            continue;
        const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
        out[section] = { ...(typeof base[section] === 'object' ? base[section] : {}), ...defined };
    }
    return out;
}
function configError(error, path, input) {
    const issue = error.issues[0];
    const where = issue.path.join('.') || '(top level)';
    const origin = path ? `config (${path}, environment or flags)` : 'config (environment or flags)';
    if (issue.code === 'unrecognized_keys') {
        const section = SECTION_SCHEMAS[issue.path[0]];
        const allowed = Object.keys(section ? section.shape : SECTION_SCHEMAS);
        const keys = issue.keys.map((k) => (issue.path.length ? `${where}.${k}` : k)).join(', ');
        return new ConfigError(`${origin}: unknown key ${keys}`, `allowed keys${issue.path.length ? ` in ${where}` : ''}: ${allowed.join(', ')}`);
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
        return new ConfigError(`${origin}: ${where} is invalid`, `allowed values: ${issue.values.join(', ')}`);
    }
    const got = issue.path.reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), input);
    const blank = typeof got === 'string' && got.trim() === '' && issue.code === 'invalid_type' && issue.expected === 'number';
    const problem = blank ? 'empty, expected a number' : issue.message.replace('received NaN', 'got text');
    return new ConfigError(`${origin}: ${where} = ${JSON.stringify(got)}: ${problem}`, `fix ${where}`);
}
//# sourceMappingURL=load-config.js.map