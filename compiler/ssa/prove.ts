// This file proves index expressions in bounds, so that the backend omits
// their checks (compiler/wasm/checks.ts) and a function whose only possible
// panics were such checks no longer makes its callers test for unwinding
// (compiler/wasm/panics.ts). It covers counting loops, the first thing gc's
// prove pass handles:
//
//   1: i = phi [0:int, 3: t]          non-negative start, steps up
//      if i < len(x) goto 2 else 4    2's only predecessor is 1
//   2: ... &x[i] ...                  x the same value, 2 dominating the use
//      t = i + 1:int
//
// Facts: `a < b` holds in every block dominated by a block D whose only
// predecessor ends with `if a < b` (or `b > a`) taking D as its true branch,
// or `if a >= b` (`b <= a`) taking D as its false branch (D not the entry).
// Since D is entered only through that edge and SSA values never change, the
// fact holds wherever D dominates.
// An index i of x is in bounds when a fact i < L holds at its block with L
// len(x) of the same SSA value x (slice, string, pointer to array) or a
// constant not above x's array length, and i is non-negative: a
// non-negative constant, a len or cap, or a phi whose incoming values are
// each non-negative or the phi plus a constant step in [0, 2^31) computed
// where a fact phi < L holds with L a length or constant (the step cannot
// overflow: phi < L < 2^32, and the phi has 64 bits).

import { BasicKind, type Type } from '../types/type.js';
import { buildDomTree, type DomTree } from './dom.js';
import type { BasicBlock, BinOp, Function, Instruction, Phi, Value } from './ir.js';
import { underlying } from './typeutil.js';

/** A fact lo < hi (signed or unsigned as the operands' type). */
interface Less {
  readonly lo: Value;
  readonly hi: Value;
}

const cache = new WeakMap<Function, Set<Instruction>>();

/** How many dominators up a block's facts are looked for. */
const maxFactDepth = 64;

/** inBoundsIndexes returns fn's IndexAddr and Index instructions whose index is proven in bounds. */
export function inBoundsIndexes(fn: Function): Set<Instruction> {
  let s = cache.get(fn);
  if (s) return s;
  s = new Set();
  const indexes = fn.blocks.some((b) => b.instrs.some((i) => i.kind === 'IndexAddr' || i.kind === 'Index'));
  if (indexes) {
    const p = new Prover(fn, buildDomTree(fn));
    for (const b of fn.blocks) {
      for (const i of b.instrs) if ((i.kind === 'IndexAddr' || i.kind === 'Index') && p.inBounds(b, i.x, i.index)) s.add(i);
    }
  }
  cache.set(fn, s);
  return s;
}

class Prover {
  private readonly facts = new Map<BasicBlock, Less[]>();

  constructor(
    private readonly fn: Function,
    private readonly dom: DomTree,
  ) {}

  inBounds(b: BasicBlock, x: Value, i: Value): boolean {
    const limit = arrayLength(x.type);
    const ok = this.factsAt(b).some((f) => f.lo === i && (isLenOf(f.hi, x) || (limit !== undefined && constLE(f.hi, limit))));
    return ok && this.nonNeg(i);
  }

  /** factsAt lists the facts holding in block b: those of b's entry edge and of its dominators',
   * up to maxFactDepth of them (loop conditions are near their bodies; the bound keeps the
   * analysis linear in huge generated functions). */
  private factsAt(b: BasicBlock): Less[] {
    let fs = this.facts.get(b);
    if (fs) return fs;
    fs = [];
    let d: BasicBlock | undefined = b;
    for (let depth = 0; d && depth < maxFactDepth; depth++, d = this.dom.idom[d.index]) fs.push(...edgeFacts(this.fn, d));
    this.facts.set(b, fs);
    return fs;
  }

  /** nonNeg reports whether v is never negative. */
  nonNeg(v: Value): boolean {
    if (v.kind === 'Const') return (constValue(v) ?? -1n) >= 0n;
    if (v.kind === 'Call') return v.call.mode === 'builtin' && (v.call.value.name === 'len' || v.call.value.name === 'cap');
    return v.kind === 'Phi' && this.nonNegPhis().has(v);
  }

