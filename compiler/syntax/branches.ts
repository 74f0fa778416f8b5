// This file implements the branch checks gc performs right after parsing each
// function body: labels defined and not used or defined twice, undefined
// labels, misplaced break/continue/fallthrough, invalid break/continue
// labels, and gotos that jump into a block or over a variable declaration.

import type * as ast from './ast.js';
import type { Pos, SourceFile } from './pos.js';

type Report = (pos: Pos, msg: string) => void;

interface Label {
  readonly ident: ast.Ident;
  readonly block: Block;
  readonly stmt: ast.LabeledStmt;
  used: boolean;
}

interface Block {
  readonly parent: Block | undefined;
  readonly start: Pos;
  readonly lstmt: ast.LabeledStmt | undefined; // the labeled statement whose statement owns this block
}

/** Context of the innermost enclosing break/continue targets. */
interface Ctxt {
  readonly breaks: ast.Stmt | undefined; // innermost for/switch/select
  readonly continues: ast.Stmt | undefined; // innermost for
  readonly caseIndex: number; // index of the current case clause in a switch, or -1
}

/** checkBranches reports branch errors in one function body (function literals are checked on their own). */
export function checkBranches(body: ast.BlockStmt, file: SourceFile, report: Report): void {
  const labels = new Map<string, Label>();
  const c = new Checker(labels, file, report);
  const fwd = c.block(undefined, { breaks: undefined, continues: undefined, caseIndex: -1 }, undefined, body.pos, body.stmts);
  for (const g of fwd) {
    const name = g.label!.name;
    const l = labels.get(name);
    if (l) {
      l.used = true;
      c.report(g.label!.pos, `goto ${name} jumps into block starting at ${c.fmt(l.block.start)}`);
    } else c.report(g.label!.pos, `label ${name} not defined`);
  }
  for (const l of labels.values()) {
    if (!l.used) report(l.ident.pos, `label ${l.ident.name} defined and not used`);
  }
}

class Checker {
  constructor(
    private readonly labels: Map<string, Label>,
    private readonly file: SourceFile,
    readonly report: Report,
  ) {}

  fmt(pos: Pos): string {
    const p = this.file.position(pos - this.file.base);
    return `${p.filename}:${p.line}:${p.column}`;
  }

  private declare(b: Block, s: ast.LabeledStmt): Label | undefined {
    const name = s.label.name;
    if (name === '_') return undefined;
    const alt = this.labels.get(name);
    if (alt) {
      this.report(s.label.pos, `label ${name} already defined at ${this.fmt(alt.ident.pos)}`);
      return alt;
    }
    const l: Label = { ident: s.label, block: b, stmt: s, used: false };
    this.labels.set(name, l);
    return l;
  }

  /** enclosingTarget returns the labeled statement named name that encloses block b, if any.
   * A reference marks the label used even when it is not a valid target. */
  private enclosingTarget(b: Block | undefined, name: string): ast.LabeledStmt | undefined {
    const l = this.labels.get(name);
    if (!l) return undefined;
    l.used = true;
    for (; b; b = b.parent) if (b.lstmt === l.stmt) return l.stmt;
    return undefined;
  }

  /** isBlockOf reports whether target is enclosing block b (or b itself). */
  private encloses(target: Block, b: Block): boolean {
    for (let x: Block | undefined = b; x; x = x.parent) if (x === target) return true;
    return false;
  }

  /** block checks a statement list; it returns the forward gotos not resolved inside it. */
  block(parent: Block | undefined, ctxt: Ctxt, lstmt: ast.LabeledStmt | undefined, start: Pos, list: ast.Stmt[]): ast.BranchStmt[] {
    const b: Block = { parent, start, lstmt };
    let varPos = 0;
    let varName = '';
    let fwdGotos: ast.BranchStmt[] = [];
    let badGotos: ast.BranchStmt[] = [];
    const recordVarDecl = (pos: Pos, name: string): void => {
      varPos = pos;
      varName = name;
      badGotos = fwdGotos.slice();
    };
    let curLstmt: ast.LabeledStmt | undefined; // innermost label of the current statement
    const innerBlock = (c: Ctxt, start: Pos, body: ast.Stmt[]): void => {
      for (const g of this.block(b, c, curLstmt, start, body)) {
        // a forward goto from an inner block may target a label of this block
        fwdGotos.push(g);
      }
    };
    // trailing empty statements do not count (a fallthrough may precede them)
    let count = list.length;
    while (count > 0 && list[count - 1]!.kind === 'EmptyStmt') count--;
    for (let i = 0; i < list.length; i++) {
      let s: ast.Stmt = list[i]!;
      curLstmt = undefined;
      while (s.kind === 'LabeledStmt') {
        const l = this.declare(b, s);
        if (l) {
          // resolve forward gotos to this label
          const rest: ast.BranchStmt[] = [];
          for (const g of fwdGotos) {
            if (g.label!.name !== l.ident.name) {
              rest.push(g);
              continue;
            }
            l.used = true;
            if (varPos !== 0 && badGotos.includes(g)) {
              this.report(g.label!.pos, `goto ${l.ident.name} jumps over declaration of ${varName} at ${this.fmt(varPos)}`);
            }
          }
          fwdGotos = rest;
          curLstmt = s;
        }
        s = s.stmt;
      }
      this.stmt(b, ctxt, s, i, count, fwdGotos, recordVarDecl, innerBlock);
    }
    return fwdGotos;
  }

