// This file defines the SSA intermediate representation: Program, Package,
// Function, BasicBlock, and every Value and Instruction, as discriminated
// unions on `kind`. The naming and semantics follow golang.org/x/tools/go/ssa,
// so its documentation doubles as ours. Each kind's comment gives its printed
// form (ssa/print.ts emits exactly that).
//
// Conventions:
//  - A value-producing instruction has `id` (its register number, printed tN)
//    and `type`. Registers are numbered per function in block order.
//  - Operands are Values: constants, globals, functions, parameters, free
//    variables, or value-producing instructions.
//  - Types are the checker's types (compiler/types/type.ts), after
//    instantiation: no TypeParam appears in a function the backend lowers.
//  - Every block ends with exactly one control instruction: Jump, If, Return
//    or Panic. Phis come first in a block, one edge per predecessor, in the
//    order of `preds`.
//  - Runtime checks are implicit: IndexAddr/Index/Slice check bounds,
//    FieldAddr/IndexAddr/UnOp('*')/Store through a possibly-nil pointer check
//    nil, BinOp '/' and '%' on integers check for zero, TypeAssert without
//    commaOk panics on failure. The backend emits these checks with Go's
//    messages.

import type { FileSet, Pos } from '../syntax/pos.js';
import type { ConstValue } from '../types/constant.js';
import type * as types from '../types/object.js';
import type { Signature, Type } from '../types/type.js';

// ---------------------------------------------------------------------------
// Program structure

export interface Program {
  readonly packages: Package[]; // in dependency order: runtime first, main last
  /** Every function with a body or an external declaration, including closures and wrappers. */
  readonly functions: Function[];
  /** Lookup of package-level functions and methods by their link name (see Function.name). */
  readonly byName: Map<string, Function>;
  /** Set by the lazy builder (index.ts): the functions reach.ts found reachable from the inits,
   * main.main and package runtime, so the backend need not walk the program again. */
  reachable?: Function[];
  /** The GOEXPERIMENT settings the program is compiled with (set by the driver): `fieldtrack`
   * makes methods declared `//go:nointerface` leave interface method tables (typeinfo.ts). */
  experiments?: ReadonlySet<string>;
  /** The positions' files (the backend's call-site table resolves lines: wasm/traceback.ts). */
  fset?: FileSet;
}

export interface Package {
  readonly path: string; // import path; "main" for the program
  readonly name: string;
  readonly globals: Global[];
  readonly functions: Function[]; // package-level functions and methods (not closures)
  /** The synthesized `init` function: runs package-level var initializers, then each `func init()` in order. */
  readonly init: Function;
}

/** Global is a package-level variable. As a Value it is the variable's address.
 * Printed form: `name` (e.g. `main.counter`). */
export interface Global {
  readonly kind: 'Global';
  readonly name: string; // link name: "pkgpath.name"
  readonly type: Type; // *T
  readonly object: types.Var;
  readonly pkg: string;
  /** Target of a `//go:linkname name target` directive on the variable's declaration: the
   * variable is that one (math/bits.overflowError is runtime.overflowError; link.ts). */
  readonly linkname?: string;
}

/** Function is a function body in SSA form, or an external function (no blocks).
 * As a Value it is the function itself (a func value with no free variables).
 * Printed form as an operand: its name.
 *
 * Link names:  "pkgpath.Func", "pkgpath.Type.Method" (value receiver),
 * "pkgpath.(*Type).Method" (pointer receiver), "pkgpath.outer$1" (closures,
 * numbered in source order, nested ones "outer$1$1"), "pkgpath.init",
 * "pkgpath.init#1" for the i-th user init function, and wrappers as go/ssa
 * names them ("pkgpath.(*T).M" wrapping a value method, "pkgpath.T.M$bound"
 * for method values, "pkgpath.T.M$thunk" for method expressions).
 * Generic instantiations append the type arguments: "pkgpath.Map[int,string]". */