  private phis: Set<Phi> | undefined;

  /** nonNegPhis: the greatest set of 64-bit phis each of whose incoming values is non-negative
   * (other phis of the set counted so) or a bounded step up from the phi itself: by induction
   * over the executions, none of them is ever negative. */
  private nonNegPhis(): Set<Phi> {
    if (this.phis) return this.phis;
    const set = new Set<Phi>();
    this.phis = set;
    for (const b of this.fn.blocks) for (const i of b.instrs) if (i.kind === 'Phi' && is64(i.type)) set.add(i);
    for (let changed = true; changed; ) {
      changed = false;
      for (const phi of set) {
        if (phi.edges.every((e) => this.nonNeg(e) || this.boundedStep(phi, e))) continue;
        set.delete(phi);
        changed = true;
      }
    }
    return set;
  }

  /** boundedStep reports whether e is phi + c, 0 <= c < 2^31, computed where phi < L holds for a
   * length or a constant in [0, 2^62] (so the addition cannot overflow). */
  private boundedStep(phi: Phi, e: Value): boolean {
    if (e.kind !== 'BinOp' || e.op !== '+' || !e.block) return false;
    const step = e.x === phi ? e.y : e.y === phi ? e.x : undefined;
    const c = step ? constValue(step) : undefined;
    if (c === undefined || c < 0n || c >= 1n << 31n) return false;
    return this.factsAt(e.block).some((f) => {
      if (f.lo !== phi) return false;
      const k = constValue(f.hi);
      return isLength(f.hi) || (k !== undefined && k >= 0n && k <= 1n << 62n);
    });
  }
}

/** edgeFacts is what b's entry edge says, when b's only predecessor branches to it on a comparison. */
function edgeFacts(fn: Function, b: BasicBlock): Less[] {
  if (b === fn.blocks[0] || b.preds.length !== 1) return [];
  const p = b.preds[0]!;
  const last = p.instrs[p.instrs.length - 1];
  if (last?.kind !== 'If' || last.cond.kind !== 'BinOp' || p.succs[0] === p.succs[1]) return [];
  const c: BinOp = last.cond;
  const taken = p.succs[0] === b;
  if (c.op === (taken ? '<' : '>=')) return [{ lo: c.x, hi: c.y }];
  if (c.op === (taken ? '>' : '<=')) return [{ lo: c.y, hi: c.x }];
  return [];
}

function isLength(v: Value): boolean {
  return v.kind === 'Call' && v.call.mode === 'builtin' && v.call.value.name === 'len';
}

function isLenOf(v: Value, x: Value): boolean {
  return isLength(v) && v.kind === 'Call' && v.call.args[0] === x;
}

/** constValue is the value of an integer constant (a Const without a value is the zero value). */
function constValue(v: Value): bigint | undefined {
  if (v.kind !== 'Const') return undefined;
  if (v.value === undefined) return isInteger(v.type) ? 0n : undefined;
  return v.value.kind === 'int' ? v.value.value : undefined;
}

function isInteger(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Basic' && u.basic >= BasicKind.Int && u.basic <= BasicKind.Uintptr;
}

function constLE(v: Value, n: number): boolean {
  const c = constValue(v);
  return c !== undefined && c <= BigInt(n);
}

/** arrayLength is the length of an array or pointer-to-array type, else undefined. */
function arrayLength(t: Type): number | undefined {
  let u = underlying(t);
  if (u.kind === 'Pointer') u = underlying(u.elem);
  return u.kind === 'Array' ? u.len : undefined;
}

function is64(t: Type): boolean {
  const u = underlying(t);
  return u.kind === 'Basic' && (u.basic === BasicKind.Int || u.basic === BasicKind.Int64 || u.basic === BasicKind.Uint || u.basic === BasicKind.Uint64);
}
