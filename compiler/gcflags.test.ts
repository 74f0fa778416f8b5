// Tests of -gcflags parsing (gcflags.ts): the go command's [pattern=]flags
// syntax, -d lists, and the refusal of every flag gowasm does not implement.

import { parseGcflags } from './gcflags.js';

test('-d=maymorestack applies to package main, or to the pattern given', () => {
  expect(parseGcflags(['-d=maymorestack=main.hook'])).toEqual({ flags: { maymorestack: { hook: 'main.hook', packages: ['main'] } } });
  expect(parseGcflags(['all=-d=maymorestack=main.hook'])).toEqual({ flags: { maymorestack: { hook: 'main.hook', packages: 'all' } } });
  expect(parseGcflags(['example.com/p=-d maymorestack=example.com/p.H'])).toEqual({
    flags: { maymorestack: { hook: 'example.com/p.H', packages: ['example.com/p'] } },
  });
  expect(parseGcflags(["-d 'maymorestack=main.a'", '-d=maymorestack=main.b'])).toEqual({ flags: { maymorestack: { hook: 'main.b', packages: ['main'] } } });
  expect(parseGcflags([])).toEqual({ flags: {} });
});

test('flags gowasm does not implement are errors, never ignored', () => {
  expect(parseGcflags(['-l'])).toEqual({ error: '-gcflags: -l is not yet supported' });
  expect(parseGcflags(['all=-N -l'])).toEqual({ error: '-gcflags: -N is not yet supported' });
  expect(parseGcflags(['-d=checkptr'])).toEqual({ error: '-gcflags: -d=checkptr is not yet supported' });
  expect(parseGcflags(['-d=maymorestack=hook'])).toEqual({ error: '-gcflags: -d=maymorestack wants a function as PKG.NAME, not "hook"' });
  expect(parseGcflags(['./...=-d=maymorestack=main.h'])).toEqual({ error: '-gcflags: package pattern ./... is not yet supported (use all or an import path)' });
  expect(parseGcflags(["-d='x"])).toEqual({ error: "-gcflags=-d='x: unterminated quote" });
});
