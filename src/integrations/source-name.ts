import { relative } from 'node:path';
import type { VFile } from 'vfile';

/** The file a Markdown plugin is working on, relative to the project, for build errors. Node-only. */
export const sourceName = (file: VFile): string => (file.path ? relative(process.cwd(), file.path) : 'a question file');
