import { onOperationEvents } from '../../src/operations/events.js';
/**
 * Test-only: the store, with `damage` done to it once, at the moment the operation's `validate`
 * phase begins (before its first read), so a check meets exactly the damage it exists to catch and
 * the writes before it are the real ones. `damaged` tells whether that moment came.
 */
export function damagedAtValidation(store, damage) {
    let pending = false;
    let damaged = false;
    const stop = onOperationEvents((event) => {
        if (event.type === 'phase' && event.name === 'validate' && !damaged)
            pending = true;
    });
    const proxy = new Proxy(store, {
        get(target, property) {
            const value = Reflect.get(target, property, target);
            if (typeof value !== 'function')
                return value;
            return (...args) => {
                if (!pending)
                    return value.apply(target, args);
                pending = false;
                damaged = true;
                return damage(target).then(() => value.apply(target, args));
            };
        },
    });
    return {
        store: proxy,
        get damaged() {
            return damaged;
        },
        stop,
    };
}
/**
 * Test-only: the store, whose first tenant-scoped delete by key leaves out one key that `skip`
 * picks (a delete that misses a node). `skipped` names it once it happened.
 */
export function skippingOneDelete(store, skip) {
    let skipped;
    const proxy = new Proxy(store, {
        get(target, property) {
            const value = Reflect.get(target, property, target);
            if (property !== 'deleteTenantNodesByKey' || typeof value !== 'function')
                return typeof value === 'function' ? value.bind(target) : value;
            return async (tenantId, label, keys) => {
                if (skipped === undefined) {
                    const key = await skip(keys);
                    if (key !== undefined) {
                        skipped = key;
                        return value.call(target, tenantId, label, keys.filter((k) => k !== key));
                    }
                }
                return value.call(target, tenantId, label, keys);
            };
        },
    });
    return {
        store: proxy,
        get skipped() {
            return skipped;
        },
    };
}
//# sourceMappingURL=damage-at-validation.js.map