import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest';

const options = { name: 'SRE Prep', shortName: 'SRE Prep', description: 'd', backgroundColor: '#fff', themeColor: '#000' };

describe('webManifest()', () => {
	it('keeps the start URL, scope, id and icons under a subpath base', () => {
		const manifest = webManifest({ ...options, base: '/sre-prep' });
		expect([manifest.id, manifest.start_url, manifest.scope]).toEqual(['/sre-prep/', '/sre-prep/', '/sre-prep/']);
		expect(manifest.icons.map((icon) => icon.src)).toEqual([
			'/sre-prep/icons/icon.svg',
			'/sre-prep/icons/icon-192.png',
			'/sre-prep/icons/icon-512.png',
			'/sre-prep/icons/icon-maskable-512.png',
		]);
	});
	it('works at the root', () => expect(webManifest({ ...options, base: '/' }).start_url).toBe('/'));
	it('offers a 192 px and a 512 px PNG and a maskable icon, as installers require', () => {
		const { icons } = webManifest({ ...options, base: '/' });
		expect(icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes)).toEqual(['192x192', '512x512', '512x512']);
		expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
	});
	it('opens as a standalone app', () => expect(webManifest({ ...options, base: '/' }).display).toBe('standalone'));
});
