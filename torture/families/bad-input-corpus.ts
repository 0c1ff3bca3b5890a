/**
 * The bad-input corpus: every case is a command line (and maybe an environment and files) that
 * must be refused with exit 2, a message naming the problem's field and rule (`expect`) and a
 * `fix:` line, writing nothing. Placeholders in args, env and file names:
 *   {db}  the store under test      {A} {B}  its two tenants      {op}  A's completed scale-up
 *   {del} B's scale-down delete      {backup} B's backup file      {export} A exported as json
 *   {dir} the case's own directory (files are written there; nothing else may appear in it)
 *   {none} a SQLite path that does not exist and must not be created
 */
export interface Fixtures {
  /** The text of `{export}`: tenant A with its Original layer, as `export` writes it. */
  readonly exportJson: string;
  /** The text of `{backup}`: what B's scale-down delete wrote. */
  readonly backupJson: string;
}

export type FileText = string | Buffer | ((fx: Fixtures) => string | Buffer);

export interface BadInputCase {
  /** The table's command column: `scale-up template`, `import`, `(global)`, … */
  readonly area: string;
  /** The table's fault column: bad flags, environment, config file, scenario file, … */
  readonly fault: string;
  readonly name: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Files written into {dir} before the run, by name. */
  readonly files?: Readonly<Record<string, FileText>>;
  /** Directories made in {dir} before the run (a directory where a file belongs). */
  readonly dirs?: readonly string[];
  /**
   * stderr must match: the problem's field or flag and the rule it broke (a value, a limit, a
   * file and what is wrong with it), so that a refusal for another reason does not pass.
   */
  readonly expect: RegExp;
}

const at = ['--db', '{db}', '--tenant-id', '{A}'];
const atB = ['--db', '{db}', '--tenant-id', '{B}'];
const cases: BadInputCase[] = [];

/** Adds cases of one area and fault: [name, args, expect, extra?]. */
function group(
  area: string,
  fault: string,
  list: readonly (readonly [string, readonly string[], RegExp, Partial<Pick<BadInputCase, 'env' | 'files' | 'dirs'>>?])[],
): void {
  for (const [name, args, expect, extra] of list) cases.push({ area, fault, name, args, expect, ...extra });
}

// ---- helpers to damage files -------------------------------------------------------------------
const half = (text: string) => text.slice(0, Math.floor(text.length / 2));
/** One byte changed inside the first node's id: the file keeps its shape, only its digest tells. */
const flipped = (text: string) => {
  const i = text.indexOf('"id":"', text.indexOf('"nodes": [')) + '"id":"'.length + 2;
  return text.slice(0, i) + (text[i] === 'x' ? 'y' : 'x') + text.slice(i + 1);
};
/** The header line (outside the digest) with one field replaced. */
const withHeader = (text: string, key: string, value: unknown) => {
  const end = text.indexOf('\n');
  const header = JSON.parse(`${text.slice(0, end - 1)}}`) as Record<string, unknown>;
  header[key] = value;
  return `${JSON.stringify(header).slice(0, -1)},${text.slice(end)}`;
};
const withoutDigest = (text: string) => text.replace(/,?\n?"sha256": "[0-9a-f]{64}"\}\n$/, '}\n').replace(/\],\n\}\n$/, ']\n}\n');
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

