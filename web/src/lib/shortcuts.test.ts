import { describe, expect, it } from 'vitest';
import { matchShortcut } from './shortcuts.js';

const key = (
  code: string,
  modifiers: Partial<{
    altKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    shiftKey: boolean;
  }> = {},
) => ({
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('matchShortcut', () => {
  it('maps Alt + R, N, G and K to record, next flag, approve and copy section', () => {
    expect(matchShortcut(key('KeyR', { altKey: true }))).toBe('record');
    expect(matchShortcut(key('KeyN', { altKey: true }))).toBe('next-flag');
    expect(matchShortcut(key('KeyG', { altKey: true }))).toBe('approve');
    expect(matchShortcut(key('KeyK', { altKey: true }))).toBe('copy-section');
  });

  it('ignores plain typing and other modifier combinations', () => {
    expect(matchShortcut(key('KeyR'))).toBeUndefined();
    expect(matchShortcut(key('KeyG', { altKey: true, ctrlKey: true }))).toBeUndefined();
    expect(matchShortcut(key('KeyK', { altKey: true, shiftKey: true }))).toBeUndefined();
  });
});
