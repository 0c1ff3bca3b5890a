/**
 * Runs a cypher-shell script as cypher-shell would: `//` comments skipped, `:param name => literal`
 * evaluated by the server itself (`RETURN literal`), every other line a statement ending in `;`.
 */
export async function runCypherScript(store, script) {
    const params = {};
    let statements = 0;
    for (const line of script.split('\n')) {
        if (!line.trim() || line.startsWith('//'))
            continue;
        const param = /^:param (\w+) => (.*)$/.exec(line);
        if (param) {
            params[param[1]] = (await store.read(`RETURN ${param[2]} AS v`)).records[0].get('v');
            continue;
        }
        if (!line.endsWith(';'))
            throw new Error(`not a one-line statement: ${line.slice(0, 80)}`);
        await store.write(line.slice(0, -1), params);
        statements++;
    }
    return { statements };
}
//# sourceMappingURL=cypher-script.js.map