/**
 * A requester can be answered only at an e-mail or a postal address: the decision must be made
 * known to them (Awb 3:41), and an application names an address (Awb 4:2 lid 1). One of the two
 * is enough; a phone number is not an address. Blank counts as absent.
 */
export function hasRequesterAddress(requester: {
  readonly email?: string | null;
  readonly postalAddress?: string | null;
}): boolean {
  const given = (value: string | null | undefined) =>
    typeof value === 'string' && value.trim() !== '';
  return given(requester.email) || given(requester.postalAddress);
}
