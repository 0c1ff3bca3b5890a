import { createReadStream } from 'node:fs';

/** Where a file's JSON is malformed: the element being read (or -1 before the first) and why. */
export class JsonSplitError extends Error {
  constructor(
    readonly element: number,
    reason: string,
  ) {
    super(reason);
  }
}

/** One element of the array: its index and its text, unparsed. */
export interface ArrayElement {
  readonly index: number;
  readonly text: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * The elements of a file's top-level JSON array — a bare array (`[…]`), or the array under the
 * top-level key `data` of an object (`{"count": …, "data": […]}`, as `az graph query` prints it) —
 * each handed out as its own text, in order, with memory holding one read chunk and one element.
 *
 * Why by hand: the streaming parsers on npm (stream-json, @streamparser/json) tokenize every value
 * in JavaScript and rebuild each object from its tokens; here the bytes are only scanned for string,
 * bracket and comma boundaries, and each element is parsed by the native JSON.parse, which is several
 * times faster (an import's two passes over a 90 MB file: see docs/performance.md). Elements are
 * checked by the caller's JSON.parse; this checks only the structure between them (commas, brackets,
 * the end of the file) and throws a JsonSplitError naming the element.
 */
export async function* jsonArrayElements(file: string): AsyncGenerator<ArrayElement> {
  const scanner = new JsonArrayScanner();
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const found = scanner.push(chunk);
    for (const element of found) yield element;
  }
  scanner.end();
}

type Place =
  | 'start' // before the root value
  | 'root-object' // inside `{…}`, between members
  | 'root-value' // after a root key's colon: its value (skipped unless the key is `data`)
  | 'elements' // inside the array, between elements
  | 'element' // inside an element
  | 'after'; // after the array (or the object that holds it)

/** The scanning state machine of jsonArrayElements, fed one chunk at a time (`push`), then told the file ended (`end`). */
export class JsonArrayScanner {
  private place: Place = 'start';
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Depth of the array's elements: 1 in a bare array, 2 under `data`. */
  private elementDepth = 1;
  private count = 0;
  /** A comma is due before the next element (one was just read). */
  private commaDue = false;
  private sawData = false;
  /** A root key being read (bytes), and the last complete one. */
  private key: number[] | undefined;
  private lastKey = '';
  /** The pieces of the element being read, across chunks. */
  private pieces: Buffer[] = [];
  private elementStart = -1;
  /** An element that is a bare scalar (`1`, `"x"`, `null`): it ends at a comma or the closing bracket. */
  private scalar = false;

  push(chunk: Buffer): ArrayElement[] {
    const out: ArrayElement[] = [];
    if (this.place === 'element') this.elementStart = 0;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const b = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) {
          this.inString = false;
          if (this.key) {
            this.lastKey = Buffer.from(this.key).toString('utf8');
            this.key = undefined;
          }
        } else if (this.key) this.key.push(b);
        continue;
      }
      if (isSpace(b)) continue;
      switch (this.place) {
        case 'element':
          this.inElement(b, chunk, i, out);
          break;
        case 'elements':
          if (b === CLOSE_BRACKET) {
            if (this.commaDue || this.count === 0) this.closeArray();
            else throw new JsonSplitError(this.count, 'a comma before the closing bracket');
          } else if (b === COMMA) {
            if (!this.commaDue) throw new JsonSplitError(this.count, 'a comma where an element was expected');
            this.commaDue = false;
          } else {
            if (this.commaDue) throw new JsonSplitError(this.count, 'expected a comma or the closing bracket after an element');
            this.place = 'element';
            this.elementStart = i;
            this.scalar = b !== OPEN_BRACE && b !== OPEN_BRACKET;
            if (b === QUOTE) this.inString = true;
            else if (!this.scalar) this.depth++;
          }
          break;
        case 'start':
          if (b === 0xef || b === 0xbb || b === 0xbf) break; // a UTF-8 byte-order mark (its bytes start no JSON value)
          if (b === OPEN_BRACKET) {
            this.depth = 1;
            this.place = 'elements';
          } else if (b === OPEN_BRACE) {
            this.depth = 1;
            this.elementDepth = 2;
            this.place = 'root-object';
          } else throw new JsonSplitError(-1, 'expected an array, or an object with a "data" array');
          break;
        case 'root-object':
          if (b === QUOTE) {
            this.inString = true;
            this.key = [];
          } else if (b === COLON) this.place = 'root-value';
          else if (b === CLOSE_BRACE) {
            this.depth = 0;
            this.place = 'after';
          } else if (b !== COMMA) throw new JsonSplitError(-1, 'expected a member of the top-level object');
          break;
        case 'root-value':
          if (this.lastKey === 'data' && b === OPEN_BRACKET) {
            this.depth = 2;
            this.place = 'elements';
          } else this.skipRootValue(b);
          break;
        case 'after':
          throw new JsonSplitError(this.count, 'unexpected text after the end of the JSON');
      }
    }
    if (this.place === 'element' && this.elementStart < n) this.pieces.push(chunk.subarray(this.elementStart));
    return out;
  }

  /** A byte (outside strings) of the element being read. */
  private inElement(b: number, chunk: Buffer, i: number, out: ArrayElement[]): void {
    if (this.scalar) {
      if (b === COMMA || b === CLOSE_BRACKET) {
        this.finish(chunk, i, out);
        if (b === COMMA) this.commaDue = false;
        else this.closeArray();
      }
      return;
    }
    if (b === QUOTE) this.inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) this.depth++;
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
      this.depth--;
      if (this.depth === this.elementDepth) this.finish(chunk, i + 1, out);
    }
  }

  /** The array's closing bracket. */
  private closeArray(): void {
    this.depth--;
    this.place = this.elementDepth === 1 ? 'after' : 'root-object';
    if (this.elementDepth === 2) this.sawData = true;
  }

  /** The element ends before `end` in this chunk. */
  private finish(chunk: Buffer, end: number, out: ArrayElement[]): void {
    const tail = chunk.subarray(this.elementStart, end);
    const text = this.pieces.length ? Buffer.concat([...this.pieces, tail]).toString('utf8') : tail.toString('utf8');
    this.pieces = [];
    out.push({ index: this.count++, text: text.trim() });
    this.place = 'elements';
    this.commaDue = true;
  }

  /** A root member's value other than `data`'s array: skipped (a scalar, a string, or a nested value). */
  private skipRootValue(b: number): void {
    if (b === QUOTE) {
      this.inString = true;
      return;
    }
    if (b === OPEN_BRACE || b === OPEN_BRACKET) this.depth++;
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
      this.depth--;
      if (this.depth === 0) {
        this.place = 'after';
        return;
      }
    }
    if (this.depth === 1 && b === COMMA) this.place = 'root-object';
  }

  end(): void {
    if (this.place !== 'after') throw new JsonSplitError(this.count, 'the file ends before the JSON does (is it truncated?)');
    if (this.elementDepth === 2 && !this.sawData) throw new JsonSplitError(-1, 'expected an array, or an object with a "data" array');
  }
}
