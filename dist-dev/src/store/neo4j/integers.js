import neo4j from 'neo4j-driver';
/**
 * A JS number goes over Bolt as a Float; ATG's integer properties must stay Integers. Integral
 * numbers become neo4j Integers; rows without numbers are passed through untouched (no copy).
 */
export function toNeo4jRows(rows) {
    let out;
    for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        let converted;
        for (const key in row) {
            const value = row[key];
            if (typeof value === 'number' && Number.isInteger(value)) {
                converted ??= { ...row };
                converted[key] = neo4j.int(value);
            }
        }
        if (converted) {
            out ??= rows.slice(0, i);
            out.push(converted);
        }
        else if (out) {
            out.push(row);
        }
    }
    return out ?? rows;
}
//# sourceMappingURL=integers.js.map