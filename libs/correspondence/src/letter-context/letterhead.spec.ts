import { signatoryWarnings } from '../signatory-warnings.js';
import { returnAddressLine } from './common.js';

describe('letterhead and signature from the organisation', () => {
  it('should print the return address label once, however the organisation stored it', () => {
    expect(returnAddressLine('Retouradres Postbus 20301 2500 EH  Den Haag')).toBe(
      'Postbus 20301 2500 EH  Den Haag',
    );
    expect(returnAddressLine('> Retouradres Postbus 1')).toBe('Postbus 1');
    expect(returnAddressLine('Postbus 20301 2500 EH  Den Haag')).toBe(
      'Postbus 20301 2500 EH  Den Haag',
    );
  });

  it('should block a letter whose signatory name or position is missing', () => {
    expect(
      signatoryWarnings({ signatoryName: 'A. Jansen', signatoryPosition: 'directeur' }),
    ).toEqual([]);
    const [none] = signatoryWarnings({ signatoryName: null, signatoryPosition: ' ' });
    expect(none).toMatchObject({ code: 'LETTER.NO_SIGNATORY', blocking: true });
    expect(none.nl).toContain('de naam en functie van de ondertekenaar ontbreekt');
    const [position] = signatoryWarnings({ signatoryName: 'A. Jansen', signatoryPosition: null });
    expect(position.nl).toContain('de functie van de ondertekenaar ontbreekt');
  });
});
