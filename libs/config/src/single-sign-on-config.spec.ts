import { readSingleSignOnConfig } from './single-sign-on-config.js';

const ORGANISATION = '0b5b6a53-2f7e-4d6c-9a41-7d1c1f0e2a10';
const provider = {
  organisationId: ORGANISATION,
  issuer: 'https://login.gemeente.example.nl/realms/medewerkers',
  clientId: 'wobdesk',
  clientSecret: 'geheim-van-de-client',
  roleClaim: 'roles',
  clerkValues: ['woo-behandelaar'],
  coordinatorValues: ['woo-coordinator'],
};

function read(env: Record<string, string>) {
  const problems: string[] = [];
  return { config: readSingleSignOnConfig(env, problems), problems };
}

describe('readSingleSignOnConfig', () => {
  it('has no provider and keeps the local login by default', () => {
    expect(read({})).toEqual({ config: { providers: [], localLogin: true }, problems: [] });
  });

  it('reads a provider, with groups as the default claim and no second factor required', () => {
    const { roleClaim: _omitted, ...withoutClaim } = provider;
    const { config, problems } = read({
      SSO_PROVIDERS: JSON.stringify([withoutClaim]),
      LOCAL_LOGIN: 'false',
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      providers: [{ ...withoutClaim, roleClaim: 'groups', requireMfa: false }],
      localLogin: false,
    });
  });

  it('names the variable, the provider and the rule of each bad value, never the secret', () => {
    const { problems } = read({
      SSO_PROVIDERS: JSON.stringify([
        {
          ...provider,
          issuer: 'http://login.gemeente.example.nl',
          clientSecret: '',
          clerkValues: [],
          coordinatorValues: [],
          requireMfa: 'ja',
        },
        provider,
        provider,
      ]),
    });
    expect(problems).toEqual([
      'SSO_PROVIDERS[0].issuer must be an https URL (http only on this machine: localhost, 127.x, [::1])',
      'SSO_PROVIDERS[0].clientSecret must be a non-empty string',
      'SSO_PROVIDERS[0].clerkValues or coordinatorValues must name at least one value',
      'SSO_PROVIDERS[0].requireMfa must be true or false',
      'SSO_PROVIDERS[1].organisationId must be unique: one identity provider per organisation',
      'SSO_PROVIDERS[2].organisationId must be unique: one identity provider per organisation',
    ]);
    expect(problems.join('\n')).not.toContain(provider.clientSecret);
  });

  it('refuses what is not a JSON array, and switching off the local login with no provider', () => {
    expect(read({ SSO_PROVIDERS: '{nope' }).problems).toEqual([
      'SSO_PROVIDERS must be a JSON array of identity providers (it is not JSON)',
    ]);
    expect(read({ SSO_PROVIDERS: '{}' }).problems).toEqual([
      'SSO_PROVIDERS must be a JSON array of identity providers',
    ]);
    expect(read({ LOCAL_LOGIN: 'false' }).problems).toEqual([
      'LOCAL_LOGIN may only be false when SSO_PROVIDERS names an identity provider',
    ]);
    expect(read({ LOCAL_LOGIN: 'nee' }).problems).toEqual([
      'LOCAL_LOGIN must be true or false (got "nee")',
    ]);
  });

  it('allows http for a provider on this machine only', () => {
    const local = { ...provider, issuer: 'http://127.0.0.1:8080' };
    expect(read({ SSO_PROVIDERS: JSON.stringify([local]) }).problems).toEqual([]);
  });
});
