// This file implements the built-in package "unsafe": the Pointer type and
// the functions Sizeof, Alignof, Offsetof, Add, Slice, SliceData, String and
// StringData (checked in builtins.ts). The importer is never asked for it.

import { NoPos } from '../syntax/pos.js';
import type { Builtin, BuiltinName, Package, TypeName } from './object.js';
import { Scope } from './object.js';
import { BasicKind } from './type.js';
import { Typ, universe } from './universe.js';

export const unsafePackage: Package = {
  path: 'unsafe',
  name: 'unsafe',
  scope: new Scope(universe, 'package unsafe'),
  imports: [],
  complete: true,
};

const pointer: TypeName = { kind: 'TypeName', name: 'Pointer', pos: NoPos, pkg: unsafePackage, type: Typ[BasicKind.UnsafePointer]!, isAlias: false };
unsafePackage.scope.insert(pointer);

const funcs: BuiltinName[] = ['Add', 'Alignof', 'Offsetof', 'Sizeof', 'Slice', 'SliceData', 'String', 'StringData'];
for (const name of funcs) {
  const b: Builtin = { kind: 'Builtin', name, pos: NoPos, pkg: unsafePackage, builtin: name };
  unsafePackage.scope.insert(b);
}