  private stmt(
    b: Block,
    ctxt: Ctxt,
    s: ast.Stmt,
    index: number,
    count: number,
    fwdGotos: ast.BranchStmt[],
    recordVarDecl: (pos: Pos, name: string) => void,
    inner: (c: Ctxt, start: Pos, body: ast.Stmt[]) => void,
  ): void {
    const nested: Ctxt = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
    switch (s.kind) {
      case 'DeclStmt':
        if (s.decl.tok === 'var') {
          for (const sp of s.decl.specs) if (sp.kind === 'ValueSpec') recordVarDecl(sp.names[0]!.pos, sp.names[0]!.name);
        }
        return;
      case 'AssignStmt':
        if (s.tok === ':=' && s.lhs[0]!.kind === 'Ident') recordVarDecl(s.tokPos, s.lhs[0]!.name);
        return;
      case 'BranchStmt':
        this.branch(b, ctxt, s, index, count, fwdGotos);
        return;
      case 'BlockStmt':
        inner(nested, s.pos, s.stmts);
        return;
      case 'IfStmt': {
        let x: ast.IfStmt | ast.BlockStmt | undefined = s;
        while (x) {
          if (x.kind === 'BlockStmt') {
            inner(nested, x.pos, x.stmts);
            break;
          }
          inner(nested, x.body.pos, x.body.stmts);
          x = x.else;
        }
        return;
      }
      case 'SwitchStmt':
      case 'TypeSwitchStmt':
      case 'SelectStmt': {
        const clauses: (ast.CaseClause | ast.CommClause)[] = s.body;
        clauses.forEach((cc, i) => {
          inner({ breaks: s, continues: ctxt.continues, caseIndex: s.kind === 'SelectStmt' ? -1 : i }, cc.pos, cc.body);
        });
        return;
      }
      case 'ForStmt':
      case 'RangeStmt':
        inner({ breaks: s, continues: s, caseIndex: -1 }, s.body.pos, s.body.stmts);
        return;
      default:
        return;
    }
  }

  private branch(b: Block, ctxt: Ctxt, s: ast.BranchStmt, index: number, count: number, fwdGotos: ast.BranchStmt[]): void {
    const name = s.label?.name;
    switch (s.tok) {
      case 'break':
        if (name === undefined) {
          if (!ctxt.breaks) this.report(s.pos, 'break is not in a loop, switch, or select');
          return;
        }
        this.labelRef(b, s, name, 'break');
        return;
      case 'continue':
        if (name === undefined) {
          if (!ctxt.continues) this.report(s.pos, 'continue is not in a loop');
          return;
        }
        this.labelRef(b, s, name, 'continue');
        return;
      case 'fallthrough': {
        let msg = 'fallthrough statement out of place';
        const t = ctxt.breaks;
        if (t && (t.kind === 'SwitchStmt' || t.kind === 'TypeSwitchStmt')) {
          if (t.kind === 'TypeSwitchStmt') msg = 'cannot fallthrough in type switch';
          else if (ctxt.caseIndex < 0 || index + 1 < count) {
            // fallthrough nested in a block or not the last statement
          } else if (ctxt.caseIndex + 1 === t.body.length) msg = 'cannot fallthrough final case in switch';
          else return; // ok
        }
        this.report(s.pos, msg);
        return;
      }
      case 'goto': {
        if (name === undefined) return;
        const l = this.labels.get(name);
        if (l) {
          // backward goto
          l.used = true;
          if (!this.encloses(l.block, b)) this.report(s.label!.pos, `goto ${name} jumps into block starting at ${this.fmt(l.block.start)}`);
        } else fwdGotos.push(s);
        return;
      }
    }
  }

  private labelRef(b: Block, s: ast.BranchStmt, name: string, tok: 'break' | 'continue'): void {
    const t = this.enclosingTarget(b, name);
    if (t) {
      const st = t.stmt;
      const ok = tok === 'break'
        ? st.kind === 'ForStmt' || st.kind === 'RangeStmt' || st.kind === 'SwitchStmt' || st.kind === 'TypeSwitchStmt' || st.kind === 'SelectStmt'
        : st.kind === 'ForStmt' || st.kind === 'RangeStmt';
      if (!ok) this.report(s.label!.pos, `invalid ${tok} label ${name}`);
      return;
    }
    if (this.labels.has(name)) this.report(s.label!.pos, `invalid ${tok} label ${name}`);
    else this.report(s.label!.pos, `${tok} label not defined: ${name}`);
  }
}
