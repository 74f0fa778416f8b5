// This file implements typeString, Go's spelling of types: `[]int`,
// `*main.T`, `func(x int) string`, `struct{a int; b string}`, `map[K]V`.
// A Qualifier decides how package-qualified names are printed.

import { assertNever } from '../syntax/diagnostics.js';
import type { Package } from './object.js';
import type { Named, Signature, Tuple, Type } from './type.js';
import { BasicKind } from './type.js';
import { emptyInterface, Typ, universe } from './universe.js';
import type { Pos } from '../syntax/pos.js';

/** Qualifier returns the prefix for a package ("" to print the bare name). */
export type Qualifier = (pkg: Package) => string;

/** The default qualifier uses the package path (main.T, runtime.T). */
export const pathQualifier: Qualifier = (pkg) => pkg.path;

/** relativeTo qualifies every package except `pkg` by its name (as error messages do). */
export function relativeTo(pkg: Package | undefined): Qualifier {
  return (p) => (p === pkg ? '' : p.name);
}

/** typeString prints t with canonical basic names (byte and rune print as uint8 and int32). */
export function typeString(t: Type, q: Qualifier = pathQualifier): string {
  const w = new Writer(q, false);
  w.type(t);
  return w.out;
}

/** typeKey is typeString with every empty interface spelled `any` (a literal `interface{}` is
 * identical to it) and without parameter and result names (`func() (ok bool)` is identical to
 * `func() bool`): a key for maps of types that must not tell identical types apart. */
export function typeKey(t: Type): string {
  const w = new Writer(pathQualifier, false, undefined, true);
  w.type(t);
  return w.out;
}

/** typeStringWithLocals is typeString where a named type declared inside a function gets
 * `@POS` after its name, so that two local types of one name print differently (link names
 * of generic instantiations; type identity otherwise rests on the objects). */
export function typeStringWithLocals(t: Type, isLocal: (n: Named) => boolean): string {
  const w = new Writer(pathQualifier, false, (n) => (isLocal(n) ? `@${n.obj.pos}` : ''));
  w.type(t);
  return w.out;
}

/** typeStringForMessage prints t as error messages do: byte and rune keep their alias names (posString: see Writer). */
export function typeStringForMessage(t: Type, q: Qualifier, posString?: (pos: Pos) => string): string {
  const w = new Writer(q, true, undefined, false, posString);
  w.type(t);
  return w.out;
}

class Writer {
  out = '';
  private readonly seen = new Set<Type>();
  constructor(
    readonly q: Qualifier,
    readonly aliasNames: boolean,
    readonly suffix?: (n: Named) => string,
    /** typeKey mode: empty interfaces as `any`, no parameter names. */
    readonly keyMode = false,
    /** For messages: where a type parameter named like a predeclared object is declared. */
    readonly posString?: (pos: Pos) => string,
  ) {}

