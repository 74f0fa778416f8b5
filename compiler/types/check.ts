// This file implements the Checker state class: the package being checked,
// its Info side tables, the package-level declaration map, the untyped
// expression table, the current environment (scope, function, iota), and the
// error and recording helpers. Behaviour lives in the concern files
// (decl.ts, expr.ts, stmt.ts, ...) as functions taking the Checker first.

import type * as ast from '../syntax/ast.js';
import type { DiagnosticList } from '../syntax/diagnostics.js';
import type { FileSet, Pos } from '../syntax/pos.js';
import type { ConstValue } from './constant.js';
import type { Info, OperandMode } from './info.js';
import type { Func, Obj, Package, PkgName, Scope, Var } from './object.js';
import type { Operand } from './operand.js';
import { operandString } from './operand.js';
import { isUntyped } from './predicates.js';
import type { Named, Signature, Type } from './type.js';
import type { Qualifier } from './typestring.js';
import { typeStringForMessage } from './typestring.js';
import { MonoGraph } from './mono.js';

export interface CheckConfig {
  fset: FileSet;
  diags: DiagnosticList;
  /** Returns an already-checked package for an import path (the driver checks dependencies first). */
  importer(path: string): Package | undefined;
  /** The package's Go language version ("go1.N", as -lang sets it); unset allows every feature. */
  goVersion?: string;
  /** Declares types2's test-only builtins assert and trace (for Go's type-checker test data). */
  testBuiltins?: boolean;
  /** As types2's FakeImportC (the test data's -fakeImportC flag; cgo is off in gowasm): `import "C"`
   * declares an empty package C whose qualified names are not reported. */
  fakeImportC?: boolean;
}

/** DeclInfo describes a package-level declaration. */
export interface DeclInfo {
  readonly fileScope: Scope;
  /** For `var a, b = f()`: all the variables initialized together. */
  readonly lhs?: Var[];
  readonly vtype?: ast.Expr;
  readonly init?: ast.Expr;
  /** For constants: the iota value and whether type/init were inherited from a previous spec. */
  readonly iota?: number;
  readonly inherited?: boolean;
  readonly tdecl?: ast.TypeSpec;
  readonly fdecl?: ast.FuncDecl;
  /** Package-level objects this declaration refers to (for initialization order). */
  readonly deps: Set<Obj>;
}

/** Environment is the context in which an expression or statement is checked. */
export interface Environment {
  decl: DeclInfo | undefined;
  scope: Scope;
  iota: ConstValue | undefined;
  sig: Signature | undefined;
  /** The function declaration or literal whose body is checked, for "missing return" and labels. */
  funcBody: ast.BlockStmt | undefined;
  /** When set, errors are reported here (the name of a constant whose inherited initializer is checked). */
  errpos?: Pos;
}

interface UntypedInfo {
  isLhs: boolean;
  mode: OperandMode;
  type: Type;
  val: ConstValue | undefined;
}

export type Color = 'grey' | 'black';

export class Checker {
  readonly fset: FileSet;
  readonly diags: DiagnosticList;
  readonly info: Info;
  readonly objMap = new Map<Obj, DeclInfo>();
  readonly objColor = new Map<Obj, Color>();
  /** The path of objects whose declarations are being checked (for cycle detection). */
  readonly objPath: Obj[] = [];
  /** Whether values of a defined type have a finite size (cycles.ts), once known. */
  readonly finite = new Map<Named, boolean>();
  /** Generic types reported as invalid recursive types (their instances are reported where used). */
  readonly recursiveGeneric = new Set<Named>();
  /** Where an instance was first written in the source (`T[int]`), for cycle messages. */
  readonly instPos = new Map<Named, Pos>();
  /** Set while the bounds of a type parameter list are checked (a generic type may refer to itself there). */
  inTParamList = false;
  readonly untyped = new Map<ast.Expr, UntypedInfo>();
  readonly delayed: (() => void)[] = [];
  /** Methods declared for each (package-level) type name, collected by the resolver. */
  readonly methodDecls = new Map<Obj, Func[]>();
  readonly pkgNames: PkgName[] = [];
  /** For each file scope, the dot-import that brought each name in (to mark the right import used). */
  readonly dotImports = new Map<Scope, Map<string, PkgName>>();
  /** Every local variable declared, for the "declared and not used" check. */
  readonly localVars: Var[] = [];
  /** Positions of bodyless functions that need one (reported if the package has no other error). */
  readonly missingBodies: Pos[] = [];
  /** Language minor version of the files whose //go:build line sets one (version.ts). */
  readonly fileVersions = new Map<string, number>();
  readonly qualifier: Qualifier;
  /** The instantiations made, to find instantiation cycles (mono.ts). */
  readonly mono = new MonoGraph();
  env: Environment;
  errorCount = 0;
  /** Set while the next type expression is a constraint position (a bound, an interface element, a union term). */
  constraintOK = false;

