import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { syntheticMarkers } from '../../src/domain/operation-record.js';
import { countRandomRelationships, randomChunks } from '../../src/scale-up/random/random-chunks.js';
import { planRandom } from '../../src/scale-up/random/random-plan.js';
import { resolveTypeDistribution } from '../../src/scale-up/random/type-distribution.js';
describe('random plan: relationships (pure)', () => {
    test('the planned count is exactly what the chunks hold, for any seed and density (not density × resources)', () => {
        const context = { operationId: 'op', tenantId: 't', markers: syntheticMarkers('op', 'random', 't', new Date(0)), chunkRows: 500 };
        let differsFromDensity = false;
        for (const [preset, density, seed] of [
            ['tenant', 1.5, 1],
            ['network', 3, 7],
            ['compute', 0.4, 42],
        ]) {
            const plan = planRandom(2_000, resolveTypeDistribution(preset), density, seed);
            let written = 0;
            for (const chunk of randomChunks(plan, { ...context, seed }))
                written += chunk.relationships.reduce((s, b) => s + b.rows.length, 0);
            assert.equal(countRandomRelationships(plan, seed), written, `${preset} ${density} ${seed}`);
            differsFromDensity ||= written !== Math.round(density * 2_000);
        }
        assert.ok(differsFromDensity, 'the draws, not the density, fix the number');
    });
});
//# sourceMappingURL=random-edges.test.js.map