export interface Function {
  readonly kind: 'Function';
  readonly name: string;
  /** The function's signature; for methods, the receiver is also params[0]. */
  readonly type: Signature;
  readonly pos: Pos;
  readonly pkg: string;
  /** The source object for package-level functions and methods; absent for closures, wrappers, init. */
  readonly object?: types.Func;
  /** Parameters; for a method, the receiver is params[0]. */
  readonly params: Parameter[];
  /** For closures: the captured variables, each a pointer to the captured variable (or its value if never reassigned). */
  readonly freeVars: FreeVar[];
  /** Empty for external functions. blocks[0] is the entry. If the function
   * has a recover() target, `recoverBlock` is where execution resumes after a
   * recovered panic (it loads the named results and returns them). */
  readonly blocks: BasicBlock[];
  recoverBlock?: BasicBlock;
  /** Closures created inside this function (for printing and for the call graph). */
  readonly anonFuncs: Function[];
  readonly parent?: Function;
  /** //go: directives of the declaration: go:wasmimport, go:linkname, go:noinline, ... */
  readonly directives: { readonly name: string; readonly args: string[] }[];
  /** For external functions: why there is no body. */
  readonly external?: 'wasmimport' | 'intrinsic' | 'linkname';
  /** Set when the body uses a construct the builder does not support yet (std and override
   * packages only; see buildDeferred in index.ts): the function is left bodyless and the
   * backend reports `what is not yet supported` at pos if it reaches it. */
  unsupported?: { readonly pos: Pos; readonly what: string };
  /** Set on functions the lazy builder never reached (their body was not built: index.ts). */
  unbuilt?: boolean;
  /** Set on synthetic forwarders to a method (method-set wrappers, `$bound`, `$thunk`): for
   * recover() they are transparent, as Go's wrappers are. */
  wrapper?: boolean;
  /** A wrapper (*T).M of a value method T.M: called with a nil receiver it panics with this
   * message ("value method main.T.M called using nil *T pointer"), as Go's wrappers do. */
  nilReceiverPanic?: string;
}

export interface BasicBlock {
  readonly index: number;
  readonly comment: string; // e.g. "for.body", "if.then" — printed after the index
  readonly instrs: Instruction[];
  readonly preds: BasicBlock[];
  readonly succs: BasicBlock[];
}

// ---------------------------------------------------------------------------
// Values that are not instructions

/** Const is a constant of any basic type, or the zero value of any type (value undefined):
 * nil for pointers, slices, maps, chans, funcs and interfaces; zero structs and arrays.
 * Printed form: `1:int`, `"hi":string`, `nil:*T`, `{}:T` (zero aggregate). */
export interface Const {
  readonly kind: 'Const';
  readonly type: Type;
  readonly value: ConstValue | undefined;
}

/** Parameter of a function. Printed form: its name. */
export interface Parameter {
  readonly kind: 'Parameter';
  readonly name: string;
  readonly type: Type;
  readonly object?: types.Var;
  readonly index: number;
}

/** FreeVar is a captured variable inside a closure. Printed form: its name. */
export interface FreeVar {
  readonly kind: 'FreeVar';
  readonly name: string;
  readonly type: Type;
  readonly index: number;
}

/** Builtin is a builtin function used as a call target (never as a first-class value).
 * Printed form: its name, e.g. `len`. */
export interface Builtin {
  readonly kind: 'Builtin';
  readonly name: types.BuiltinName;
  readonly type: Signature; // the signature at this call site, with concrete types
}

// ---------------------------------------------------------------------------
// Instructions

interface InstrBase {
  readonly pos: Pos;
  block?: BasicBlock; // set when the instruction is placed in a block
}

interface ValueBase extends InstrBase {
  id: number; // register number tN, assigned by numberRegisters
  readonly type: Type;
}

/** Alloc reserves zeroed space for a value of type T; its type is *T.
 * `heap` is false when escape analysis proved it does not outlive the call.
 * Printed form: `t0 = local T (comment)` or `t0 = new T (comment)`. */
