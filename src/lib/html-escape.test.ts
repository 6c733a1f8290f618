import { expect, it } from 'vitest';
import { escapeHtml } from './html-escape';

it('escapes markup and quotes', () => expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'));

it('leaves other text, typographic quotes included, as it is', () => expect(escapeHtml('don’t “panic” — 99.9%')).toBe('don’t “panic” — 99.9%'));
