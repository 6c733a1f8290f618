/**
 * Where question files are read from. `CONTENT_DIR` overrides it so that tests can build the real
 * site from fixture banks and the benchmark from synthetic ones. Node-only.
 */
import { resolve } from 'node:path';

export const QUESTIONS_DIR = resolve(process.env.CONTENT_DIR || 'content/questions');
