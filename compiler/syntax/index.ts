// This file is the public surface of compiler/syntax: parseFile, the AST
// namespace, positions, diagnostics, the scanner's token set and a printer.

import type * as ast from './ast.js';
import type { DiagnosticList } from './diagnostics.js';
import type { FileSet } from './pos.js';
import { Parser } from './parser.js';
import { parseSourceFile } from './parse-decl.js';

export * as ast from './ast.js';
export type * from './ast.js';
export { NoPos, FileSet, SourceFile } from './pos.js';
export type { Pos, Position } from './pos.js';
export { DiagnosticList, InternalError, UnsupportedError, assert, assertNever } from './diagnostics.js';
export type { Diagnostic } from './diagnostics.js';
export { Token, tokenText, keywords } from './tokens.js';
export { Scanner } from './scanner.js';
export { exprString, stmtString } from './printer.js';
export { gcPos } from './nodepos.js';

/** parseFile parses one Go source file, registering it in fset. Syntax errors go to diags
 * (gc's wording and positions); a File is always returned, possibly partial. Never throws on bad input. */
export function parseFile(fset: FileSet, filename: string, src: Uint8Array, diags: DiagnosticList): ast.File {
  const sf = fset.addFile(filename, src.length);
  const p = new Parser(sf, src, diags);
  return parseSourceFile(p, filename);
}
