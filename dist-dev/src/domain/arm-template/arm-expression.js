/**
 * ARM template expressions (`[concat('a', parameters('p'))]`), parsed and evaluated offline. Written
 * here because no maintained JavaScript library evaluates ARM expressions (the ones that exist wrap
 * the Azure CLI or Bicep, which need the network or .NET). The grammar: strings in single quotes
 * ('' escapes a quote), integers, function calls, `.property` and `[index]` access.
 */
/** A malformed expression or an unsupported function: the message says what, the caller says where. */
export class ArmExpressionError extends Error {
}
/** True for a string ARM evaluates (`[…]`, not `[[…` which is a literal starting with `[`). */
export function isExpression(s) {
    return s.startsWith('[') && s.endsWith(']') && !s.startsWith('[[');
}
export function parseExpression(text) {
    let i = 0;
    const fail = (what) => {
        throw new ArmExpressionError(`${what} at character ${i + 1} of ${JSON.stringify(text)}`);
    };
    const space = () => {
        while (i < text.length && /\s/.test(text[i]))
            i++;
    };
    const primary = () => {
        space();
        const c = text[i];
        if (c === "'") {
            let value = '';
            i++;
            for (;;) {
                if (i >= text.length)
                    fail('unterminated string');
                if (text[i] === "'") {
                    if (text[i + 1] === "'") {
                        value += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value += text[i++];
            }
            return { kind: 'literal', value };
        }
        if (c !== undefined && /[-0-9]/.test(c)) {
            const m = /^-?\d+(\.\d+)?/.exec(text.slice(i));
            if (!m)
                fail('a number expected');
            i += m[0].length;
            return { kind: 'literal', value: Number(m[0]) };
        }
        const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
        if (!m)
            fail('a function, string or number expected');
        i += m[0].length;
        space();
        if (text[i] !== '(') {
            if (m[0] === 'true' || m[0] === 'false')
                return { kind: 'literal', value: m[0] === 'true' };
            fail(`"(" expected after ${m[0]}`);
        }
        i++;
        const args = [];
        space();
        if (text[i] === ')')
            i++;
        else {
            for (;;) {
                args.push(postfix());
                space();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ')') {
                    i++;
                    break;
                }
                fail('"," or ")" expected');
            }
        }
        return { kind: 'call', name: m[0], args };
    };
    const postfix = () => {
        let node = primary();
        for (;;) {
            space();
            if (text[i] === '.') {
                i++;
                const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(i));
                if (!m)
                    fail('a property name expected');
                i += m[0].length;
                node = { kind: 'member', target: node, property: m[0] };
            }
            else if (text[i] === '[') {
                i++;
                const index = postfix();
                space();
                if (text[i] !== ']')
                    fail('"]" expected');
                i++;
                node = { kind: 'index', target: node, index };
            }
            else
                return node;
        }
    };
    const node = postfix();
    space();
    if (i < text.length)
        fail('unexpected text');
    return node;
}
export function evaluate(node, functions) {
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'call': {
            const name = node.name.toLowerCase();
            // if() evaluates only the branch it takes: the other may be invalid (a null property, an empty range).
            if (name === 'if') {
                const [condition, whenTrue, whenFalse] = node.args;
                if (!condition || !whenTrue || !whenFalse)
                    throw new ArmExpressionError('if() takes three arguments');
                return evaluate(evaluate(condition, functions) ? whenTrue : whenFalse, functions);
            }
            const fn = functions[name];
            if (!fn)
                throw new ArmExpressionError(`unsupported template function ${node.name}()`);
            return fn(node.args.map((a) => evaluate(a, functions)));
        }
        case 'member': {
            const target = evaluate(node.target, functions);
            if (target === null || typeof target !== 'object' || Array.isArray(target))
                return null;
            const key = Object.keys(target).find((k) => k.toLowerCase() === node.property.toLowerCase());
            return key === undefined ? null : target[key];
        }
        case 'index': {
            const target = evaluate(node.target, functions);
            const index = evaluate(node.index, functions);
            if (Array.isArray(target) && typeof index === 'number')
                return target[index] ?? null;
            if (target && typeof target === 'object' && !Array.isArray(target) && typeof index === 'string')
                return target[index] ?? null;
            return null;
        }
    }
}
//# sourceMappingURL=arm-expression.js.map