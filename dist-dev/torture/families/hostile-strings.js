import { TENANT_A } from '../harness/seed-tenant.js';
/** Every query language the stores speak, and the ways an id can almost match another. */
export const HOSTILE_STRINGS = [
    { name: 'single quote', value: "x' OR '1'='1" },
    { name: 'double quote', value: 'x" OR "1"="1' },
    { name: 'backtick label', value: 'x`) DETACH DELETE n //' },
    { name: 'closing map', value: "'}) MATCH (n) DETACH DELETE n //" },
    { name: 'braces', value: '{id: $id, tenant_id: $tenantId}' },
    { name: 'parameter', value: '$tenantId' },
    { name: 'line comment', value: 'x // y' },
    { name: 'SQL', value: "x'); DROP TABLE nodes; --" },
    { name: 'block comment', value: 'x /* y */ z' },
    { name: 'LIKE wildcards', value: '%' },
    { name: 'LIKE one char', value: '_' },
    { name: 'regex', value: '.*' },
    { name: 'backslashes', value: 'x\\\\\\"\\' },
    { name: 'control characters', value: 'x\n\r\t\u0007\u001by' },
    { name: 'NUL', value: 'x\u0000y', fileOnly: true },
    { name: '100 kB', value: 'q\'"`{})//--'.repeat(9_091).slice(0, 100_000) },
    { name: 'unicode', value: 'ténant 租户 🏢 \u202Eevil\u202C é' },
    { name: 'look-alike (Cyrillic a)', value: `\u0430${TENANT_A.slice(1)}` },
    { name: 'look-alike (upper case)', value: TENANT_A.toUpperCase() },
    { name: 'look-alike (trailing space)', value: `${TENANT_A} ` },
    { name: 'look-alike (zero-width space)', value: `${TENANT_A.slice(0, 8)}\u200B${TENANT_A.slice(8)}` },
    { name: 'JSON', value: '{"$gt": ""}' },
    { name: 'path traversal', value: '../../../etc/passwd' },
];
//# sourceMappingURL=hostile-strings.js.map