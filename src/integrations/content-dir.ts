/**
 * Where content files are read from. `CONTENT_DIR` overrides the question folder and
 * `PRACTICE_DIR` the folder holding `drills/` and `worksheets/`, so that tests can build the real
 * site from fixture banks and the benchmark from synthetic ones. Node-only.
 */
import { join, resolve } from 'node:path';

export const QUESTIONS_DIR = resolve(process.env.CONTENT_DIR || 'content/questions');
const PRACTICE_DIR = resolve(process.env.PRACTICE_DIR || 'content');
export const DRILLS_DIR = join(PRACTICE_DIR, 'drills');
export const WORKSHEETS_DIR = join(PRACTICE_DIR, 'worksheets');