// ---- (global): the program's own flags and commands ---------------------------------------------
group('(global)', 'bad flags', [
  ['no command', [], /^Usage: tenant-scale \[options\] \[command\][\s\S]*fix: add a command: tenant-scale generate-tenant, /m],
  ['unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
  ['misspelt command', ['--db', '{db}', 'scale-stat'], /unknown command 'scale-stat'/],
  [
    'scale-up without strategy',
    ['--db', '{db}', 'scale-up'],
    /^Usage: tenant-scale scale-up \[options\] \[command\][\s\S]*fix: add a command: tenant-scale scale-up template, /m,
  ],
  [
    'scale-down without method',
    ['--db', '{db}', 'scale-down'],
    /^Usage: tenant-scale scale-down \[options\] \[command\][\s\S]*fix: add a command: tenant-scale scale-down algorithm, /m,
  ],
  ['unknown log level', ['--db', '{db}', '--log-level', 'loud', 'scale-stats'], /--log-level.*'loud' is invalid/],
  ['--db without value', ['scale-stats', '--db'], /--db <url>' argument missing/],
  ['--tenant-id without value', ['--db', '{db}', 'scale-stats', '--tenant-id'], /--tenant-id <id>' argument missing/],
  ['unknown global flag', ['--db', '{db}', '--verbose', 'scale-stats'], /unknown option '--verbose'/],
  ['excess argument', ['--db', '{db}', '--tenant-id', '{A}', 'scale-stats', 'extra'], /too many arguments for 'scale-stats'\. Expected 0 arguments but got 1/],
  ['ftp store URL', ['--db', 'ftp://example.com/graph', 'scale-stats'], /unsupported store URL scheme "ftp:\/\/"/],
  ['http store URL', ['--db', 'http://127.0.0.1:7474', 'scale-stats'], /unsupported store URL scheme "http:\/\/"/],
  ['sqlite: without path', ['--db', 'sqlite:', 'scale-stats'], /--db sqlite: needs a file path/],
  [
    'raw @ in URL password',
    ['--db', 'bolt://user:p@ss@127.0.0.1:1', 'scale-stats'],
    /the credentials in --db \/ NEO4J_URI hold a character that must be percent-encoded/,
  ],
  ['absent SQLite file', ['--db', 'sqlite:{none}', 'scale-stats'], /no SQLite store at \S*\/none\.db\n/],
  ['absent plain path', ['--db', '{none}', '--tenant-id', '{A}', 'export', '--output', '{dir}/out.json'], /no SQLite store at \S*\/none\.db\n/],
  [
    'unknown tenant',
    ['--db', '{db}', '--tenant-id', 'cccccccc-0000-4000-8000-00000000000c', 'scale-stats'],
    /unknown tenant cccccccc-0000-4000-8000-00000000000c: no Tenant node and no resource carries that tenant_id/,
  ],
  ['no tenant among two', ['--db', '{db}', 'scale-stats'], /no tenant given and the database holds 2 tenants/],
]);

// ---- environment -------------------------------------------------------------------------------
const envCase = (name: string, env: Record<string, string>, expect: RegExp, args: readonly string[] = [...at, 'scale-stats']) =>
  [name, args, expect, { env }] as const;
group('(global)', 'environment', [
  envCase('unknown section', { TENANT_SCALE_BOGUS_KEY: '1' }, /TENANT_SCALE_BOGUS_KEY names no config section/),
  envCase('unknown key', { TENANT_SCALE_SCALE_UP_BOGUS: '1' }, /unknown key scale_up\.bogus/),
  envCase('switch "maybe"', { TENANT_SCALE_SCALE_UP_VALIDATE: 'maybe' }, /scale_up\.validate = "maybe": expected true\/false, 1\/0 or yes\/no/),
  envCase('switch "2"', { TENANT_SCALE_VALIDATION_CHECK_ORIGINAL_LAYER: '2' }, /validation\.check_original_layer = "2": expected true\/false, 1\/0 or yes\/no/),
  envCase('switch "on"', { TENANT_SCALE_VALIDATION_ENABLED: 'on' }, /validation\.enabled = "on": expected true\/false, 1\/0 or yes\/no/),
  envCase('batch size text', { TENANT_SCALE_PERFORMANCE_BATCH_SIZE: 'lots' }, /performance\.batch_size = "lots": Invalid input: expected number, got text/),
  envCase('batch size 0', { TENANT_SCALE_PERFORMANCE_BATCH_SIZE: '0' }, /performance\.batch_size = "0": Too small: expected number to be >=1/),
  envCase('batch size empty', { TENANT_SCALE_PERFORMANCE_BATCH_SIZE: '' }, /performance\.batch_size = "": empty, expected a number/),
  envCase('batch size fraction', { TENANT_SCALE_PERFORMANCE_BATCH_SIZE: '1.5' }, /performance\.batch_size = "1\.5": Invalid input: expected int/),
  envCase(
    'batch size huge',
    { TENANT_SCALE_PERFORMANCE_BATCH_SIZE: '99999999999' },
    /performance\.batch_size = "99999999999": Too big: expected number to be <=1000000/,
  ),
  envCase('concurrency 65', { TENANT_SCALE_PERFORMANCE_CONCURRENCY: '65' }, /performance\.concurrency = "65": Too big: expected number to be <=64/),
  envCase('query timeout 0', { TENANT_SCALE_PERFORMANCE_QUERY_TIMEOUT_S: '0' }, /performance\.query_timeout_s = "0": Too small: expected number to be >0/),
  envCase(
    'query timeout negative',
    { TENANT_SCALE_PERFORMANCE_QUERY_TIMEOUT_S: '-5' },
    /performance\.query_timeout_s = "-5": Too small: expected number to be >0/,
  ),
  envCase('retry attempts 21', { TENANT_SCALE_PERFORMANCE_RETRY_ATTEMPTS: '21' }, /performance\.retry_attempts = "21": Too big: expected number to be <=12/),
  envCase(
    'memory limit text',
    { TENANT_SCALE_PERFORMANCE_MEMORY_LIMIT_MB: '1GB' },
    /performance\.memory_limit_mb = "1GB": Invalid input: expected number, got text/,
  ),
  envCase('scale factor 1', { TENANT_SCALE_SCALE_UP_DEFAULT_SCALE_FACTOR: '1' }, /scale_up\.default_scale_factor = "1": Too small: expected number to be >1/),
  envCase('max resources 0', { TENANT_SCALE_SCALE_UP_MAX_RESOURCES: '0' }, /scale_up\.max_resources = "0": Too small: expected number to be >=1/),
  envCase(
    'unknown algorithm',
    { TENANT_SCALE_SCALE_DOWN_DEFAULT_ALGORITHM: 'quantum' },
    /scale_down\.default_algorithm is invalid\n {2}fix: allowed values: forest-fire, /,
  ),
  envCase('target size 2', { TENANT_SCALE_SCALE_DOWN_DEFAULT_TARGET_SIZE: '2' }, /scale_down\.default_target_size = "2": Too big: expected number to be <=1/),
  envCase(
    'burning probability 1',
    { TENANT_SCALE_SCALE_DOWN_BURNING_PROBABILITY: '1' },
    /scale_down\.burning_probability = "1": Too big: expected number to be <1/,
  ),
  envCase('seed fraction', { TENANT_SCALE_SCALE_DOWN_SEED: '0.5' }, /scale_down\.seed = "0\.5": Invalid input: expected int/),
  envCase('NEO4J_URI ftp', { NEO4J_URI: 'ftp://example.com' }, /unsupported store URL scheme "ftp:\/\/"/, ['--tenant-id', '{A}', 'scale-stats']),
  envCase('NEO4J_URI raw @', { NEO4J_URI: 'neo4j://u:a@b@127.0.0.1:1' }, /the credentials in --db \/ NEO4J_URI hold a character that must be percent-encoded/, [
    '--tenant-id',
    '{A}',
    'scale-stats',
  ]),
  envCase('NEO4J_URI sqlite: empty', { NEO4J_URI: 'sqlite:' }, /^error: NEO4J_URI sqlite: needs a file path/m, ['--tenant-id', '{A}', 'scale-stats']),
  envCase('NEO4J_URI absent file', { NEO4J_URI: 'sqlite:{none}' }, /no SQLite store at \S*\/none\.db\n/, ['--tenant-id', '{A}', 'scale-stats']),
  envCase('SCALE_CONFIG_PATH absent', { SCALE_CONFIG_PATH: '{dir}/nowhere.yaml' }, /config file .*nowhere\.yaml does not exist/),
  envCase('AZURE_TENANT_ID empty', { AZURE_TENANT_ID: '' }, /generate-tenant needs a tenant id/, [
    '--db',
    'sqlite:{none}',
    'generate-tenant',
    '--resources',
    '5',
  ]),
  envCase('AZURE_TENANT_ID blank', { AZURE_TENANT_ID: '   ' }, /^error: AZURE_TENANT_ID is empty/m, [
    '--db',
    'sqlite:{none}',
    'generate-tenant',
    '--resources',
    '5',
  ]),
  envCase(
    'AZURE_TENANT_ID unknown',
    { AZURE_TENANT_ID: 'cccccccc-0000-4000-8000-00000000000c' },
    /unknown tenant cccccccc-0000-4000-8000-00000000000c: no Tenant node/,
    ['--db', '{db}', 'scale-up', 'template'],
  ),
  envCase('override in env, bad in flag order', { TENANT_SCALE_SCALE_UP_BATCH_SIZE: '0' }, /scale_up\.batch_size = "0": Too small: expected number to be >=1/, [
    ...at,
    'scale-up',
    'template',
    '--scale-factor',
    '2',
  ]),
]);

// ---- config files ------------------------------------------------------------------------------
const configCase = (name: string, text: FileText | null, expect: RegExp, extra: Partial<BadInputCase> = {}) =>
  [name, ['--config', '{dir}/c.yaml', ...at, 'scale-stats'], expect, { ...(text !== null ? { files: { 'c.yaml': text } } : {}), ...extra }] as const;
group('(global)', 'config file', [
  configCase('absent', null, /config file .*c\.yaml does not exist/),
  configCase('a directory', null, /cannot read config file \S*\/c\.yaml: EISDIR/, { dirs: ['c.yaml'] }),
  configCase(
    'unclosed flow list',
    'scale_up: [1, 2\n',
    /config file \S*\/c\.yaml is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]/,
  ),
  configCase(
    'bad indentation',
    'scale_up:\n  batch_size: 5\n bad: 1\n',
    /config file \S*\/c\.yaml is not valid YAML: All mapping items must start at the same column/,
  ),
  configCase('tab indentation', 'scale_up:\n\tbatch_size: 5\n', /config file \S*\/c\.yaml is not valid YAML: Tabs are not allowed as indentation/),
  configCase('duplicate key', 'scale_up:\n  batch_size: 5\n  batch_size: 6\n', /config file \S*\/c\.yaml is not valid YAML: Map keys must be unique/),
  configCase('top-level list', '- scale_up\n- performance\n', /config file \S*\/c\.yaml must be a mapping with sections/),
  configCase('top-level scalar', 'just words\n', /config file \S*\/c\.yaml must be a mapping with sections/),
  configCase('unknown section', 'scale_sideways:\n  x: 1\n', /unknown key scale_sideways/),
  configCase('unknown key', 'performance:\n  batchsize: 5\n', /unknown key performance\.batchsize/),
  configCase('section is a list', 'scale_up: [1, 2]\n', /scale_up = \[1,2\]: Invalid input: expected object, received array/),
  configCase('section is a scalar', 'performance: fast\n', /performance = "fast": Invalid input: expected object, received string/),
  configCase('batch size text', 'performance:\n  batch_size: lots\n', /performance\.batch_size = "lots": Invalid input: expected number, got text/),
  configCase('batch size negative', 'scale_up:\n  batch_size: -10\n', /scale_up\.batch_size = -10: Too small: expected number to be >=1/),
  configCase('concurrency float', 'performance:\n  concurrency: 2.5\n', /performance\.concurrency = 2\.5: Invalid input: expected int/),
  configCase('switch maybe', 'validation:\n  enabled: maybe\n', /validation\.enabled = "maybe": expected true\/false, 1\/0 or yes\/no/),
  configCase('switch a list', 'scale_up:\n  validate: [true]\n', /scale_up\.validate = \[true\]: expected true\/false, 1\/0 or yes\/no/),
  configCase(
    'algorithm unknown',
    'scale_down:\n  default_algorithm: snowball\n',
    /scale_down\.default_algorithm is invalid\n {2}fix: allowed values: forest-fire, /,
  ),
  configCase('target size 0', 'scale_down:\n  default_target_size: 0\n', /scale_down\.default_target_size = 0: Too small: expected number to be >0/),
  configCase(
    'alias bomb',
    `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\n`,
    /config file \S*\/c\.yaml is not valid YAML: Excessive alias count/,
  ),
  configCase('binary garbage', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x7b, 0x5b, 0x3a, 0x0a, 0x80, 0x81]), /config file \S*\/c\.yaml is not valid YAML: /),
  [
    'via SCALE_CONFIG_PATH',
    [...at, 'scale-stats'],
    /scale_up\.max_resources = 0: Too small: expected number to be >=1/,
    { files: { 'c.yaml': 'scale_up:\n  max_resources: 0\n' }, env: { SCALE_CONFIG_PATH: '{dir}/c.yaml' } },
  ],
  [
    'in the default place',
    [...at, 'scale-stats'],
    /unknown key performance\.turbo/,
    { files: { 'home/.config/tenant-scale/scale-config.yaml': 'performance:\n  turbo: true\n' }, env: { HOME: '{dir}/home' } },
  ],
]);

