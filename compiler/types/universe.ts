// This file implements the universe scope: the predeclared types (Typ, indexed
// by BasicKind), the byte/rune aliases, `error`, `any`, `comparable`, the
// constants true/false/iota, nil, and the builtin functions.

import { NoPos } from '../syntax/pos.js';
import type { Builtin, BuiltinName, Func, Obj, TypeName, Var } from './object.js';
import { Scope } from './object.js';
import type { Basic, Interface, Named, Signature, Type } from './type.js';
import { BasicKind } from './type.js';

function basic(kind: BasicKind, name: string): Basic {
  return { kind: 'Basic', basic: kind, name };
}

/** Typ holds the Basic singletons, indexed by BasicKind. */
export const Typ: readonly Basic[] = [
  basic(BasicKind.Invalid, 'invalid type'),
  basic(BasicKind.Bool, 'bool'),
  basic(BasicKind.Int, 'int'),
  basic(BasicKind.Int8, 'int8'),
  basic(BasicKind.Int16, 'int16'),
  basic(BasicKind.Int32, 'int32'),
  basic(BasicKind.Int64, 'int64'),
  basic(BasicKind.Uint, 'uint'),
  basic(BasicKind.Uint8, 'uint8'),
  basic(BasicKind.Uint16, 'uint16'),
  basic(BasicKind.Uint32, 'uint32'),
  basic(BasicKind.Uint64, 'uint64'),
  basic(BasicKind.Uintptr, 'uintptr'),
  basic(BasicKind.Float32, 'float32'),
  basic(BasicKind.Float64, 'float64'),
  basic(BasicKind.Complex64, 'complex64'),
  basic(BasicKind.Complex128, 'complex128'),
  basic(BasicKind.String, 'string'),
  basic(BasicKind.UnsafePointer, 'Pointer'),
  basic(BasicKind.UntypedBool, 'untyped bool'),
  basic(BasicKind.UntypedInt, 'untyped int'),
  basic(BasicKind.UntypedRune, 'untyped rune'),
  basic(BasicKind.UntypedFloat, 'untyped float'),
  basic(BasicKind.UntypedComplex, 'untyped complex'),
  basic(BasicKind.UntypedString, 'untyped string'),
  basic(BasicKind.UntypedNil, 'untyped nil'),
];

export const invalidType: Basic = Typ[BasicKind.Invalid]!;

/** The universe scope: parent of every package scope. */
export const universe = new Scope(undefined, 'universe');

function typeName(name: string, type: Type, isAlias = false): TypeName {
  return { kind: 'TypeName', name, pos: NoPos, pkg: undefined, type, isAlias };
}

function def(obj: Obj): void {
  universe.insert(obj);
}

for (const t of Typ) {
  if (t.basic === BasicKind.Invalid || t.basic === BasicKind.UnsafePointer || t.name.startsWith('untyped')) continue;
  def(typeName(t.name, t));
}

/** byte and rune are aliases of uint8 and int32: Basic objects of kind Uint8 and Int32
 * that only differ from the Typ singletons by name, so that messages say "byte" where
 * the source said byte, as gc does. Compare basic types by `.basic` or with identical(),
 * never with ===; typeString prints the canonical names (uint8, int32). */
export const universeByte: Basic = basic(BasicKind.Uint8, 'byte');
export const universeRune: Basic = basic(BasicKind.Int32, 'rune');
def(typeName('byte', universeByte, true));
def(typeName('rune', universeRune, true));

function newVar(name: string, type: Type): Var {
  return { kind: 'Var', name, pos: NoPos, pkg: undefined, type, isField: false, embedded: false, isGlobal: false };
}

/** The empty interface, the underlying type of `any`. */
export const emptyInterface: Interface = { kind: 'Interface', methods: [], embeddeds: [], allMethods: [] };
def(typeName('any', emptyInterface, true));

/** error is `interface{ Error() string }`. */
const errorObj = typeName('error', emptyInterface);
const errorIface: Interface = { kind: 'Interface', methods: [], embeddeds: [], allMethods: [] };
export const universeError: Named = { kind: 'Named', obj: errorObj, underlying: errorIface, methods: [] };
errorObj.type = universeError;
{
  const sig: Signature = {
    kind: 'Signature',
    recv: newVar('', universeError),
    params: { kind: 'Tuple', vars: [] },
    results: { kind: 'Tuple', vars: [newVar('', Typ[BasicKind.String]!)] },
    variadic: false,
  };
  const errorMethod: Func = { kind: 'Func', name: 'Error', pos: NoPos, pkg: undefined, type: sig };
  errorIface.methods.push(errorMethod);
  errorIface.allMethods!.push(errorMethod);
}
def(errorObj);

/** comparable is the interface of all comparable types (constraint only). */
const comparableObj = typeName('comparable', emptyInterface);
export const universeComparable: Named = {
  kind: 'Named',
  obj: comparableObj,
  underlying: { kind: 'Interface', methods: [], embeddeds: [], allMethods: [], isComparable: true },
  methods: [],
};
comparableObj.type = universeComparable;
def(comparableObj);

def({ kind: 'Const', name: 'true', pos: NoPos, pkg: undefined, type: Typ[BasicKind.UntypedBool]!, value: { kind: 'bool', value: true } });
def({ kind: 'Const', name: 'false', pos: NoPos, pkg: undefined, type: Typ[BasicKind.UntypedBool]!, value: { kind: 'bool', value: false } });
/** iota's value is given by the constant declaration being checked. */
export const universeIota: Obj = { kind: 'Const', name: 'iota', pos: NoPos, pkg: undefined, type: Typ[BasicKind.UntypedInt]!, value: { kind: 'int', value: 0n } };
def(universeIota);
def({ kind: 'Nil', name: 'nil', pos: NoPos, pkg: undefined });

const builtinNames: BuiltinName[] = [
  'append', 'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make',
  'max', 'min', 'new', 'panic', 'print', 'println', 'real', 'recover',
];
for (const name of builtinNames) {
  const b: Builtin = { kind: 'Builtin', name, pos: NoPos, pkg: undefined, builtin: name };
  def(b);
}

/** testUniverse adds types2's test-only builtins assert and trace to the universe (CheckConfig.testBuiltins). */
export const testUniverse = new Scope(universe, 'test universe');
for (const name of ['assert', 'trace'] as const) {
  const b: Builtin = { kind: 'Builtin', name, pos: NoPos, pkg: undefined, builtin: name };
  testUniverse.insert(b);
}