export interface Alloc extends ValueBase {
  readonly kind: 'Alloc';
  heap: boolean;
  readonly comment: string; // variable name or "complit", "slicelit", "varargs", ...
}

/** Phi merges values from predecessors. Printed form: `t3 = phi [0: t1, 2: t2] #x`. */
export interface Phi extends ValueBase {
  readonly kind: 'Phi';
  edges: Value[]; // one per block.preds, same order
  readonly comment: string;
}

/** CallCommon is shared by Call, Go and Defer.
 *  - mode 'call':   static call of a Function, or dynamic call of a func value (closure).
 *  - mode 'invoke': interface method call: `value` is the interface, `method` the abstract method.
 *  - mode 'builtin': value is a Builtin. */
export type CallCommon =
  | { readonly mode: 'call'; readonly value: Value; readonly args: Value[] }
  | { readonly mode: 'invoke'; readonly value: Value; readonly method: types.Func; readonly args: Value[] }
  | { readonly mode: 'builtin'; readonly value: Builtin; readonly args: Value[] };

/** Call. Its type is the single result type, or a Tuple for several results (use Extract),
 * or an empty Tuple for none. Printed form: `t2 = f(t0, t1)`, `t2 = invoke t0.String()`, `t2 = len(t1)`. */
export interface Call extends ValueBase {
  readonly kind: 'Call';
  readonly call: CallCommon;
}

export type BinaryOpKind =
  | '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>' | '&^'
  | '==' | '!=' | '<' | '<=' | '>' | '>=';

/** BinOp. Operands have the same type, except shifts (y is any unsigned or signed integer;
 * a negative signed count panics). Comparisons have type bool (or the untyped-bool-converted
 * boolean type of the expression). `+` and comparisons also apply to strings, `==`/`!=` to every
 * comparable type (structs, arrays, interfaces, pointers, chans, interface-vs-concrete after MakeInterface).
 * Printed form: `t3 = t1 + t2`. */
export interface BinOp extends ValueBase {
  readonly kind: 'BinOp';
  readonly op: BinaryOpKind;
  readonly x: Value;
  readonly y: Value;
}

/** UnOp: `-x`, `^x`, `!x`, `*x` (load through pointer), `<-x` (receive; commaOk yields (T, bool)).
 * Printed form: `t1 = *t0`, `t1 = -t0`, `t1 = <-t0`, `t1 = <-t0,ok`. */
export interface UnOp extends ValueBase {
  readonly kind: 'UnOp';
  readonly op: '-' | '^' | '!' | '*' | '<-';
  readonly x: Value;
  readonly commaOk: boolean;
}

/** Convert between basic types, string<->[]byte/[]rune, integer->string, unsafe.Pointer<->*T/uintptr,
 * slice->array. Printed form: `t1 = convert int64 <- int (t0)`. */
export interface Convert extends ValueBase {
  readonly kind: 'Convert';
  readonly x: Value;
}

/** ChangeType converts between types with identical underlying types (no representation change).
 * Printed form: `t1 = changetype T <- U (t0)`. */
export interface ChangeType extends ValueBase {
  readonly kind: 'ChangeType';
  readonly x: Value;
}

/** MakeInterface boxes a concrete value into an interface type. Printed form: `t1 = make error <- *T (t0)`. */
export interface MakeInterface extends ValueBase {
  readonly kind: 'MakeInterface';
  readonly x: Value;
}

/** ChangeInterface converts an interface value to another interface type known to be satisfied. */
export interface ChangeInterface extends ValueBase {
  readonly kind: 'ChangeInterface';
  readonly x: Value;
}

/** MakeClosure creates a func value from a Function with free variables.
 * Printed form: `t2 = make closure main.f$1 [t0, t1]`. */
export interface MakeClosure extends ValueBase {
  readonly kind: 'MakeClosure';
  readonly fn: Function;
  readonly bindings: Value[];
}

