import { describe, expect, it } from 'vitest';
import { isSearchShortcut, shortcutHint } from './search-shortcut';

const key = (key: string, extra: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, inEditableField: false, ...extra });

describe('isSearchShortcut()', () => {
	it('opens on / outside text fields', () => {
		expect(isSearchShortcut(key('/'))).toBe(true);
		expect(isSearchShortcut(key('/', { inEditableField: true }))).toBe(false);
	});
	it('opens on Ctrl+K and ⌘K, even in text fields', () => {
		expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
		expect(isSearchShortcut(key('K', { metaKey: true, inEditableField: true }))).toBe(true);
	});
	it('ignores plain k, Alt combinations and other keys', () => {
		expect(isSearchShortcut(key('k'))).toBe(false);
		expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
		expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
		expect(isSearchShortcut(key('s', { ctrlKey: true }))).toBe(false);
	});
});

describe('shortcutHint()', () => {
	it('names the platform’s modifier', () => {
		expect(shortcutHint('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15')).toBe('⌘K');
		expect(shortcutHint('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0')).toBe('Ctrl K');
	});
});