// ---- generate-tenant ---------------------------------------------------------------------------
const gen = ['--db', 'sqlite:{none}', '--tenant-id', 'eeeeeeee-0000-4000-8000-00000000000e', 'generate-tenant'];
group('generate-tenant', 'bad flags', [
  ['--resources missing', gen, /required option '--resources <n>' not specified/],
  ['--resources 0', [...gen, '--resources', '0'], /--resources.*"0" must be 1 or more/],
  ['--resources negative', [...gen, '--resources', '-3'], /--resources.*"-3" must be 1 or more/],
  ['--resources text', [...gen, '--resources', 'many'], /--resources.*"many" is not a whole number/],
  ['--resources fraction', [...gen, '--resources', '2.5'], /--resources.*"2\.5" is not a whole number/],
  ['--resources beyond safe integers', [...gen, '--resources', '1e300'], /--resources.*"1e300" is not a whole number/],
  ['--seed text', [...gen, '--resources', '5', '--seed', 'abc'], /--seed.*"abc" is not a whole number/],
  ['--batch-size 0', [...gen, '--resources', '5', '--batch-size', '0'], /--batch-size.*must be 1 or more/],
  ['--concurrency 100', [...gen, '--resources', '5', '--concurrency', '100'], /performance\.concurrency = 100: Too big: expected number to be <=64/],
  ['--resources enormous', [...gen, '--resources', '999999999999'], /--resources must be a whole number from 1 to 10,000,000/],
  ['no tenant', ['--db', 'sqlite:{none}', 'generate-tenant', '--resources', '5'], /generate-tenant needs a tenant id/],
  [
    'tenant exists',
    [...at, 'generate-tenant', '--resources', '5'],
    /tenant aaaaaaaa-7000-4000-8000-00000000000a already exists in \S+\n {2}fix: pick another --tenant-id/,
  ],
  ['unknown flag', [...gen, '--resources', '5', '--size', '5'], /unknown option '--size'/],
]);

