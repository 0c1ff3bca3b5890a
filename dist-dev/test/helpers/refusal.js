import assert from 'node:assert/strict';
/**
 * `work` is refused with an error of this class whose message names `reason`: a refusal for
 * another reason (another class, or the same class about something else) fails the test.
 */
export async function assertRefused(work, type, reason) {
    await assert.rejects(work, (err) => {
        assert.ok(err instanceof type, `expected a ${type.name} (${reason}), got: ${String(err)}`);
        assert.match(err.message, reason);
        return true;
    });
}
/** `work()` throws an error of this class whose message names `reason` (the synchronous form of assertRefused). */
export function assertThrowsFor(work, type, reason, what) {
    assert.throws(work, (err) => {
        assert.ok(err instanceof type, `${what ? `${what}: ` : ''}expected a ${type.name} (${reason}), got: ${String(err)}`);
        assert.match(err.message, reason, what);
        return true;
    });
}
//# sourceMappingURL=refusal.js.map