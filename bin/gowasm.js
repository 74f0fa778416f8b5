#!/usr/bin/env node
// This file is the `gowasm` command: it runs the compiled CLI (dist/, built by `npm run build`).
import { main } from '../dist/cli/main.js';

await main(process.argv.slice(2));
