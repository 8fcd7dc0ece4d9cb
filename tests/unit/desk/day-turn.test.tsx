// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useDayTurn } from '../../../entrypoints/desk/use-day-turn';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let unmount = () => undefined as void;
afterEach(() => unmount());

function mount(today: string, clock: { day: string }, turns: string[]) {
  const readDay = async () => clock.day;
  const onTurn = () => turns.push(clock.day);
  function Probe() {
    useDayTurn(today, readDay, onTurn);
    return null;
  }
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  act(() => root.render(<Probe />));
  unmount = () => act(() => root.unmount());
}

const look = (event: 'focus' | 'visibilitychange') =>
  act(async () => {
    if (event === 'focus') dispatchEvent(new Event('focus'));
    else document.dispatchEvent(new Event('visibilitychange'));
  });

describe('the desk looked at again', () => {
  it('starts over when the day has turned since it was opened, and not on the same day', async () => {
    const clock = { day: '2026-11-20' };
    const turns: string[] = [];
    mount('2026-11-20', clock, turns);
    await look('focus');
    await look('visibilitychange');
    expect(turns).toEqual([]);
    clock.day = '2026-11-21';
    await look('visibilitychange');
    expect(turns).toEqual(['2026-11-21']);
    await look('focus');
    expect(turns).toHaveLength(2);
  });

  it('listens no more once the page is gone', async () => {
    const clock = { day: '2026-11-21' };
    const turns: string[] = [];
    mount('2026-11-20', clock, turns);
    unmount();
    unmount = () => undefined;
    await look('focus');
    expect(turns).toEqual([]);
  });
});