  constructor(
    readonly conf: CheckConfig,
    readonly pkg: Package,
    readonly files: ast.File[],
  ) {
    this.fset = conf.fset;
    this.diags = conf.diags;
    this.info = {
      types: new Map(),
      defs: new Map(),
      uses: new Map(),
      implicits: new Map(),
      selections: new Map(),
      instances: new Map(),
      scopes: new Map(),
      initOrder: [],
      funcs: [],
    };
    this.qualifier = this.qualify.bind(this);
    this.env = { decl: undefined, scope: pkg.scope, iota: undefined, sig: undefined, funcBody: undefined };
  }

  /** For each package name, the paths of the packages of that name imported (transitively); built when first needed. */
  private pkgPathsByName: Map<string, Set<string>> | undefined;

  /** qualify prints a package in messages as types2 does: by name, or by its quoted path when
   * packages of the same name are imported (`"html/template".Template`); this package not at all. */
  private qualify(p: Package): string {
    if (p === this.pkg) return '';
    if (!this.pkgPathsByName) {
      const m = new Map<string, Set<string>>();
      const seen = new Set<Package>();
      const mark = (q: Package): void => {
        for (const imp of q.imports) {
          if (seen.has(imp)) continue;
          seen.add(imp);
          const paths = m.get(imp.name) ?? new Set<string>();
          paths.add(imp.path);
          m.set(imp.name, paths);
          mark(imp);
        }
      };
      mark(this.pkg);
      this.pkgPathsByName = m;
    }
    return (this.pkgPathsByName.get(p.name)?.size ?? 0) > 1 ? JSON.stringify(p.path) : p.name;
  }

  // -------------------------------------------------------------------------
  // Errors

  error(pos: Pos, msg: string, soft = false): void {
    // As gc: once an error is reported, messages mentioning "invalid operand" or
    // "invalid type" (not at their start) are follow-on errors and left out.
    if (this.errorCount > 0 && (msg.indexOf('invalid operand') > 0 || msg.indexOf('invalid type') > 0)) return;
    this.errorCount++;
    this.diags.error(this.env.errpos ?? pos, msg, soft);
  }

  softError(pos: Pos, msg: string): void {
    this.error(pos, msg, true);
  }

  /** op prints an operand for a message. */
  op(x: Operand): string {
    return operandString(x, this.qualifier, (p) => this.fset.format(p));
  }

  /** ts prints a type for a message (qualified relative to this package). */
  ts(t: Type): string {
    return typeStringForMessage(t, this.qualifier, (p) => this.fset.format(p));
  }

  // -------------------------------------------------------------------------
  // Recording

  recordTypeAndValue(e: ast.Expr, mode: OperandMode, type: Type, val: ConstValue | undefined): void {
    if (isUntyped(type)) {
      this.untyped.set(e, { isLhs: false, mode, type, val });
      return;
    }
    this.info.types.set(e, mode === 'constant' ? { mode, type, value: val } : { mode, type });
  }

  recordDef(id: ast.Ident, obj: Obj): void {
    this.info.defs.set(id, obj);
  }

  recordUse(id: ast.Ident, obj: Obj): void {
    this.info.uses.set(id, obj);
  }

  recordScope(node: ast.Node, scope: Scope): void {
    this.info.scopes.set(node, scope);
  }

  /** later schedules f to run after the package-level declarations are checked. */
  later(f: () => void): void {
    this.delayed.push(f);
  }

  /** withEnv runs f with a modified environment and restores the previous one. */
  withEnv<T>(env: Partial<Environment>, f: () => T): T {
    const saved = this.env;
    this.env = { ...saved, ...env };
    try {
      return f();
    } finally {
      this.env = saved;
    }
  }

  /** inConstraint evaluates f, whose outermost type expression may be a constraint interface. */
  inConstraint<T>(f: () => T): T {
    const saved = this.constraintOK;
    this.constraintOK = true;
    try {
      return f();
    } finally {
      this.constraintOK = saved;
    }
  }

  /** addDep records that the current package-level declaration depends on obj. */
  addDep(obj: Obj): void {
    const d = this.env.decl;
    if (d && this.objMap.has(obj)) d.deps.add(obj);
  }
}