/** MakeSlice: make([]T, len, cap). Printed form: `t2 = make []int t0 t1`. */
export interface MakeSlice extends ValueBase {
  readonly kind: 'MakeSlice';
  readonly len: Value;
  readonly cap: Value;
}

/** MakeMap: make(map[K]V[, reserve]). Printed form: `t1 = make map[string]int t0`. */
export interface MakeMap extends ValueBase {
  readonly kind: 'MakeMap';
  readonly reserve?: Value;
}

/** MakeChan: make(chan T, size). Printed form: `t1 = make chan int t0`. */
export interface MakeChan extends ValueBase {
  readonly kind: 'MakeChan';
  readonly size: Value;
}

/** Slice: x[low:high:max] of a string, a slice, or a pointer to an array.
 * Printed form: `t3 = slice t0[t1:t2]`. */
export interface Slice extends ValueBase {
  readonly kind: 'Slice';
  readonly x: Value;
  readonly low?: Value;
  readonly high?: Value;
  readonly max?: Value;
}

/** SliceToArrayPointer: (*[N]T)(s); panics if len(s) < N. */
export interface SliceToArrayPointer extends ValueBase {
  readonly kind: 'SliceToArrayPointer';
  readonly x: Value;
}

/** FieldAddr: &x.f where x is a pointer to a struct. Printed form: `t1 = &t0.name [#2]`. */
export interface FieldAddr extends ValueBase {
  readonly kind: 'FieldAddr';
  readonly x: Value;
  readonly field: number;
}

/** Field: x.f where x is a struct value. Printed form: `t1 = t0.name [#2]`. */
export interface Field extends ValueBase {
  readonly kind: 'Field';
  readonly x: Value;
  readonly field: number;
}

/** IndexAddr: &x[i] where x is a slice or a pointer to an array. Printed form: `t2 = &t0[t1]`. */
export interface IndexAddr extends ValueBase {
  readonly kind: 'IndexAddr';
  readonly x: Value;
  readonly index: Value;
}

/** Index: x[i] where x is an array value or a string (yields a byte). Printed form: `t2 = t0[t1]`. */
export interface Index extends ValueBase {
  readonly kind: 'Index';
  readonly x: Value;
  readonly index: Value;
}

/** Lookup: m[k] of a map; with commaOk its type is (V, bool). Printed form: `t2 = t0[t1],ok`. */
export interface Lookup extends ValueBase {
  readonly kind: 'Lookup';
  readonly x: Value;
  readonly index: Value;
  readonly commaOk: boolean;
}

/** Extract: the i-th component of a tuple-typed value. Printed form: `t2 = extract t1 #0`. */
export interface Extract extends ValueBase {
  readonly kind: 'Extract';
  readonly tuple: Value;
  readonly index: number;
}

/** TypeAssert: x.(T); with commaOk its type is (T, bool) and it never panics.
 * Printed form: `t1 = typeassert t0.(T)` or `typeassert,ok`. */
export interface TypeAssert extends ValueBase {
  readonly kind: 'TypeAssert';
  readonly x: Value;
  readonly assertedType: Type;
  readonly commaOk: boolean;
}

/** Range starts iterating a string or a map; its value is an opaque iterator (type: an
 * empty Tuple is used as a placeholder type). Printed form: `t1 = range t0`. */
export interface Range extends ValueBase {
  readonly kind: 'Range';
  readonly x: Value;
}

/** DeferFrame gives the function a defer frame token (type unsafe.Pointer), emitted in the
 * entry block of a function one of whose range-over-func loop bodies defers a call: its
 * defers, and those of the loop bodies (other functions), name the token with `at`, so that
 * they run when this function returns. Printed form: `t0 = deferframe`. */
export interface DeferFrame extends ValueBase {
  readonly kind: 'DeferFrame';
}

/** Next advances an iterator from Range; its type is (ok bool, k K, v V).
 * For strings k is the byte index (int) and v the rune (int32).
 * Printed form: `t2 = next t1`. */
