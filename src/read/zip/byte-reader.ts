/** Thrown inside the ZIP parser only; the guard turns it into `{ kind: "truncated" }`. */
export class MalformedZip extends Error {}

/** Little-endian reads that refuse to step outside the bytes. */
export class ByteReader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** How many bytes there are. */
  get length(): number {
    return this.bytes.byteLength;
  }

  /** The 16-bit unsigned value at an offset. */
  u16(at: number): number {
    this.require(at, 2);
    return this.view.getUint16(at, true);
  }

  /** The 32-bit unsigned value at an offset. */
  u32(at: number): number {
    this.require(at, 4);
    return this.view.getUint32(at, true);
  }

  /** The 64-bit unsigned value at an offset; one beyond 2^53 is malformed, as no spreadsheet needs it. */
  u64(at: number): number {
    this.require(at, 8);
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new MalformedZip("64-bit field beyond 2^53");
    return Number(value);
  }

  /** A view of `length` bytes at an offset, not a copy. */
  slice(at: number, length: number): Uint8Array {
    this.require(at, length);
    return this.bytes.subarray(at, at + length);
  }

  /** Throws {@link MalformedZip} unless `length` bytes at `at` lie inside. */
  require(at: number, length: number): void {
    const inside = Number.isSafeInteger(at) && at >= 0 && length >= 0 && at + length <= this.length;
    if (!inside) throw new MalformedZip(`range ${at}+${length} outside ${this.length} bytes`);
  }
}
