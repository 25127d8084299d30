import { searchTooiOrganisations, tooiOrganisation } from './tooi-organisation.js';
import {
  TOOI_DOCUMENT_ACTIONS,
  TOOI_ORGANISATION_LISTS,
  WOO_DECISIONS_CATEGORY,
} from './tooi-lists.js';

describe('the TOOI lists', () => {
  it('hold the organisation lists of the bodies that decide on Woo requests', () => {
    const sizes = Object.fromEntries(
      Object.entries(TOOI_ORGANISATION_LISTS).map(([name, list]) => [name, list.entries.length]),
    );
    expect(sizes).toEqual({
      ministerielijst: 19,
      gemeentelijst: 605,
      provincielijst: 12,
      waterschapslijst: 32,
    });
    expect(WOO_DECISIONS_CATEGORY).toEqual({
      uri: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532',
      label: 'Woo-verzoeken en -besluiten',
    });
    expect(TOOI_DOCUMENT_ACTIONS.map((a) => a.label)).toEqual([
      'ondertekening',
      'ontvangst',
      'vaststelling',
    ]);
  });

  it('find an organisation by its identifier only, and by part of its name', () => {
    expect(tooiOrganisation('https://identifier.overheid.nl/tooi/id/ministerie/mnre1058')).toEqual({
      uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1058',
      label: 'ministerie van Justitie en Veiligheid',
    });
    expect(tooiOrganisation('gm0344')).toBeUndefined();
    expect(
      tooiOrganisation('https://identifier.overheid.nl/tooi/id/gemeente/gm9999'),
    ).toBeUndefined();
    expect(searchTooiOrganisations('utrecht').map((o) => o.label)).toEqual(
      expect.arrayContaining(['gemeente Utrecht', 'provincie Utrecht']),
    );
    expect(searchTooiOrganisations('  ')).toEqual([]);
  });
});