export interface Next extends ValueBase {
  readonly kind: 'Next';
  readonly iter: Value;
  readonly isString: boolean;
}

/** SelectState is one case of a Select. */
export interface SelectState {
  readonly dir: 'send' | 'recv';
  readonly chan: Value;
  readonly send?: Value;
  readonly pos: Pos;
}

/** Select: its type is (index int, recvOk bool, r0 T0, r1 T1, ...) with one r per receive case.
 * index is -1 when the default case was chosen. Printed form: `t3 = select blocking [<-t0, t1<-t2]`. */
export interface Select extends ValueBase {
  readonly kind: 'Select';
  readonly states: SelectState[];
  readonly blocking: boolean;
}

export type ValueInstruction =
  | Alloc | Phi | Call | BinOp | UnOp | Convert | ChangeType | MakeInterface | ChangeInterface
  | MakeClosure | MakeSlice | MakeMap | MakeChan | Slice | SliceToArrayPointer | FieldAddr | Field
  | IndexAddr | Index | Lookup | Extract | TypeAssert | Range | Next | Select | DeferFrame;

// Instructions that produce no value.

/** Store *addr = val. Printed form: `*t0 = t1`. */
export interface Store extends InstrBase {
  readonly kind: 'Store';
  readonly addr: Value;
  readonly val: Value;
}

/** MapUpdate m[k] = v. Printed form: `t0[t1] = t2`. */
export interface MapUpdate extends InstrBase {
  readonly kind: 'MapUpdate';
  readonly map: Value;
  readonly key: Value;
  readonly value: Value;
}

/** Send ch <- v. Printed form: `send t0 <- t1`. */
export interface Send extends InstrBase {
  readonly kind: 'Send';
  readonly chan: Value;
  readonly x: Value;
}

/** Defer pushes a deferred call. Printed form: `defer f(t0)`; with a frame token (see
 * DeferFrame), `defer f(t0) at t1`: the call is added to the frame of the function that made
 * the token (the body of a range-over-func loop defers into its enclosing function). */
export interface Defer extends InstrBase {
  readonly kind: 'Defer';
  readonly call: CallCommon;
  readonly frame?: Value;
}

/** Go starts a goroutine. Printed form: `go f(t0)`. */
export interface Go extends InstrBase {
  readonly kind: 'Go';
  readonly call: CallCommon;
}

/** RunDefers runs the deferred calls of the current frame (before Return). Printed form: `rundefers`. */
export interface RunDefers extends InstrBase {
  readonly kind: 'RunDefers';
}

/** Jump to the single successor. Printed form: `jump 3`. */
export interface Jump extends InstrBase {
  readonly kind: 'Jump';
}

/** If: succs[0] when cond is true, else succs[1]. Printed form: `if t0 goto 1 else 2`. */
export interface If extends InstrBase {
  readonly kind: 'If';
  readonly cond: Value;
}

/** Return the results (zero, one or several values; not a tuple). Printed form: `return t0, t1`. */
export interface Return extends InstrBase {
  readonly kind: 'Return';
  readonly results: Value[];
}

/** Panic with an interface value (`any`); ends the block. Printed form: `panic t0`.
 * With runtimeError, x is a string, the whole message of a run-time error whose value
 * recover() returns as a runtime.Error (the range-over-func state checks raise these).
 * Printed form: `panic runtime error t0`. */
export interface Panic extends InstrBase {
  readonly kind: 'Panic';
  readonly x: Value;
  readonly runtimeError?: boolean;
}

export type ControlInstruction = Jump | If | Return | Panic;
export type Instruction = ValueInstruction | Store | MapUpdate | Send | Defer | Go | RunDefers | ControlInstruction;

/** Value: anything usable as an operand. */
export type Value = Const | Global | Function | Parameter | FreeVar | Builtin | ValueInstruction;

export function isValueInstruction(i: Instruction): i is ValueInstruction {
  return 'id' in i;
}
