// This file implements the textual form of the IR (the printed forms given in
// ir.ts), used by tests, goldens and `--dump-ssa` style debugging. Types are
// printed relative to the function's package.

import { assertNever } from '../syntax/diagnostics.js';
import type { ConstValue } from '../types/constant.js';
import type { Type } from '../types/type.js';
import type { Package } from '../types/object.js';
import { typeString } from './typeutil.js';
import type { BasicBlock, CallCommon, Const, Function, Instruction, Program, Value } from './ir.js';
import { isValueInstruction } from './ir.js';
import { isBooleanType, isStringType, mustDeref, underlying } from './typeutil.js';

class Printer {
  constructor(readonly pkg: string) {}

  type(t: Type): string {
    return typeString(t, (p: Package) => (p.path === this.pkg ? '' : p.path));
  }

  value(v: Value): string {
    switch (v.kind) {
      case 'Const':
        return this.constant(v);
      case 'Global':
      case 'Function':
      case 'Parameter':
      case 'FreeVar':
      case 'Builtin':
        return v.name;
      default:
        return `t${v.id}`;
    }
  }

  constant(c: Const): string {
    const t = this.type(c.type);
    if (c.value === undefined) {
      const k = underlying(c.type).kind;
      if (k === 'Struct' || k === 'Array') return `{}:${t}`;
      if (k !== 'Basic') return `nil:${t}`;
      return isStringType(c.type) ? `"":${t}` : isBooleanType(c.type) ? `false:${t}` : `0:${t}`;
    }
    return `${constText(c.value)}:${t}`;
  }

  call(c: CallCommon): string {
    const args = c.args.map((a) => this.value(a)).join(', ');
    if (c.mode === 'invoke') return `invoke ${this.value(c.value)}.${c.method.name}(${args})`;
    return `${this.value(c.value)}(${args})`;
  }

  rhs(i: Instruction): string {
    const v = (x: Value): string => this.value(x);
    switch (i.kind) {
      case 'Alloc':
        return `${i.heap ? 'new' : 'local'} ${this.type(mustDeref(i.type))} (${i.comment})`;
      case 'Phi': {
        const preds = i.block?.preds ?? [];
        return `phi [${i.edges.map((e, k) => `${preds[k]?.index ?? '?'}: ${v(e)}`).join(', ')}] #${i.comment}`;
      }
      case 'Call':
        return this.call(i.call);
      case 'BinOp':
        return `${v(i.x)} ${i.op} ${v(i.y)}`;
      case 'UnOp':
        return `${i.op}${v(i.x)}${i.commaOk ? ',ok' : ''}`;
      case 'Convert':
        return `convert ${this.type(i.type)} <- ${this.type(i.x.type)} (${v(i.x)})`;
      case 'ChangeType':
        return `changetype ${this.type(i.type)} <- ${this.type(i.x.type)} (${v(i.x)})`;
      case 'MakeInterface':
        return `make ${this.type(i.type)} <- ${this.type(i.x.type)} (${v(i.x)})`;
      case 'ChangeInterface':
        return `change interface ${this.type(i.type)} <- ${this.type(i.x.type)} (${v(i.x)})`;
      case 'SliceToArrayPointer':
        return `slice to array pointer ${this.type(i.type)} <- ${this.type(i.x.type)} (${v(i.x)})`;
      case 'MakeClosure':
        return `make closure ${i.fn.name} [${i.bindings.map(v).join(', ')}]`;
      case 'MakeSlice':
        return `make ${this.type(i.type)} ${v(i.len)} ${v(i.cap)}`;
      case 'MakeMap':
        return `make ${this.type(i.type)}${i.reserve ? ' ' + v(i.reserve) : ''}`;
      case 'MakeChan':
        return `make ${this.type(i.type)} ${v(i.size)}`;
      case 'Slice':
        return `slice ${v(i.x)}[${i.low ? v(i.low) : ''}:${i.high ? v(i.high) : ''}${i.max ? ':' + v(i.max) : ''}]`;
      case 'FieldAddr':
        return `&${v(i.x)}.${fieldName(mustDeref(i.x.type), i.field)} [#${i.field}]`;
      case 'Field':
        return `${v(i.x)}.${fieldName(i.x.type, i.field)} [#${i.field}]`;
      case 'IndexAddr':
        return `&${v(i.x)}[${v(i.index)}]`;
      case 'Index':
        return `${v(i.x)}[${v(i.index)}]`;
      case 'Lookup':
        return `${v(i.x)}[${v(i.index)}]${i.commaOk ? ',ok' : ''}`;
      case 'Extract':
        return `extract ${v(i.tuple)} #${i.index}`;
      case 'TypeAssert':
        return `typeassert${i.commaOk ? ',ok' : ''} ${v(i.x)}.(${this.type(i.assertedType)})`;
      case 'Range':
        return `range ${v(i.x)}`;
      case 'Next':
        return `next ${v(i.iter)}`;
      case 'DeferFrame':
        return 'deferframe';
      case 'Select':
        return `select ${i.blocking ? 'blocking' : 'nonblocking'} [${i.states.map((s) => (s.dir === 'send' ? `${v(s.chan)}<-${v(s.send!)}` : `<-${v(s.chan)}`)).join(', ')}]`;
      case 'Store':
        return `*${v(i.addr)} = ${v(i.val)}`;
      case 'MapUpdate':
        return `${v(i.map)}[${v(i.key)}] = ${v(i.value)}`;
      case 'Send':
        return `send ${v(i.chan)} <- ${v(i.x)}`;
      case 'Defer':
        return `defer ${this.call(i.call)}${i.frame ? ` at ${v(i.frame)}` : ''}`;
      case 'Go':
        return `go ${this.call(i.call)}`;
      case 'RunDefers':
        return 'rundefers';
      case 'Jump':
        return `jump ${i.block?.succs[0]?.index ?? '?'}`;
      case 'If':
        return `if ${v(i.cond)} goto ${i.block?.succs[0]?.index ?? '?'} else ${i.block?.succs[1]?.index ?? '?'}`;
      case 'Return':
        return `return${i.results.length ? ' ' + i.results.map(v).join(', ') : ''}`;
      case 'Panic':
        return `panic ${i.runtimeError ? 'runtime error ' : ''}${v(i.x)}`;
      default:
        return assertNever(i);
    }
  }

