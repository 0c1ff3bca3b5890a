import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../domain/errors.js';
import { configSchema, SECTION_SCHEMAS, type ScaleConfig } from './config-schema.js';

type Layer = Record<string, Record<string, unknown>>;

export interface LoadConfigOptions {
  /** --config; else SCALE_CONFIG_PATH; else ~/.config/tenant-scale/scale-config.yaml if it exists. */
  readonly path?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Values from command-line flags, by section and key; they win over everything. */
  readonly flags?: Layer;
}

export interface LoadedConfig {
  readonly config: ScaleConfig;
  /** The file read, if any. */
  readonly source?: string;
}

/** Precedence: flags > environment (TENANT_SCALE_<SECTION>_<KEY>) > file > defaults. */
export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const explicit = options.path ?? env.SCALE_CONFIG_PATH;
  // The home of the environment given (tests pass their own), else the user's.
  const fallback = join(env.HOME ?? homedir(), '.config', 'tenant-scale', 'scale-config.yaml');
  const path = explicit ?? (existsSync(fallback) ? fallback : undefined);
  const file = path ? readConfigFile(path, explicit !== undefined) : {};
  const merged = mergeLayers(mergeLayers(file, fromEnv(env)), options.flags ?? {});
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) throw configError(parsed.error, path, merged);
  return { config: parsed.data, ...(path ? { source: path } : {}) };
}

function readConfigFile(path: string, explicit: boolean): Layer {
  if (!existsSync(path)) {
    if (explicit) throw new ConfigError(`config file ${path} does not exist`, 'fix {{option:path|config}} / SCALE_CONFIG_PATH, or remove it to use defaults');
    return {};
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `cannot read config file ${path}: ${(err as Error).message}`,
      'point {{option:path|config}} / SCALE_CONFIG_PATH at a readable YAML file',
    );
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new ConfigError(`config file ${path} is not valid YAML: ${(err as Error).message.split('\n')[0]}`, 'fix the YAML syntax');
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`config file ${path} must be a mapping with sections scale_up, scale_down, performance, validation`, 'see docs/configuration.md');
  }
  return data as Layer;
}

const SECTIONS = Object.keys(SECTION_SCHEMAS) as (keyof typeof SECTION_SCHEMAS)[];

/** TENANT_SCALE_PERFORMANCE_BATCH_SIZE=5000 → { performance: { batch_size: '5000' } } (coerced by the schema). */
function fromEnv(env: NodeJS.ProcessEnv): Layer {
  const layer: Layer = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('TENANT_SCALE_') || value === undefined) continue;
    const rest = name.slice('TENANT_SCALE_'.length).toLowerCase();
    const section = SECTIONS.find((s) => rest.startsWith(`${s}_`));
    if (!section) {
      throw new ConfigError(
        `environment variable ${name} names no config section`,
        `use TENANT_SCALE_<SECTION>_<KEY> with SECTION one of ${SECTIONS.join(', ')}`,
      );
    }
    (layer[section] ??= {})[rest.slice(section.length + 1)] = value; // switches and numbers are read by the schema
  }
  return layer;
}

function mergeLayers(base: Layer, over: Layer): Layer {
  const out: Layer = { ...base };
  for (const [section, values] of Object.entries(over)) {
    if (values === undefined) continue;
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    out[section] = { ...(typeof base[section] === 'object' ? base[section] : {}), ...defined };
  }
  return out;
}

function configError(error: z.ZodError, path: string | undefined, input: unknown): ConfigError {
  const issue = error.issues[0]!;
  const where = issue.path.join('.') || '(top level)';
  const origin = path ? `config (${path}, environment or flags)` : 'config (environment or flags)';
  if (issue.code === 'unrecognized_keys') {
    const section = SECTION_SCHEMAS[issue.path[0] as keyof typeof SECTION_SCHEMAS] as z.ZodObject | undefined;
    const allowed = Object.keys(section ? section.shape : SECTION_SCHEMAS);
    const keys = issue.keys.map((k) => (issue.path.length ? `${where}.${k}` : k)).join(', ');
    return new ConfigError(`${origin}: unknown key ${keys}`, `allowed keys${issue.path.length ? ` in ${where}` : ''}: ${allowed.join(', ')}`);
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return new ConfigError(`${origin}: ${where} is invalid`, `allowed values: ${(issue.values as unknown[]).join(', ')}`);
  }
  const got = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
  const blank = typeof got === 'string' && got.trim() === '' && issue.code === 'invalid_type' && issue.expected === 'number';
  const problem = blank ? 'empty, expected a number' : issue.message.replace('received NaN', 'got text');
  return new ConfigError(`${origin}: ${where} = ${JSON.stringify(got)}: ${problem}`, `fix ${where}`);
}
