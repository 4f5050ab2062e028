// Runs in: Node (vitest).
import { describe, expect, it } from 'vitest';
import { isBlockedInput, type KeyInput } from '../../../electron/main/window/blocked-input';

function key(keyName: string, modifiers: Partial<KeyInput> = {}): KeyInput {
  return {
    type: 'keyDown',
    key: keyName,
    control: false,
    meta: false,
    alt: false,
    shift: false,
    ...modifiers,
  };
}

describe('isBlockedInput', () => {
  it.each([
    ['reload F5', key('F5')],
    ['reload Ctrl+R', key('r', { control: true })],
    ['hard reload Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['reload Cmd+R', key('r', { meta: true })],
    ['close Ctrl+W', key('w', { control: true })],
    ['close Ctrl+F4', key('F4', { control: true })],
    ['quit Ctrl+Q', key('q', { control: true })],
    ['quit Cmd+Q', key('q', { meta: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['devtools F12', key('F12')],
    ['devtools Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['devtools Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['inspect Ctrl+Shift+C', key('C', { control: true, shift: true })],
    ['devtools Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['print Ctrl+P', key('p', { control: true })],
    ['zoom in Ctrl+=', key('=', { control: true })],
    ['zoom in Ctrl++', key('+', { control: true, shift: true })],
    ['zoom out Ctrl+-', key('-', { control: true })],
    ['zoom reset Ctrl+0', key('0', { control: true })],
    ['fullscreen F11', key('F11')],
    ['fullscreen Cmd+Ctrl+F', key('f', { meta: true, control: true })],
    ['back Alt+Left', key('ArrowLeft', { alt: true })],
    ['browser back key', key('BrowserBack')],
    ['new window Ctrl+N', key('n', { control: true })],
    ['view source Ctrl+U', key('u', { control: true })],
    ['raw key down is blocked too', { ...key('F5'), type: 'rawKeyDown' }],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedInput(input)).toBe(true);
  });

  it.each([
    ['a letter', key('a')],
    ['a capital letter', key('A', { shift: true })],
    ['a digit', key('5')],
    ['arrow keys', key('ArrowRight')],
    ['Enter', key('Enter')],
    ['Space', key(' ')],
    ['Escape (closes a story)', key('Escape')],
    ['Tab (keyboard navigation)', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['Backspace', key('Backspace')],
    ['the release of F5', { ...key('F5'), type: 'keyUp' }],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedInput(input)).toBe(false);
  });
});