  instr(i: Instruction): string {
    if (isValueInstruction(i)) return `t${i.id} = ${this.rhs(i)}`;
    return this.rhs(i);
  }

  block(b: BasicBlock, recover: boolean): string {
    const head = `${b.index}: ${b.comment}${recover ? ' (recover)' : ''}`;
    const edges = `P:[${b.preds.map((p) => p.index).join(' ')}] S:[${b.succs.map((s) => s.index).join(' ')}]`;
    return [`${head.padEnd(40)} ${edges}`, ...b.instrs.map((i) => '\t' + this.instr(i))].join('\n');
  }
}

function fieldName(t: Type, i: number): string {
  const u = underlying(t);
  return u.kind === 'Struct' ? (u.fields[i]?.name ?? `?${i}`) : `?${i}`;
}

/** goQuote quotes a Go string held as one char per byte. */
function goQuote(s: string): string {
  let out = '"';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += s[k];
  }
  return out + '"';
}

function constText(v: ConstValue): string {
  switch (v.kind) {
    case 'bool':
      return String(v.value);
    case 'string':
      return goQuote(v.value);
    case 'int':
      return v.value.toString();
    case 'float':
      return v.den === 1n ? v.num.toString() : String(Number(v.num) / Number(v.den));
    case 'complex':
      return `(${constText(v.re)} + ${constText(v.im)}i)`;
    case 'unknown':
      return 'unknown';
    default:
      return assertNever(v);
  }
}

/** printFunction prints fn's signature line and its blocks (or `external` for bodyless functions). */
export function printFunction(fn: Function): string {
  const p = new Printer(fn.pkg);
  const params = fn.params.map((x) => `${x.name} ${p.type(x.type)}`).join(', ');
  const results = fn.type.results.vars.map((v) => p.type(v.type));
  const res = results.length === 0 ? '' : results.length === 1 ? ' ' + results[0] : ` (${results.join(', ')})`;
  const lines = [`func ${fn.name}(${params})${res}:`];
  if (fn.freeVars.length) lines.push(`# free: ${fn.freeVars.map((f) => `${f.name} ${p.type(f.type)}`).join(', ')}`);
  if (fn.external) lines.push(`# external (${fn.external})`);
  for (const b of fn.blocks) lines.push(p.block(b, b === fn.recoverBlock));
  return lines.join('\n') + '\n';
}

/** printProgram prints the packages' globals, then their functions (closures, wrappers and
 * instantiations included) in the order they were created; `only` restricts it to the packages
 * of those import paths (`gowasm ssa` prints package main). */
export function printProgram(prog: Program, only?: ReadonlySet<string>): string {
  const out: string[] = [];
  for (const pkg of prog.packages) {
    if (only && !only.has(pkg.path)) continue;
    out.push(`package ${pkg.path}`);
    for (const g of pkg.globals) out.push(`var ${g.name} ${typeString(mustDeref(g.type), (q: Package) => (q.path === pkg.path ? '' : q.path))}`);
  }
  for (const fn of prog.functions) if (!only || only.has(fn.pkg)) out.push(printFunction(fn));
  return out.join('\n') + '\n';
}
