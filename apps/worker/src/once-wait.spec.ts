import { ConfigError } from '@wobdesk/config';
import { onceWaitSeconds } from './once-wait.js';

describe('onceWaitSeconds', () => {
  it('waits for a killed sweeper’s lease to expire by default', () => {
    expect(onceWaitSeconds(['--once'], 5)).toBe(7);
  });

  it('takes --wait SECONDS', () => {
    expect(onceWaitSeconds(['--once', '--wait', '90'], 5)).toBe(90);
  });

  it.each([[[]], [['abc']], [['0']], [['3601']], [['1.5']], [['-3']]])(
    'refuses --wait %p naming the rule',
    (rest) => {
      expect(() => onceWaitSeconds(['--once', '--wait', ...rest], 5)).toThrow(ConfigError);
      expect(() => onceWaitSeconds(['--once', '--wait', ...rest], 5)).toThrow(
        /--wait must be a whole number of seconds from 1 to 3600/,
      );
    },
  );
});
