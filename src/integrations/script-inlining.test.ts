import { describe, expect, it } from 'vitest';
import { inlineOnlyTheLoader } from './script-inlining';

describe('inlineOnlyTheLoader', () => {
	it('keeps component scripts as files', () => {
		expect(inlineOnlyTheLoader('_astro/ThemeSelect.astro_astro_type_script_index_0_lang.3b9tRZBf.js')).toBe(false);
		expect(inlineOnlyTheLoader('_astro/page.BxQ1.js')).toBe(false);
	});

	it('leaves the loader, and assets that are not scripts, to the size limit', () => {
		expect(inlineOnlyTheLoader('_astro/LoadLater.astro_astro_type_script_index_0_lang.Dk2s.js')).toBeUndefined();
		expect(inlineOnlyTheLoader('_astro/index.BtuMqKRF.css')).toBeUndefined();
		expect(inlineOnlyTheLoader('_astro/icon.svg')).toBeUndefined();
	});
});