  type(t: Type): void {
    switch (t.kind) {
      case 'Basic':
        if (t.basic === BasicKind.UnsafePointer) this.out += 'unsafe.Pointer';
        else if (this.aliasNames || t.basic >= BasicKind.UntypedBool) this.out += t.name;
        else this.out += Typ[t.basic]!.name;
        return;
      case 'Pointer':
        this.out += '*';
        this.type(t.elem);
        return;
      case 'Slice':
        this.out += '[]';
        this.type(t.elem);
        return;
      case 'Array':
        this.out += `[${t.len}]`;
        this.type(t.elem);
        return;
      case 'Struct':
        this.out += 'struct{';
        t.fields.forEach((f, i) => {
          if (i > 0) this.out += '; ';
          if (!f.embedded) this.out += f.name + ' ';
          this.type(f.type);
          const tag = t.tags[i];
          if (tag !== undefined && tag !== '') this.out += ' ' + JSON.stringify(tag);
        });
        this.out += '}';
        return;
      case 'Tuple':
        this.tuple(t, false);
        return;
      case 'Signature':
        this.out += 'func';
        this.signature(t);
        return;
      case 'Interface':
        this.iface(t);
        return;
      case 'Map':
        this.out += 'map[';
        this.type(t.key);
        this.out += ']';
        this.type(t.elem);
        return;
      case 'Chan':
        this.chan(t);
        return;
      case 'Named': {
        const pkg = t.obj.pkg;
        if (pkg) {
          const prefix = this.q(pkg);
          if (prefix) this.out += prefix + '.';
        }
        this.out += t.obj.name;
        if (this.suffix) this.out += this.suffix(t);
        if (t.typeArgs) {
          this.out += '[';
          t.typeArgs.forEach((a, i) => {
            if (i > 0) this.out += ', ';
            this.type(a);
          });
          this.out += ']';
        }
        return;
      }
      case 'TypeParam':
        this.out += t.obj.name;
        // as gc, a type parameter named like a predeclared object (int) says where it is declared
        if (this.posString && universe.lookup(t.obj.name)) this.out += ` /* with ${t.obj.name} declared at ${this.posString(t.obj.pos)} */`;
        return;
      case 'Union':
        t.terms.forEach((term, i) => {
          if (i > 0) this.out += ' | ';
          if (term.tilde) this.out += '~';
          this.type(term.type);
        });
        return;
      default:
        assertNever(t);
    }
  }

  private iface(t: Type & { kind: 'Interface' }): void {
    if (t === emptyInterface || (this.keyMode && t.methods.length === 0 && t.embeddeds.length === 0)) {
      this.out += 'any';
      return;
    }
    if (this.seen.has(t)) {
      this.out += 'interface{...}';
      return;
    }
    if (t.implicit && t.embeddeds.length === 1) {
      this.type(t.embeddeds[0]!);
      return;
    }
    this.seen.add(t);
    this.out += 'interface{';
    let first = true;
    const sep = (): void => {
      if (!first) this.out += '; ';
      first = false;
    };
    if (t.isComparable && t.embeddeds.length === 0) {
      sep();
      this.out += 'comparable';
    }
    for (const m of t.methods) {
      sep();
      this.out += m.name;
      this.signature(m.type);
    }
    for (const e of t.embeddeds) {
      sep();
      this.type(e);
    }
    this.out += '}';
    this.seen.delete(t);
  }

  private chan(t: Type & { kind: 'Chan' }): void {
    let parens = false;
    if (t.dir === 'send') this.out += 'chan<- ';
    else if (t.dir === 'recv') this.out += '<-chan ';
    else {
      this.out += 'chan ';
      parens = t.elem.kind === 'Chan' && t.elem.dir === 'recv';
    }
    if (parens) this.out += '(';
    this.type(t.elem);
    if (parens) this.out += ')';
  }

  tuple(t: Tuple, variadic: boolean): void {
    this.out += '(';
    t.vars.forEach((v, i) => {
      if (i > 0) this.out += ', ';
      if (v.name !== '' && !this.keyMode) this.out += v.name + ' ';
      if (variadic && i === t.vars.length - 1 && v.type.kind === 'Slice') {
        this.out += '...';
        this.type(v.type.elem);
      } else {
        this.type(v.type);
      }
    });
    this.out += ')';
  }

  signature(s: Signature): void {
    if (s.typeParams && s.typeParams.length > 0) {
      this.out += '[';
      s.typeParams.forEach((tp, i) => {
        if (i > 0) this.out += ', ';
        this.out += tp.obj.name + ' ';
        this.type(tp.constraint);
      });
      this.out += ']';
    }
    this.tuple(s.params, s.variadic);
    const r = s.results.vars;
    if (r.length === 0) return;
    this.out += ' ';
    if (r.length === 1 && (r[0]!.name === '' || this.keyMode)) {
      this.type(r[0]!.type);
      return;
    }
    this.tuple(s.results, false);
  }
}
