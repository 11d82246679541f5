import { describe, expect, it } from 'vitest';
import { screenSegments } from './screen-text';

describe('what is read aloud', () => {
  it('reads each piece once, in its own language, skipping hidden text', () => {
    document.documentElement.lang = 'en';
    const main = document.createElement('main');
    main.innerHTML = `
      <h1>Choose your language</h1>
      <ul><li><button lang="fr"><svg aria-hidden="true"></svg><span>Français</span></button></li>
      <li><button lang="ar" dir="rtl"><span>العربية</span></button></li></ul>
      <p aria-hidden="true">42</p>
      <article><h2>Maison médicale</h2><p lang="fr">Soins de première ligne.</p><dl><dt>Phone</dt><dd>02 524 85 21</dd></dl></article>`;
    document.body.append(main);
    expect(screenSegments(main, 'en').map((s) => [s.lang, s.text])).toEqual([
      ['en', 'Choose your language'],
      ['fr', 'Français'],
      ['ar', 'العربية'],
      ['en', 'Maison médicale'],
      ['fr', 'Soins de première ligne.'],
      ['en', 'Phone'],
      ['en', '02 524 85 21'],
    ]);
    main.remove();
  });
});
