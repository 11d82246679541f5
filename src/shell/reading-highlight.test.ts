import { describe, expect, it } from 'vitest';
import { rangeOf } from './reading-highlight';

describe('finding the sentence being read', () => {
  it('places a sentence across elements and spacing', () => {
    const p = document.createElement('p');
    p.innerHTML = 'Votre dossier.   Il est <strong>à vous</strong> seul.\n Fin.';
    document.body.append(p);
    const range = rangeOf(p, 'Il est à vous seul.')!;
    expect(range.toString()).toBe('Il est à vous seul.');
    expect(rangeOf(p, 'Absent')).toBeUndefined();
    p.remove();
  });
});
