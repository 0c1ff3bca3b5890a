import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passwordOf, redactUri, scrubSecrets, secretSpellings } from '../../src/domain/secrets.js';
test('redaction cuts the userinfo at its last @, whatever the password holds', () => {
    assert.equal(redactUri('bolt://u:p@ss@host:7687'), 'bolt://host:7687');
    assert.equal(redactUri('bolt://u:pa/ss@host'), 'bolt://host');
    assert.equal(redactUri('neo4j+s://user:p%40ss%2Fw%3Ard%25%23@db.example:7687'), 'neo4j+s://db.example:7687');
    assert.equal(redactUri('bolt://u:with space:ünï✓#@127.0.0.1:1'), 'bolt://127.0.0.1:1');
    assert.equal(redactUri('bolt://127.0.0.1:7687'), 'bolt://127.0.0.1:7687');
    assert.equal(redactUri('sqlite:./x.db'), 'sqlite:./x.db');
});
test('the password of a URL, and every spelling of it is scrubbed', () => {
    assert.equal(passwordOf('bolt://u:p@ss/w:rd@host'), 'p@ss/w:rd');
    assert.equal(passwordOf('bolt://u@host'), undefined);
    assert.equal(passwordOf('bolt://host'), undefined);
    const spellings = secretSpellings(['p%40ss', 'pä "q"']);
    const text = 'raw p%40ss decoded p@ss encoded p%2540ss unicode pä "q" json pä \\"q\\" url p%C3%A4%20%22q%22';
    assert.equal(scrubSecrets(text, spellings), 'raw *** decoded *** encoded *** unicode *** json *** url ***');
});
//# sourceMappingURL=secrets.test.js.map