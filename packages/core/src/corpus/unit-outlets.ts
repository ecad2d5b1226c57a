import { createHash } from 'node:crypto';

/**
 * The outlet of every unit of a corpus, kept between the two passes of `learnBoilerplate` in 8
 * bytes per unit (an outlet number and a 32-bit check of the unit's name, by its position in the
 * walk) instead of a map from file names: a million pages take 8 MB. A unit whose name does not
 * match the one recorded at its position (the corpus changed between the passes) has no outlet,
 * and is parsed without learned lines.
 *
 * @example
 * const outlets = new UnitOutlets();
 * outlets.record(0, 'corpus/a.txt', 'thanh-nien');
 * outlets.outletOf(0, 'corpus/a.txt'); // 'thanh-nien'
 * outlets.outletOf(0, 'corpus/b.txt'); // undefined
 */
export class UnitOutlets {
  readonly #ids: string[] = [];
  readonly #numberOf = new Map<string, number>();
  /** Per position: 0 for no outlet, else the outlet's number + 1. */
  #outlets = new Uint32Array(1024);
  #checks = new Uint32Array(1024);

  /** Records the outlet (or none) of the unit at `position` in the walk. */
  record(position: number, name: string, outlet: string | undefined): void {
    if (position >= this.#outlets.length) this.#grow(position + 1);
    let number = 0;
    if (outlet !== undefined) {
      number = this.#numberOf.get(outlet) ?? this.#ids.push(outlet);
      this.#numberOf.set(outlet, number);
    }
    this.#outlets[position] = number;
    this.#checks[position] = nameCheck(name);
  }

  /** The outlet recorded for the unit at `position`, if it is the same unit. */
  outletOf(position: number, name: string): string | undefined {
    if (position >= this.#outlets.length) return undefined;
    const number = this.#outlets[position]!;
    if (number === 0 || this.#checks[position] !== nameCheck(name)) return undefined;
    return this.#ids[number - 1];
  }

  #grow(minimum: number): void {
    let size = this.#outlets.length;
    while (size < minimum) size *= 2;
    const outlets = new Uint32Array(size);
    outlets.set(this.#outlets);
    const checks = new Uint32Array(size);
    checks.set(this.#checks);
    this.#outlets = outlets;
    this.#checks = checks;
  }
}

function nameCheck(name: string): number {
  return createHash('sha1').update(name).digest().readUInt32BE(0);
}
