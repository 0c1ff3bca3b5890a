import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ArmExpressionError, evaluate, isExpression, parseExpression } from '../../src/domain/arm-template/arm-expression.js';
import { PURE_FUNCTIONS } from '../../src/domain/arm-template/arm-functions.js';
import { evaluateTemplate, TemplateError } from '../../src/domain/arm-template/evaluate-template.js';
const run = (text) => evaluate(parseExpression(text), PURE_FUNCTIONS);
const scope = { tenantId: 't', subscriptionId: 'sub', resourceGroup: 'rg', location: 'westeurope', parameters: {} };
describe('ARM expressions', () => {
    test('strings, escapes, numbers, calls, member and index access', () => {
        assert.equal(run("concat('it''s', ' ', format('{0}-{1}', 'a', 2))"), "it's a-2");
        assert.equal(run("createObject('a', createArray(1, 2, 3)).a[1]"), 2);
        assert.equal(run("padLeft(range(0, 3)[2], 2, '0')"), '02');
        assert.equal(run("toLower('ABC')"), 'abc');
        assert.equal(run('length(range(5, 4))'), 4);
        assert.equal(isExpression('[[literal]'), false);
        assert.equal(run("uniqueString('a', 'b')"), run("uniqueString('a', 'b')"));
        assert.match(String(run("uniqueString('a')")), /^[a-z2-7]{13}$/);
    });
    test('if() evaluates only the branch it takes; unknown functions and bad syntax are named', () => {
        assert.equal(run("if(equals(1, 1), 'yes', frobnicate())"), 'yes');
        assert.throws(() => run("frobnicate('x')"), (e) => e instanceof ArmExpressionError && /unsupported template function frobnicate\(\)/.test(e.message));
        assert.throws(() => parseExpression("concat('a', "), /at character/);
    });
});
describe('ARM templates', () => {
    test('parameters, variables, resource and property copy loops, nested children, scope', () => {
        const template = {
            parameters: { n: { type: 'int', defaultValue: 2 }, prefix: { type: 'string', defaultValue: '[resourceGroup().location]' } },
            variables: { base: "[format('{0}-net', parameters('prefix'))]" },
            resources: [
                {
                    type: 'Microsoft.Network/virtualNetworks',
                    name: "[concat(variables('base'), copyIndex(1))]",
                    copy: { name: 'nets', count: "[parameters('n')]" },
                    properties: { copy: [{ name: 'subnets', count: 2, input: { name: "[format('s{0}', copyIndex('subnets'))]" } }] },
                    resources: [{ type: 'virtualNetworkPeerings', name: 'peer', properties: {} }],
                },
                {
                    type: 'Microsoft.Insights/diagnosticSettings',
                    name: 'diag',
                    scope: "[resourceId('Microsoft.Network/virtualNetworks', 'westeurope-net1')]",
                    properties: {},
                },
                { condition: false, type: 'Microsoft.Compute/virtualMachines', name: 'never' },
            ],
        };
        const { resources } = evaluateTemplate(template, scope);
        assert.deepEqual(resources.map((r) => r.id), [
            '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/westeurope-net1',
            '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/westeurope-net1/virtualNetworkPeerings/peer',
            '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/westeurope-net2',
            '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/westeurope-net2/virtualNetworkPeerings/peer',
            '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/westeurope-net1/providers/Microsoft.Insights/diagnosticSettings/diag',
        ]);
        assert.deepEqual(resources[0].properties, { subnets: [{ name: 's0' }, { name: 's1' }] });
        assert.equal(resources[0].location, 'westeurope');
    });
    test('an error carries the JSON path of the value at fault', () => {
        assert.throws(() => evaluateTemplate({ resources: [{ type: 'A.B/c', name: 'x', properties: { deep: ["[variables('missing')]"] } }] }, scope), (e) => e instanceof TemplateError && e.path === '$.resources[0].properties.deep[0]' && /no such variable/.test(e.message));
    });
});
//# sourceMappingURL=arm-template.test.js.map