// ---- scale-stats -------------------------------------------------------------------------------
group('scale-stats', 'bad flags', [
  ['--subscription-id without value', [...at, 'scale-stats', '--subscription-id'], /--subscription-id <ids>' argument missing/],
  ['unknown flag', [...at, 'scale-stats', '--verbose'], /unknown option '--verbose'/],
  ['--subscription-id empty', [...at, 'scale-stats', '--subscription-id', ' '], /--subscription-id.*names nothing/],
  [
    'tenant id of another case',
    ['--db', '{db}', '--tenant-id', 'AAAAAAAA-7000-4000-8000-00000000000A', 'scale-stats'],
    /unknown tenant AAAAAAAA-7000-4000-8000-00000000000A: no Tenant node/,
  ],
]);

// ---- scale-up template -------------------------------------------------------------------------
const tpl = [...at, 'scale-up', 'template'];
group('scale-up template', 'bad flags', [
  ['--scale-factor 1', [...tpl, '--scale-factor', '1'], /--scale-factor must be a number greater than 1 \(got 1\)/],
  ['--scale-factor 0.5', [...tpl, '--scale-factor', '0.5'], /--scale-factor must be a number greater than 1 \(got 0\.5\)/],
  ['--scale-factor negative', [...tpl, '--scale-factor', '-2'], /--scale-factor must be a number greater than 1 \(got -2\)/],
  ['--scale-factor text', [...tpl, '--scale-factor', 'double'], /--scale-factor.*"double" is not a number/],
  ['--scale-factor empty', [...tpl, '--scale-factor', ''], /--scale-factor.*"" is not a number/],
  ['--scale-factor Infinity', [...tpl, '--scale-factor', 'Infinity'], /--scale-factor.*"Infinity" is not a number/],
  ['--scale-factor NaN', [...tpl, '--scale-factor', 'NaN'], /--scale-factor.*"NaN" is not a number/],
  [
    '--resource-types unknown',
    [...tpl, '--scale-factor', '2', '--resource-types', 'Microsoft.Nope/things'],
    /unknown resource type Microsoft\.Nope\/things in tenant aaaaaaaa-7000-4000-8000-00000000000a/,
  ],
  ['--resource-types empty list', [...tpl, '--scale-factor', '2', '--resource-types', ',,'], /--resource-types.*",," names nothing/],
  ['--subscription-id empty', [...tpl, '--scale-factor', '2', '--subscription-id', ''], /--subscription-id.*"" names nothing/],
  ['--batch-size 0', [...tpl, '--scale-factor', '2', '--batch-size', '0'], /--batch-size.*must be 1 or more/],
  ['--concurrency text', [...tpl, '--scale-factor', '2', '--concurrency', 'two'], /--concurrency.*"two" is not a whole number/],
  ['--max-resources below the plan', [...tpl, '--scale-factor', '3', '--max-resources', '10'], /the plan creates \d+ resources, above --max-resources 10/],
  [
    '--subscription-id unknown',
    [...tpl, '--scale-factor', '2', '--subscription-id', '00000000-dead-beef-0000-000000000000'],
    /no abstracted resources in subscription 00000000-dead-beef/,
  ],
  ['no tenant among two', ['--db', '{db}', 'scale-up', 'template', '--scale-factor', '2'], /no tenant given and the database holds 2 tenants/],
  ['unknown tenant', ['--db', '{db}', '--tenant-id', 'nobody', 'scale-up', 'template', '--scale-factor', '2'], /unknown tenant nobody: no Tenant node/],
  ['unknown flag', [...tpl, '--scale', '2'], /unknown option '--scale'/],
  ['absent store', ['--db', 'sqlite:{none}', '--tenant-id', '{A}', 'scale-up', 'template', '--scale-factor', '2'], /no SQLite store at \S*\/none\.db\n/],
]);

// ---- scale-up scenario -------------------------------------------------------------------------
const scn = [...at, 'scale-up', 'scenario'];
group('scale-up scenario', 'bad flags', [
  ['no scenario', scn, /no scenario given/],
  ['both name and file', [...scn, '--scenario', 'hub-spoke', '--scenario-file', '{dir}/s.yaml'], /--scenario and --scenario-file were both given/],
  ['unknown name', [...scn, '--scenario', 'hub-and-spoke'], /unknown scenario "hub-and-spoke"/],
  ['--spoke-count 0', [...scn, '--scenario', 'hub-spoke', '--spoke-count', '0'], /--spoke-count.*must be 1 or more/],
  [
    '--scale-factor 0',
    [...scn, '--scenario', 'hub-spoke', '--scale-factor', '0'],
    /--scale-factor must be a whole number of 1 or more for scenarios \(got 0\)/,
  ],
  [
    '--scale-factor fraction',
    [...scn, '--scenario', 'hub-spoke', '--scale-factor', '1.5'],
    /--scale-factor must be a whole number of 1 or more for scenarios \(got 1\.5\)/,
  ],
  ['--regions unknown', [...scn, '--scenario', 'multi-region', '--regions', 'atlantis'], /--regions: unknown Azure region atlantis/],
  ['--regions empty', [...scn, '--scenario', 'multi-region', '--regions', ','], /--regions.*"," names nothing/],
  ['--regions repeated', [...scn, '--scenario', 'multi-region', '--regions', 'eastus,eastus'], /--regions lists a region twice \(eastus, eastus\)/],
  ['--resources-per-env text', [...scn, '--scenario', 'dev-test-prod', '--resources-per-env', 'ten'], /--resources-per-env.*"ten" is not a whole number/],
  ['--scenario-file absent', [...scn, '--scenario-file', '{dir}/absent.yaml'], /cannot read scenario file \S*\/absent\.yaml: ENOENT/],
  [
    '--subscription-id unknown',
    [...scn, '--scenario', 'hub-spoke', '--subscription-id', 'not-a-subscription'],
    /no subscription not-a-subscription in the store/,
  ],
  [
    '--subscription-id of tenant B',
    [...scn, '--scenario', 'hub-spoke', '--subscription-id', '{subB}'],
    /subscription \S+ belongs to tenant bbbbbbbb-7000-4000-8000-00000000000b, not aaaaaaaa-7000-4000-8000-00000000000a/,
  ],
  ['--max-resources 1', [...scn, '--scenario', 'hub-spoke', '--max-resources', '1'], /the plan creates \d+ resources, above --max-resources 1\n/],
  ['--seed fraction', [...scn, '--scenario', 'hub-spoke', '--seed', '0.5'], /--seed.*"0\.5" is not a whole number/],
]);

const scenarioFile = (name: string, text: FileText, expect: RegExp) =>
  [name, [...scn, '--scenario-file', '{dir}/s.yaml'], expect, { files: { 's.yaml': text } }] as const;
const resource = '{ role: vnet, type: Microsoft.Network/virtualNetworks }';
group('scale-up scenario', 'scenario file', [
  scenarioFile('not YAML', 'name: x\ngroups: [\n', /scenario file \S*\/s\.yaml is not valid YAML at line 3, column 1/),
  scenarioFile('empty', '', /scenario file \S*\/s\.yaml is invalid at \(top level\): Invalid input: expected object, received null/),
  scenarioFile('a list', '- name: x\n', /scenario file \S*\/s\.yaml is invalid at \(top level\): Invalid input: expected object, received array/),
  scenarioFile(
    'no name',
    `groups:\n  - name: g\n    resources: [${resource}]\n`,
    /scenario file \S*\/s\.yaml is invalid at name: Invalid input: expected string, received undefined/,
  ),
  scenarioFile(
    'name not a slug',
    `name: "Bad Name!"\ngroups:\n  - name: g\n    resources: [${resource}]\n`,
    /scenario file \S*\/s\.yaml is invalid at name: use lower-case letters, digits and dashes/,
  ),
  scenarioFile(
    'unknown key',
    `name: x\ncolour: blue\ngroups:\n  - name: g\n    resources: [${resource}]\n`,
    /scenario file \S*\/s\.yaml is invalid at \(top level\): Unrecognized key: "colour"/,
  ),
  scenarioFile('no groups', 'name: x\ngroups: []\n', /scenario file \S*\/s\.yaml is invalid at groups: Too small: expected array to have >=1 items/),
  scenarioFile(
    'group without resources',
    'name: x\ngroups:\n  - name: g\n    resources: []\n',
    /scenario file \S*\/s\.yaml is invalid at groups\[0\]\.resources: Too small: expected array to have >=1 items/,
  ),
  scenarioFile(
    'unknown region',
    `name: x\nregion: atlantis\ngroups:\n  - name: g\n    resources: [${resource}]\n`,
    /scenario file \S*\/s\.yaml is invalid at region: not an Azure region code/,
  ),
  scenarioFile(
    'type not ARM',
    'name: x\ngroups:\n  - name: g\n    resources: [{ role: a, type: "virtual machine" }]\n',
    /scenario file \S*\/s\.yaml is invalid at groups\[0\]\.resources\[0\]\.type: write an ARM type/,
  ),
  scenarioFile(
    'count 0',
    'name: x\ngroups:\n  - name: g\n    resources: [{ role: a, type: Microsoft.Network/virtualNetworks, count: 0 }]\n',
    /scenario file \S*\/s\.yaml is invalid at groups\[0\]\.resources\[0\]\.count: Too small: expected number to be >=1/,
  ),
  scenarioFile(
    'count text',
    'name: x\ngroups:\n  - name: g\n    resources: [{ role: a, type: Microsoft.Network/virtualNetworks, count: many }]\n',
    /scenario file \S*\/s\.yaml is invalid at groups\[0\]\.resources\[0\]\.count: Invalid input: expected number, received string/,
  ),
  scenarioFile(
    'duplicate group',
    `name: x\ngroups:\n  - name: g\n    resources: [${resource}]\n  - name: g\n    resources: [${resource}]\n`,
    /scenario file \S*\/s\.yaml is invalid at groups\[1\]\.name: group g is defined twice/,
  ),
  scenarioFile(
    'duplicate role',
    `name: x\ngroups:\n  - name: g\n    resources: [${resource}, ${resource}]\n`,
    /scenario file \S*\/s\.yaml is invalid at groups\[0\]\.resources\[1\]\.role: role vnet appears twice in group g/,
  ),
  scenarioFile(
    'regions and count disagree',
    `name: x\ngroups:\n  - name: g\n    count: 3\n    regions: [eastus, westus]\n    resources: [${resource}]\n`,
    /scenario file \S*\/s\.yaml is invalid at groups\[0\]\.count: count 3 differs from the 2 regions/,
  ),
  scenarioFile(
    'link to unknown group',
    `name: x\ngroups:\n  - name: g\n    resources: [${resource}]\nlinks:\n  - { from: g.vnet, type: CONTAINS, to: h.vnet }\n`,
    /scenario file \S*\/s\.yaml is invalid at links\[0\]\.to: no group named h/,
  ),
  scenarioFile(
    'link to unknown role',
    `name: x\ngroups:\n  - name: g\n    resources: [${resource}]\nlinks:\n  - { from: g.vnet, type: CONTAINS, to: g.subnet }\n`,
    /scenario file \S*\/s\.yaml is invalid at links\[0\]\.to: group g has no role subnet/,
  ),
  scenarioFile(
    'link type unknown',
    `name: x\ngroups:\n  - name: g\n    resources: [${resource}, { role: s, type: Microsoft.Network/virtualNetworks/subnets }]\nlinks:\n  - { from: g.vnet, type: OWNS, to: g.s }\n`,
    /scenario file \S*\/s\.yaml is invalid at links\[0\]\.type: Invalid option: expected one of "CONTAINS"/,
  ),
  scenarioFile(
    'endpoint not group.role',
    `name: x\ngroups:\n  - name: g\n    resources: [${resource}]\nlinks:\n  - { from: vnet, type: CONTAINS, to: g.vnet }\n`,
    /scenario file \S*\/s\.yaml is invalid at links\[0\]\.from: write the endpoint as group\.role/,
  ),
  scenarioFile(
    'link pattern unknown',
    `name: x\ngroups:\n  - name: g\n    resources: [${resource}, { role: s, type: Microsoft.Network/virtualNetworks/subnets }]\nlinks:\n  - { from: g.vnet, type: CONTAINS, to: g.s, pattern: some }\n`,
    /scenario file \S*\/s\.yaml is invalid at links\[0\]\.pattern: Invalid option: expected one of "each"\|"all"/,
  ),
  scenarioFile(
    'resource not connected',
    `name: x\ngroups:\n  - name: g\n    resources: [${resource}, { role: s, type: Microsoft.Network/virtualNetworks/subnets }]\n`,
    /scenario x: g\.s \(subnet-g\) is not connected to the rest of its stamp/,
  ),
  ['a directory', [...scn, '--scenario-file', '{dir}/sdir'], /cannot read scenario file \S*\/sdir: EISDIR/, { dirs: ['sdir'] }],
]);

// ---- scale-up random ---------------------------------------------------------------------------
const rnd = [...at, 'scale-up', 'random'];
group('scale-up random', 'bad flags', [
  ['--target-count missing', rnd, /required option '--target-count <n>' not specified/],
  ['--target-count 0', [...rnd, '--target-count', '0'], /--target-count.*must be 1 or more/],
  [
    '--relationship-density negative',
    [...rnd, '--target-count', '10', '--relationship-density', '-1'],
    /--relationship-density must be between 0 and 50 relationships per resource \(got -1\)/,
  ],
  ['--relationship-density text', [...rnd, '--target-count', '10', '--relationship-density', 'dense'], /--relationship-density.*"dense" is not a number/],
  [
    '--relationship-density huge',
    [...rnd, '--target-count', '10', '--relationship-density', '1e9'],
    /--relationship-density must be between 0 and 50 relationships per resource \(got 1000000000\)/,
  ],
  [
    '--type-distribution unknown',
    [...rnd, '--target-count', '10', '--type-distribution', 'galaxy'],
    /--type-distribution galaxy is neither a preset nor an existing file/,
  ],
  ['--max-resources below target', [...rnd, '--target-count', '10', '--max-resources', '5'], /the plan creates 10 resources, above --max-resources 5/],
  ['--subscription-id unknown', [...rnd, '--target-count', '10', '--subscription-id', 'nope'], /no subscription nope in the store/],
  ['--seed text', [...rnd, '--target-count', '10', '--seed', 'x'], /--seed.*"x" is not a whole number/],
]);

const distribution = (name: string, file: string, text: FileText, expect: RegExp) =>
  [name, [...rnd, '--target-count', '10', '--type-distribution', `{dir}/${file}`], expect, { files: { [file]: text } }] as const;
group('scale-up random', 'distribution file', [
  distribution('bad YAML', 'd.yaml', 'Microsoft.Compute/virtualMachines: [\n', /type distribution \S*\/d\.yaml is not valid YAML at line 2, column 1/),
  distribution(
    'bad JSON',
    'd.json',
    '{"Microsoft.Compute/virtualMachines": 1,',
    /type distribution \S*\/d\.json is not valid YAML at line 1, column 41: Flow map must end with a \}/,
  ),
  distribution('empty', 'd.yaml', '', /type distribution \S*\/d\.yaml is invalid at types: expected a map of ARM type to weight/),
  distribution(
    'a list',
    'd.yaml',
    '- Microsoft.Compute/virtualMachines\n',
    /type distribution \S*\/d\.yaml is invalid at types: expected a map of ARM type to weight/,
  ),
  distribution(
    'negative weight',
    'd.yaml',
    'Microsoft.Compute/virtualMachines: -1\n',
    /type distribution \S*\/d\.yaml is invalid at types\.Microsoft\.Compute\/virtualMachines: weights are 0 or more/,
  ),
  distribution(
    'text weight',
    'd.yaml',
    'Microsoft.Compute/virtualMachines: heavy\n',
    /type distribution \S*\/d\.yaml is invalid at types\.Microsoft\.Compute\/virtualMachines: expected a number/,
  ),
  distribution(
    'unknown type',
    'd.yaml',
    'Contoso.Widgets/gizmos: 3\n',
    /type distribution \S*\/d\.yaml is invalid at Contoso\.Widgets\/gizmos: not a type random scale-up can connect/,
  ),
  distribution('all weights zero', 'd.yaml', 'Microsoft.Compute/virtualMachines: 0\n', /type distribution \S*\/d\.yaml has no type with a weight above 0/),
  distribution('types not a map', 'd.yaml', 'types: [a, b]\n', /type distribution \S*\/d\.yaml is invalid at types: expected a map of ARM type to weight/),
  distribution(
    'unknown top key',
    'd.yaml',
    'name: mix\ntypes:\n  Microsoft.Compute/virtualMachines: 1\nextra: 2\n',
    /type distribution \S*\/d\.yaml is invalid at \(top level\): Unrecognized key: "extra"/,
  ),
  distribution(
    'infinite weight',
    'd.json',
    '{"Microsoft.Compute/virtualMachines": 1e999}',
    /type distribution \S*\/d\.json is invalid at types\.Microsoft\.Compute\/virtualMachines: expected a number/,
  ),
  ['a directory', [...rnd, '--target-count', '10', '--type-distribution', '{dir}/ddir'], /cannot read type distribution \S*\/ddir: EISDIR/, { dirs: ['ddir'] }],
]);

// ---- scale-down algorithm ----------------------------------------------------------------------
const alg = [...at, 'scale-down', 'algorithm'];
group('scale-down algorithm', 'bad flags', [
  ['--target-size 0', [...alg, '--target-size', '0'], /target size 0 is out of range\n {2}fix: pass --target-size as a fraction/],
  ['--target-size 1.5', [...alg, '--target-size', '1.5'], /target size 1\.5 is out of range\n {2}fix: pass --target-size as a fraction/],
  ['--target-size text', [...alg, '--target-size', 'half'], /--target-size.*"half" is not a number/],
  ['--target-count 0', [...alg, '--target-count', '0'], /--target-count.*must be 1 or more/],
  [
    '--target-count above the tenant',
    [...alg, '--target-count', '100000'],
    /target count 100000 is out of range: the tenant has \d+ resources\n {2}fix: pass --target-count from 1 to/,
  ],
  ['size and count', [...alg, '--target-size', '0.5', '--target-count', '10'], /give either a target size \(fraction\) or a target count, not both/],
  ['--algorithm unknown', [...alg, '--algorithm', 'snowball'], /--algorithm <name>' argument 'snowball' is invalid/],
  ['--burning-prob 1', [...alg, '--burning-prob', '1'], /--burning-prob 1 is out of range/],
  ['--burning-prob 0', [...alg, '--burning-prob', '0'], /--burning-prob 0 is out of range/],
  ['--backward-ratio negative', [...alg, '--backward-ratio', '-1'], /--backward-ratio -1 is out of range/],
  ['--restart-prob 2', [...alg, '--algorithm', 'random-walk', '--restart-prob', '2'], /--restart-prob 2 is out of range/],
  ['--alpha negative', [...alg, '--algorithm', 'random-jump', '--alpha', '-0.5'], /--restart-prob -0\.5 is out of range/],
  ['--burn-in negative', [...alg, '--algorithm', 'mhrw', '--burn-in', '-1'], /--burn-in -1 is out of range/],
  ['--walk-length 0', [...alg, '--algorithm', 'mhrw', '--walk-length', '0'], /--walk-length 0 is out of range/],
  ['--output-mode unknown', [...alg, '--output-mode', 'shred'], /--output-mode <mode>' argument 'shred' is invalid/],
  [
    'delete without --yes',
    [...alg, '--output-mode', 'delete', '--backup-file', '{dir}/b.json'],
    /--output-mode delete deletes every resource of the tenant outside the sample, and --yes is not given\n {2}fix: pass --yes to confirm/,
  ],
  [
    'delete with both backup flags',
    [...alg, '--output-mode', 'delete', '--yes', '--backup-file', '{dir}/b.json', '--no-backup'],
    /--backup-file and --no-backup contradict each other/,
  ],
  [
    '--output-file with delete',
    [...alg, '--output-mode', 'delete', '--yes', '--output-file', '{dir}/o.json'],
    /--output-file does not apply to --output-mode delete/,
  ],
  ['--new-tenant-id with export', [...alg, '--new-tenant-id', 'x'], /--new-tenant-id does not apply to --output-mode export/],
  ['--to-db with export', [...alg, '--to-db', 'sqlite:{none}'], /--to-db does not apply to --output-mode export/],
  ['--no-backup with export', [...alg, '--no-backup'], /--no-backup does not apply to --output-mode export/],
  ['new-tenant without id', [...alg, '--output-mode', 'new-tenant'], /--output-mode new-tenant needs --new-tenant-id/],
  [
    'new-tenant onto an existing tenant',
    [...alg, '--output-mode', 'new-tenant', '--new-tenant-id', '{B}'],
    /tenant bbbbbbbb-7000-4000-8000-00000000000b already exists in \S+\n {2}fix: pass another --new-tenant-id/,
  ],
  [
    'new-tenant into a bad store URL',
    [...alg, '--output-mode', 'new-tenant', '--new-tenant-id', 'n1', '--to-db', 'ftp://x'],
    /unsupported store URL scheme "ftp:\/\/"/,
  ],
  ['--format unknown', [...alg, '--output-file', '{dir}/o.json', '--format', 'csv'], /--format <format>' argument 'csv' is invalid/],
  [
    '--output-file exists',
    [...alg, '--output-file', '{dir}/o.json'],
    /output file \S*\/o\.json already exists\n {2}fix: pass --force to replace it, or choose another --output-file/,
    { files: { 'o.json': 'keep me\n' } },
  ],
  [
    '--report exists',
    [...alg, '--report', '{dir}/r.html'],
    /output file \S*\/r\.html already exists\n {2}fix: pass --force to replace it, or choose another --report/,
    { files: { 'r.html': 'keep me\n' } },
  ],
  [
    '--output-file in a missing directory',
    [...alg, '--output-file', '{dir}/no/such/dir/o.json'],
    /cannot write \S*\/no\/such\/dir\/o\.json: its folder \S*\/no\/such\/dir does not exist or is not writable/,
  ],
  [
    '--subscription-id unknown',
    [...alg, '--subscription-id', '00000000-0000-0000-0000-00000000dead'],
    /no abstracted resources in subscription 00000000-0000-0000-0000-00000000dead/,
  ],
  ['unknown tenant', ['--db', '{db}', '--tenant-id', 'nobody', 'scale-down', 'algorithm'], /unknown tenant nobody: no Tenant node/],
]);

// ---- scale-down pattern ------------------------------------------------------------------------
const pat = [...at, 'scale-down', 'pattern'];
group('scale-down pattern', 'bad flags', [
  ['--pattern missing', pat, /required option '--pattern <name>' not specified/],
  ['--pattern unknown', [...pat, '--pattern', 'everything'], /--pattern <name>' argument 'everything' is invalid/],
  [
    'resource-type without types',
    [...pat, '--pattern', 'resource-type'],
    /pattern resource-type needs the types to start from\n {2}fix: pass --resource-types/,
  ],
  ['--tags without =', [...pat, '--pattern', 'network', '--tags', 'env'], /--tags env is not key=value/],
  ['--tags empty key', [...pat, '--pattern', 'network', '--tags', '=prod'], /--tags =prod is not key=value/],
  ['--include-neighbors negative', [...pat, '--pattern', 'network', '--include-neighbors', '-1'], /--include-neighbors -1 is out of range/],
  ['--include-neighbors text', [...pat, '--pattern', 'network', '--include-neighbors', 'two'], /--include-neighbors.*"two" is not a whole number/],
  [
    '--resource-types unknown',
    [...pat, '--pattern', 'resource-type', '--resource-types', 'Contoso.Widgets/gizmos'],
    /pattern resource-type matches no resource of the tenant with --resource-types Contoso\.Widgets\/gizmos\n/,
  ],
  ['--resource-types empty', [...pat, '--pattern', 'resource-type', '--resource-types', ''], /--resource-types.*"" names nothing/],
  ['--tags empty list', [...pat, '--pattern', 'network', '--tags', ' , '], /--tags.*names nothing/],
]);

// ---- scale-validate and scale-cleanup ----------------------------------------------------------
group('scale-validate', 'bad flags', [
  [
    '--operation-id unknown',
    [...at, 'scale-validate', '--operation-id', 'scale-20260101T000000-00000000'],
    /no operation scale-20260101T000000-00000000 in tenant aaaaaaaa-7000-4000-8000-00000000000a/,
  ],
  ['--operation-id without value', [...at, 'scale-validate', '--operation-id'], /--operation-id <id>' argument missing/],
  ['unknown tenant', ['--db', '{db}', '--tenant-id', 'nobody', 'scale-validate'], /unknown tenant nobody: no Tenant node/],
]);
group('scale-cleanup', 'bad flags', [
  ['neither id nor --all', [...at, 'scale-cleanup', '--yes'], /needs exactly one of --operation-id X or --all/],
  ['both id and --all', [...at, 'scale-cleanup', '--operation-id', '{op}', '--all', '--yes'], /needs exactly one of --operation-id X or --all/],
  [
    'unknown operation',
    [...at, 'scale-cleanup', '--operation-id', 'scale-nope', '--yes'],
    /no operation scale-nope in tenant aaaaaaaa-7000-4000-8000-00000000000a/,
  ],
  ['without --yes', [...at, 'scale-cleanup', '--operation-id', '{op}'], /scale-cleanup would undo 1 operation\(s\), \d+ nodes\n {2}fix: pass --yes to confirm/],
  ['--all without --yes', [...at, 'scale-cleanup', '--all'], /scale-cleanup would undo 1 operation\(s\), \d+ nodes\n {2}fix: pass --yes to confirm/],
  [
    "another tenant's operation",
    [...at, 'scale-cleanup', '--operation-id', '{del}', '--yes'],
    /operation \S+ belongs to tenant bbbbbbbb-7000-4000-8000-00000000000b, not aaaaaaaa-7000-4000-8000-00000000000a/,
  ],
  ['--all without a tenant', ['--db', '{db}', 'scale-cleanup', '--all', '--yes'], /scale-cleanup --all needs a tenant/],
  ['alias, unknown flag', [...at, 'scale-clean', '--force'], /unknown option '--force'/],
]);

// ---- restore: backups --------------------------------------------------------------------------
const restore = (name: string, text: FileText | null, expect: RegExp, extra: Partial<BadInputCase> = {}, args: readonly string[] = atB) =>
  [name, [...args, 'restore', '--file', '{dir}/b.json'], expect, { ...(text !== null ? { files: { 'b.json': text } } : {}), ...extra }] as const;
group('restore', 'backup file', [
  ['--file missing', [...atB, 'restore'], /required option '--file <backup\.json>' not specified/],
  restore('absent', null, /no file \S*\/b\.json\n/),
  restore('a directory', null, /cannot read \S*\/b\.json: EISDIR/, { dirs: ['b.json'] }),
  restore('empty', '', /b\.json is not a usable tenant-scale graph file: not valid JSON \(Unexpected end of JSON input\)/),
  restore('truncated', (fx) => half(fx.backupJson), /b\.json is not a usable tenant-scale graph file: not valid JSON/),
  restore('flipped byte', (fx) => flipped(fx.backupJson), /b\.json is not a usable tenant-scale graph file: its sha256 does not match its content/),
  restore('digest removed', (fx) => withoutDigest(fx.backupJson), /b\.json is not a usable tenant-scale graph file: it carries no sha256/),
  restore(
    'version 2',
    (fx) => withHeader(fx.backupJson, 'version', 2),
    /b\.json is not a usable tenant-scale graph file: version 2, this tenant-scale reads version 1/,
  ),
  restore(
    'another format',
    (fx) => withHeader(fx.backupJson, 'format', 'neo4j-dump'),
    /b\.json is not a usable tenant-scale graph file: its format is not tenant-scale-graph/,
  ),
  restore(
    'counts wrong',
    (fx) => withHeader(fx.backupJson, 'counts', { nodes: 1, relationships: 1 }),
    /b\.json is not a usable tenant-scale graph file: its counts say 1 nodes and 1 relationships, it holds \d+ and \d+/,
  ),
  restore('an export, not a backup', (fx) => fx.exportJson, /b\.json is a tenant-scale graph file but not a scale-down backup/, {}, at),
  restore(
    'unknown delete',
    (fx) => withHeader(fx.backupJson, 'operationId', 'scale-down-nope'),
    /is the backup of delete scale-down-nope of tenant bbbbbbbb-7000-4000-8000-00000000000b, which \S+ has no record of/,
  ),
  restore(
    'header of another tenant',
    (fx) => withHeader(fx.backupJson, 'tenantId', '{A}'),
    /is the backup of delete \S+ of tenant aaaaaaaa-7000-4000-8000-00000000000a, which \S+ has no record of/,
    {},
    at,
  ),
  restore('wrong --tenant-id', (fx) => fx.backupJson, /is a backup of tenant bbbbbbbb-.*, not aaaaaaaa/, {}, at),
  [
    'dry run of a truncated file',
    [...atB, 'restore', '--dry-run', '--file', '{dir}/b.json'],
    /b\.json is not a usable tenant-scale graph file: not valid JSON/,
    { files: { 'b.json': (fx: Fixtures) => half(fx.backupJson) } },
  ],
  restore('not JSON at all', 'PK\u0003\u0004 zip?', /b\.json is not a usable tenant-scale graph file: not valid JSON/),
  restore('JSON array', '[1, 2, 3]\n', /b\.json is not a usable tenant-scale graph file: not a JSON object/),
  restore('absent store', (fx) => fx.backupJson, /no SQLite store at \S*\/none\.db\n/, {}, ['--db', 'sqlite:{none}', '--tenant-id', '{B}']),
]);

// ---- import: json ------------------------------------------------------------------------------
const imp = (name: string, text: FileText | null, expect: RegExp, extra: Partial<BadInputCase> = {}, more: readonly string[] = []) =>
  [name, ['--db', '{db}', 'import', '--file', '{dir}/i.json', ...more], expect, { ...(text !== null ? { files: { 'i.json': text } } : {}), ...extra }] as const;
group('import', 'json file', [
  ['--file missing', ['--db', '{db}', 'import'], /required option '--file <path>' not specified/],
  ['--format unknown', ['--db', '{db}', 'import', '--file', '{export}', '--format', 'csv'], /--format <format>' argument 'csv' is invalid/],
  imp('absent', null, /no file \S*\/i\.json\n/),
  imp('a directory', null, /cannot read \S*\/i\.json: EISDIR/, { dirs: ['i.json'] }),
  imp('empty', '', /i\.json is not a usable tenant-scale graph file: not valid JSON/),
  imp('truncated', (fx) => half(fx.exportJson), /i\.json is not a usable tenant-scale graph file: not valid JSON: it ends early; truncated/),
  imp('flipped byte', (fx) => flipped(fx.exportJson), /i\.json is not a usable tenant-scale graph file: its sha256 does not match its content/),
  imp(
    'version 2',
    (fx) => withHeader(fx.exportJson, 'version', 2),
    /i\.json is not a usable tenant-scale graph file: version 2, this tenant-scale reads version 1/,
  ),
  imp(
    'another format',
    (fx) => withHeader(fx.exportJson, 'format', 'gremlin'),
    /i\.json is not a usable tenant-scale graph file: its format is not tenant-scale-graph/,
  ),
  imp('no tenantId', (fx) => withHeader(fx.exportJson, 'tenantId', null), /i\.json is not a usable tenant-scale graph file: tenantId missing/),
  imp(
    'counts wrong',
    (fx) => withHeader(fx.exportJson, 'counts', { nodes: 3, relationships: 0 }),
    /i\.json is not a usable tenant-scale graph file: its counts say 3 nodes and 0 relationships, it holds \d+ and \d+/,
  ),
  imp(
    'node without labels',
    (fx) => pretty({ ...JSON.parse(fx.exportJson), sha256: undefined, nodes: [{ properties: {} }], counts: { nodes: 1, relationships: 0 }, relationships: [] }),
    /i\.json is not a usable tenant-scale graph file: nodes\[0\] has no labels or properties/,
  ),
  imp(
    'relationship without ends',
    (fx) => {
      const d = JSON.parse(fx.exportJson);
      return pretty({ ...d, sha256: undefined, relationships: [{ type: 'CONTAINS' }], counts: { nodes: d.nodes.length, relationships: 1 } });
    },
    /i\.json is not a usable tenant-scale graph file: relationships\[0\] has no type or ends/,
  ),
  imp(
    'tenant already there',
    (fx) => fx.exportJson,
    /tenant aaaaaaaa-7000-4000-8000-00000000000a already exists in \S+\n {2}fix: import it under another --as-tenant/,
  ),
  imp('a backup', (fx) => fx.backupJson, /tenant bbbbbbbb-7000-4000-8000-00000000000b already exists in \S+\n {2}fix: import it under another --as-tenant/),
  imp(
    '--as-tenant onto an existing tenant',
    (fx) => fx.exportJson,
    /tenant bbbbbbbb-7000-4000-8000-00000000000b already exists in \S+\n {2}fix: import it under another --as-tenant/,
    {},
    ['--as-tenant', '{B}'],
  ),
  imp('--subscription-id with json', (fx) => fx.exportJson, /--subscription-id is for --format arm/, {}, [
    '--as-tenant',
    'f0000000-0000-4000-8000-00000000000f',
    '--subscription-id',
    '00000000-0000-0000-0000-000000000001',
  ]),
  imp('--parameters with json', (fx) => fx.exportJson, /--parameters is for --format arm/, {}, [
    '--as-tenant',
    'f0000000-0000-4000-8000-00000000000f',
    '--parameters',
    '{dir}/p.json',
  ]),
]);
// The same, into a SQLite path that does not exist: nothing may be created there.
group('import', 'json file, new store', [
  [
    'truncated',
    ['--db', 'sqlite:{none}', 'import', '--file', '{dir}/i.json'],
    /i\.json is not a usable tenant-scale graph file: not valid JSON: it ends early; truncated/,
    { files: { 'i.json': (fx) => half(fx.exportJson) } },
  ],
  [
    'flipped byte',
    ['--db', 'sqlite:{none}', 'import', '--file', '{dir}/i.json'],
    /i\.json is not a usable tenant-scale graph file: its sha256 does not match its content/,
    { files: { 'i.json': (fx) => flipped(fx.exportJson) } },
  ],
  ['absent file', ['--db', 'sqlite:{none}', 'import', '--file', '{dir}/absent.json'], /no file \S*\/absent\.json\n/],
]);

// ---- import: ARM templates ---------------------------------------------------------------------
const arm = (
  name: string,
  text: FileText | null,
  expect: RegExp,
  more: readonly string[] = ['--subscription-id', '11111111-0000-4000-8000-000000000001', '--resource-group', 'rg-x'],
  extra: Partial<BadInputCase> = {},
) =>
  [
    name,
    ['--db', '{db}', '--tenant-id', 'f2000000-0000-4000-8000-0000000000f2', 'import', '--format', 'arm', '--file', '{dir}/t.json', ...more],
    expect,
    { ...(text !== null ? { files: { 't.json': text } } : {}), ...extra },
  ] as const;
const template = (resources: unknown[], rest: Record<string, unknown> = {}) =>
  pretty({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', contentVersion: '1.0.0.0', ...rest, resources });
const vnet = { type: 'Microsoft.Network/virtualNetworks', apiVersion: '2023-04-01', name: 'vnet-1', location: 'eastus', properties: {} };
group('import', 'arm template', [
  arm(
    'no deployment scope',
    template([vnet]),
    /an ARM template is evaluated for a deployment scope\n {2}fix: pass --subscription-id GUID and --resource-group NAME/,
    [],
  ),
  arm(
    'no resource group',
    template([vnet]),
    /an ARM template is evaluated for a deployment scope\n {2}fix: pass --subscription-id GUID and --resource-group NAME/,
    ['--subscription-id', '11111111-0000-4000-8000-000000000001'],
  ),
  arm('--as-tenant with arm', template([vnet]), /--as-tenant is for --format json/, ['--as-tenant', 'x']),
  arm('not JSON', '{"resources": [', /t\.json: \$: not valid JSON/),
  arm('truncated fixture', (fx) => fx.exportJson.slice(0, 10), /t\.json: \$: not valid JSON/),
  arm('a JSON array', '[]', /t\.json: \$: not an ARM template \(no "resources" array\)/),
  arm('no resources', template([]), /t\.json holds no resources/),
  arm('resource without type', template([{ name: 'x', apiVersion: '2023-04-01' }]), /t\.json: \$\.resources\[0\]: a resource needs a type and a name/),
  arm(
    'unknown function',
    template([{ ...vnet, name: "[frobnicate('x')]" }]),
    /t\.json: \$\.resources\[0\]\.name: unsupported template function frobnicate\(\)/,
  ),
  arm('unclosed expression', template([{ ...vnet, name: "[concat('a', 'b']" }]), /t\.json: \$\.resources\[0\]\.name: "," or "\)" expected at character 16/),
  arm(
    'parameter without value or default',
    template([{ ...vnet, name: "[parameters('n')]" }], { parameters: { n: { type: 'string' } } }),
    /t\.json: \$\.resources\[0\]\.name: parameter n has no default and no value/,
  ),
  arm('parameters file absent', template([vnet]), /no parameters file \S*\/p\.json\n/, [
    '--subscription-id',
    '11111111-0000-4000-8000-000000000001',
    '--resource-group',
    'rg-x',
    '--parameters',
    '{dir}/p.json',
  ]),
  arm(
    'parameters file without parameters',
    template([vnet]),
    /p\.json: \$\.parameters: missing/,
    ['--subscription-id', '11111111-0000-4000-8000-000000000001', '--resource-group', 'rg-x', '--parameters', '{dir}/p.json'],
    { files: { 't.json': template([vnet]), 'p.json': '{"values": {}}' } },
  ),
  arm('a directory', null, /cannot read \S*\/t\.json: EISDIR/, undefined, { dirs: ['t.json'] }),
  [
    'no tenant',
    [
      '--db',
      '{db}',
      'import',
      '--format',
      'arm',
      '--file',
      '{dir}/t.json',
      '--subscription-id',
      '11111111-0000-4000-8000-000000000001',
      '--resource-group',
      'rg-x',
    ],
    /import --format arm needs a tenant/,
    { files: { 't.json': template([vnet]) } },
  ],
]);

// ---- import: resource-graph and azure-export ---------------------------------------------------
const rg = (name: string, format: 'resource-graph' | 'azure-export', text: FileText | null, expect: RegExp, more: readonly string[] = []) =>
  [
    name,
    ['--db', '{db}', '--tenant-id', 'f1000000-0000-4000-8000-0000000000f1', 'import', '--format', format, '--file', '{dir}/r.json', ...more],
    expect,
    text !== null ? { files: { 'r.json': text } } : {},
  ] as const;
const row = {
  id: '/subscriptions/22222222-0000-4000-8000-000000000002/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v1',
  name: 'v1',
  type: 'Microsoft.Network/virtualNetworks',
  location: 'eastus',
};
group('import', 'azure files', [
  rg('resource-graph: absent', 'resource-graph', null, /no file \S*\/r\.json\n/),
  [
    'resource-graph: a directory',
    ['--db', '{db}', '--tenant-id', 'f1000000-0000-4000-8000-0000000000f1', 'import', '--format', 'resource-graph', '--file', '{dir}/rdir'],
    /cannot read \S*\/rdir: EISDIR/,
    { dirs: ['rdir'] },
  ],
  rg('resource-graph: not JSON', 'resource-graph', '[{"id": ', /r\.json: \$\[0\]: not valid JSON \(the file ends before the JSON does/),
  rg('resource-graph: an object', 'resource-graph', '{"id": 1}', /r\.json: \$: expected an array of resources, or an object with a "data" array/),
  rg('resource-graph: empty list', 'resource-graph', '[]', /r\.json holds no resources/),
  rg('resource-graph: item a string', 'resource-graph', '["x"]', /r\.json: \$\[0\]: expected an object, found "x"/),
  rg('resource-graph: id missing', 'resource-graph', pretty([{ ...row, id: undefined }]), /r\.json: \$\[0\]\.id: missing/),
  rg('resource-graph: name a number', 'resource-graph', pretty([{ ...row, name: 42 }]), /r\.json: \$\[0\]\.name: expected a string, found 42/),
  rg('resource-graph: --parameters', 'resource-graph', pretty([row]), /--parameters is for --format arm/, ['--parameters', '{dir}/p.json']),
  rg('azure-export: type missing', 'azure-export', pretty([{ Name: 'x' }]), /r\.json: \$\[0\]\.ResourceType: missing/),
  rg(
    'azure-export: id missing',
    'azure-export',
    pretty([{ Name: 'x', ResourceType: 'Microsoft.Network/virtualNetworks' }]),
    /r\.json: \$\[0\]\.ResourceId: missing/,
  ),
  rg('azure-export: truncated', 'azure-export', '[{"ResourceId": "/subscriptions/x', /r\.json: \$\[0\]: not valid JSON \(the file ends before the JSON does/),
  rg('azure-export: --resource-group', 'azure-export', pretty([row]), /--resource-group is for --format arm/, ['--resource-group', 'rg']),
  [
    'azure-export: no tenant',
    ['--db', '{db}', 'import', '--format', 'azure-export', '--file', '{dir}/r.json'],
    /import --format azure-export needs a tenant/,
    { files: { 'r.json': pretty([row]) } },
  ],
]);

// ---- export ------------------------------------------------------------------------------------
const exp = [...at, 'export'];
group('export', 'bad flags', [
  ['--output missing', exp, /required option '--output <file>' not specified/],
  ['--format unknown', [...exp, '--output', '{dir}/o.x', '--format', 'parquet'], /--format <format>' argument 'parquet' is invalid/],
  [
    '--output exists',
    [...exp, '--output', '{dir}/o.json'],
    /output file \S*\/o\.json already exists\n {2}fix: pass --force to replace it, or choose another --output\n/,
    { files: { 'o.json': 'keep me\n' } },
  ],
  ['--output a directory', [...exp, '--output', '{dir}/odir', '--force'], /output file \S*\/odir is a directory/, { dirs: ['odir'] }],
  [
    '--output in a missing directory',
    [...exp, '--output', '{dir}/no/such/o.json'],
    /cannot write \S*\/no\/such\/o\.json: its folder \S*\/no\/such does not exist or is not writable/,
  ],
  ['--output ends in a separator', [...exp, '--output', '{dir}/sub/'], /output file \S*\/sub\/ ends in a separator: it names a folder/],
  ['--output name too long', [...exp, '--output', `{dir}/${'n'.repeat(300)}.json`], /output file name n{40}… is too long \(305 bytes\)/],
  [
    '--operation-id and --synthetic-only',
    [...exp, '--output', '{dir}/o.json', '--operation-id', '{op}', '--synthetic-only'],
    /--operation-id and --synthetic-only both select/,
  ],
  [
    '--operation-id unknown',
    [...exp, '--output', '{dir}/o.json', '--operation-id', 'scale-nope'],
    /no operation scale-nope in tenant aaaaaaaa-7000-4000-8000-00000000000a/,
  ],
  ['no tenant', ['--db', '{db}', 'export', '--output', '{dir}/o.json'], /export needs a tenant/],
  ['unknown tenant', ['--db', '{db}', '--tenant-id', 'nobody', 'export', '--output', '{dir}/o.json'], /no tenant nobody in \S+\n {2}fix: tenants there: /],
]);

// ---- copy --------------------------------------------------------------------------------------
group('copy', 'bad flags', [
  ['--from missing', [...at, 'copy', '--to', 'sqlite:{none}'], /required option '--from <url>' not specified/],
  ['--to missing', [...at, 'copy', '--from', '{db}'], /required option '--to <url>' not specified/],
  ['--from absent', [...at, 'copy', '--from', 'sqlite:{dir}/absent.db', '--to', 'sqlite:{none}'], /no SQLite store at \S*\/absent\.db\n/],
  ['--to bad scheme', [...at, 'copy', '--from', '{db}', '--to', 'mysql://x'], /unsupported store URL scheme "mysql:\/\/"/],
  ['no tenant', ['copy', '--from', '{db}', '--to', 'sqlite:{none}'], /copy needs a tenant/],
  ['unknown tenant', ['--tenant-id', 'nobody', 'copy', '--from', '{db}', '--to', 'sqlite:{none}'], /no tenant nobody in \S+\n {2}fix: tenants there: /],
  ['onto itself', [...at, 'copy', '--from', '{db}', '--to', '{db}'], /the source and the target are the same store/],
]);

/** Every case, in a stable order. */
export const BAD_INPUT_CORPUS: readonly BadInputCase[] = cases;
