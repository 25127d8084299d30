// Generated data: the TOOI value lists DiWoo 0.9.8 allows, as far as Wobdesk uses them.
// Source: diwoo-metadata-lijsten.xsd 0.9.8 (KOOP, https://standaarden.overheid.nl/diwoo/metadata/,
// lists generated 2025-08-12), read from its JSON extract diwoo-0.9.8-waardelijsten.json. Kept:
// the organisation lists of the bodies that decide on Woo requests (ministries, municipalities,
// provinces, water boards; the *_compleet sets, abolished bodies included), the document actions
// and the one information category of Woo decisions. Do not edit by hand; regenerate from the source.

/** One value of a TOOI list: its identifier and its label. */
export interface TooiValue {
  readonly uri: string;
  readonly label: string;
}

/** The organisation lists, by their name in the DiWoo lists schema, with their TOOI set. */
export const TOOI_ORGANISATION_LISTS: Readonly<
  Record<string, { readonly tooiSet: string; readonly entries: readonly TooiValue[] }>
> = {
  ministerielijst: {
    tooiSet: 'https://identifier.overheid.nl/tooi/set/rwc_ministeries_compleet/4',
    entries: [
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1010',
        label: 'ministerie van Algemene Zaken',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1162',
        label: 'ministerie van Asiel en Migratie',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
        label: 'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1013',
        label: 'ministerie van Buitenlandse Zaken',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1018',
        label: 'ministerie van Defensie',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1045',
        label: 'ministerie van Economische Zaken',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1040',
        label: 'ministerie van Economische Zaken',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1090',
        label: 'ministerie van Financiën',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1130',
        label: 'ministerie van Infrastructuur en Waterstaat',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1058',
        label: 'ministerie van Justitie en Veiligheid',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1182',
        label: 'ministerie van Klimaat en Groene Groei',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1150',
        label: 'ministerie van Landbouw, Natuur en Voedselkwaliteit',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1153',
        label: 'ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1109',
        label: 'ministerie van Onderwijs, Cultuur en Wetenschap',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1073',
        label: 'ministerie van Sociale Zaken en Werkgelegenheid',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre0170',
        label: 'ministerie van Verkeer en Waterstaat',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1025',
        label: 'ministerie van Volksgezondheid, Welzijn en Sport',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1171',
        label: 'ministerie van Volkshuisvesting en Ruimtelijke Ordening',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre0180',
        label: 'ministerie van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer',
      },
    ],
  },
  gemeentelijst: {
    tooiSet: 'https://identifier.overheid.nl/tooi/set/rwc_gemeenten_compleet/4',
    entries: [
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0390',
        label: "gemeente 's-Graveland",
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0517',
        label: "gemeente 's-Gravendeel",
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0519',
        label: "gemeente 's-Gravenzande",
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0796',
        label: "gemeente 's-Hertogenbosch",
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1680',
        label: 'gemeente Aa en Hunze',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0738', label: 'gemeente Aalburg' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0358', label: 'gemeente Aalsmeer' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0197', label: 'gemeente Aalten' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0305', label: 'gemeente Abcoude' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0059',
        label: 'gemeente Achtkarspelen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0360',
        label: 'gemeente Akersloot',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0482',
        label: 'gemeente Alblasserdam',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0613',
        label: 'gemeente Albrandswaard',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0483', label: 'gemeente Alkemade' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0361', label: 'gemeente Alkmaar' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0141', label: 'gemeente Almelo' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0034', label: 'gemeente Almere' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0484',
        label: 'gemeente Alphen aan den Rijn',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1723',
        label: 'gemeente Alphen-Chaam',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1959', label: 'gemeente Altena' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0142',
        label: 'gemeente Ambt Delden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1679',
        label: 'gemeente Ambt Montfort',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0060', label: 'gemeente Ameland' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0306',
        label: 'gemeente Amerongen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0307',
        label: 'gemeente Amersfoort',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0362',
        label: 'gemeente Amstelveen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363',
        label: 'gemeente Amsterdam',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0364', label: 'gemeente Andijk' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0199', label: 'gemeente Angerlo' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0366',
        label: 'gemeente Anna Paulowna',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0200',
        label: 'gemeente Apeldoorn',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0003',
        label: 'gemeente Appingedam',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0885',
        label: 'gemeente Arcen en Velden',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0202', label: 'gemeente Arnhem' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0106', label: 'gemeente Assen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0743', label: 'gemeente Asten' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0143', label: 'gemeente Avereest' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0650', label: 'gemeente Axel' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0744',
        label: 'gemeente Baarle-Nassau',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0308', label: 'gemeente Baarn' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0489',
        label: 'gemeente Barendrecht',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0203',
        label: 'gemeente Barneveld',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0144', label: 'gemeente Bathmen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0005', label: 'gemeente Bedum' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0888', label: 'gemeente Beek' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1954',
        label: 'gemeente Beekdaelen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0370', label: 'gemeente Beemster' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0889', label: 'gemeente Beesel' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0890', label: 'gemeente Belfeld' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0007',
        label: 'gemeente Bellingwedde',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0206', label: 'gemeente Bemmel' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0372',
        label: 'gemeente Bennebroek',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1945',
        label: 'gemeente Berg en Dal',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0491',
        label: 'gemeente Bergambacht',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1724', label: 'gemeente Bergeijk' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0893',
        label: 'gemeente Bergen (L)',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0373',
        label: 'gemeente Bergen (NH)',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0748',
        label: 'gemeente Bergen op Zoom',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0207', label: 'gemeente Bergh' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0492',
        label: 'gemeente Bergschenhoek',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0493',
        label: 'gemeente Berkel en Rodenrijs',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1859',
        label: 'gemeente Berkelland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1721', label: 'gemeente Bernheze' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0568', label: 'gemeente Bernisse' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0753', label: 'gemeente Best' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0209',
        label: 'gemeente Beuningen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0375',
        label: 'gemeente Beverwijk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0585',
        label: 'gemeente Binnenmaas',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1728', label: 'gemeente Bladel' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0376', label: 'gemeente Blaricum' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0495',
        label: 'gemeente Bleiswijk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0377',
        label: 'gemeente Bloemendaal',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0055',
        label: 'gemeente Boarnsterhim',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0497',
        label: 'gemeente Bodegraven',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1901',
        label: 'gemeente Bodegraven-Reeuwijk',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0755', label: 'gemeente Boekel' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0064', label: 'gemeente Bolsward' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0211', label: 'gemeente Borculo' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1681',
        label: 'gemeente Borger-Odoorn',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0897', label: 'gemeente Born' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0147', label: 'gemeente Borne' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0654', label: 'gemeente Borsele' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0499', label: 'gemeente Boskoop' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0756', label: 'gemeente Boxmeer' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0757', label: 'gemeente Boxtel' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0758', label: 'gemeente Breda' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0194',
        label: 'gemeente Brederwiede',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0311',
        label: 'gemeente Breukelen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0501', label: 'gemeente Brielle' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0898',
        label: 'gemeente Broekhuizen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1876',
        label: 'gemeente Bronckhorst',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0213', label: 'gemeente Brummen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0899', label: 'gemeente Brunssum' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0312', label: 'gemeente Bunnik' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0313',
        label: 'gemeente Bunschoten',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0214', label: 'gemeente Buren' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0381', label: 'gemeente Bussum' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0502',
        label: 'gemeente Capelle aan den IJssel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0383',
        label: 'gemeente Castricum',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0109',
        label: 'gemeente Coevorden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1706',
        label: 'gemeente Cranendonck',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0611',
        label: 'gemeente Cromstrijen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1684', label: 'gemeente Cuijk' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0216',
        label: 'gemeente Culemborg',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0148', label: 'gemeente Dalfsen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0065',
        label: 'gemeente Dantumadeel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1891',
        label: 'gemeente Dantumadiel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0310', label: 'gemeente De Bilt' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1921',
        label: 'gemeente De Friese Meren',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1940',
        label: 'gemeente De Fryske Marren',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0552', label: 'gemeente De Lier' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1663', label: 'gemeente De Marne' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0736',
        label: 'gemeente De Ronde Venen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1690',
        label: 'gemeente De Wolden',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0503', label: 'gemeente Delft' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0010', label: 'gemeente Delfzijl' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0518', label: 'gemeente Den Haag' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0159', label: 'gemeente Den Ham' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0400',
        label: 'gemeente Den Helder',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0149', label: 'gemeente Denekamp' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0762', label: 'gemeente Deurne' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0150', label: 'gemeente Deventer' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0218', label: 'gemeente Didam' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0384', label: 'gemeente Diemen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0151',
        label: 'gemeente Diepenheim',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1980',
        label: 'gemeente Dijk en Waard',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1774',
        label: 'gemeente Dinkelland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0219',
        label: 'gemeente Dinxperlo',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0504',
        label: 'gemeente Dirksland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0220',
        label: 'gemeente Dodewaard',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0221', label: 'gemeente Doesburg' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0222',
        label: 'gemeente Doetinchem',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0766', label: 'gemeente Dongen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0058',
        label: 'gemeente Dongeradeel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0315', label: 'gemeente Doorn' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0505',
        label: 'gemeente Dordrecht',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0498',
        label: 'gemeente Drechterland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0316',
        label: 'gemeente Driebergen-Rijsenburg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1719',
        label: 'gemeente Drimmelen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0303', label: 'gemeente Dronten' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0225', label: 'gemeente Druten' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0226', label: 'gemeente Duiven' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0902', label: 'gemeente Echt' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1711',
        label: 'gemeente Echt-Susteren',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0227', label: 'gemeente Echteld' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0385',
        label: 'gemeente Edam-Volendam',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0228', label: 'gemeente Ede' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0317', label: 'gemeente Eemnes' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1979',
        label: 'gemeente Eemsdelta',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1651', label: 'gemeente Eemsmond' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0770', label: 'gemeente Eersel' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0357', label: 'gemeente Egmond' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0229', label: 'gemeente Eibergen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0905', label: 'gemeente Eijsden' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1903',
        label: 'gemeente Eijsden-Margraten',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0772',
        label: 'gemeente Eindhoven',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0230', label: 'gemeente Elburg' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0231', label: 'gemeente Elst' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0114', label: 'gemeente Emmen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0388',
        label: 'gemeente Enkhuizen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0153', label: 'gemeente Enschede' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0232', label: 'gemeente Epe' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0233', label: 'gemeente Ermelo' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0777',
        label: 'gemeente Etten-Leur',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1722',
        label: 'gemeente Ferwerderadiel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0070',
        label: 'gemeente Franekeradeel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0653',
        label: 'gemeente Gaasterlân-Sleat',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0779',
        label: 'gemeente Geertruidenberg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0236',
        label: 'gemeente Geldermalsen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0781', label: 'gemeente Geldrop' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1771',
        label: 'gemeente Geldrop-Mierlo',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0906', label: 'gemeente Geleen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1652',
        label: 'gemeente Gemert-Bakel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0237',
        label: 'gemeente Gendringen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0238', label: 'gemeente Gendt' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0154',
        label: 'gemeente Genemuiden',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0907', label: 'gemeente Gennep' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0689',
        label: 'gemeente Giessenlanden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0784',
        label: 'gemeente Gilze en Rijen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0511',
        label: 'gemeente Goedereede',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1924',
        label: 'gemeente Goeree-Overflakkee',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0664', label: 'gemeente Goes' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0785', label: 'gemeente Goirle' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1942',
        label: 'gemeente Gooise Meren',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0156', label: 'gemeente Goor' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0512',
        label: 'gemeente Gorinchem',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0239', label: 'gemeente Gorssel' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0513', label: 'gemeente Gouda' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0693',
        label: 'gemeente Graafstroom',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0365',
        label: 'gemeente Graft-De Rijp',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0157',
        label: 'gemeente Gramsbergen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0786', label: 'gemeente Grave' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0240', label: 'gemeente Groenlo' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0241',
        label: 'gemeente Groesbeek',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0014',
        label: 'gemeente Groningen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0015',
        label: 'gemeente Grootegast',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0912',
        label: 'gemeente Grubbenvorst',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1729',
        label: 'gemeente Gulpen-Wittem',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0158',
        label: 'gemeente Haaksbergen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0788', label: 'gemeente Haaren' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0392', label: 'gemeente Haarlem' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0393',
        label: 'gemeente Haarlemmerliede en Spaarnwoude',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0394',
        label: 'gemeente Haarlemmermeer',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0914', label: 'gemeente Haelen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1655',
        label: 'gemeente Halderberge',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0160',
        label: 'gemeente Hardenberg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0243',
        label: 'gemeente Harderwijk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0523',
        label: 'gemeente Hardinxveld-Giessendam',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0017', label: 'gemeente Haren' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0395',
        label: 'gemeente Harenkarspel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0072',
        label: 'gemeente Harlingen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0318', label: 'gemeente Harmelen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0161', label: 'gemeente Hasselt' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0244', label: 'gemeente Hattem' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1937', label: 'gemeente Heel' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0396',
        label: 'gemeente Heemskerk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0397',
        label: 'gemeente Heemstede',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0246', label: 'gemeente Heerde' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0074',
        label: 'gemeente Heerenveen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0398',
        label: 'gemeente Heerhugowaard',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0526',
        label: 'gemeente Heerjansdam',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0917', label: 'gemeente Heerlen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1658',
        label: 'gemeente Heeze-Leende',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0399', label: 'gemeente Heiloo' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0162', label: 'gemeente Heino' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0918', label: 'gemeente Helden' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0163',
        label: 'gemeente Hellendoorn',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0530',
        label: 'gemeente Hellevoetsluis',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0794', label: 'gemeente Helmond' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0531',
        label: 'gemeente Hendrik-Ido-Ambacht',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0164', label: 'gemeente Hengelo' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1966',
        label: 'gemeente Het Hogeland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0251', label: 'gemeente Heteren' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0252', label: 'gemeente Heumen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0797', label: 'gemeente Heusden' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0920',
        label: 'gemeente Heythuysen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0534', label: 'gemeente Hillegom' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0798',
        label: 'gemeente Hilvarenbeek',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0402',
        label: 'gemeente Hilversum',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1963',
        label: 'gemeente Hoeksche Waard',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0253',
        label: 'gemeente Hoevelaken',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1735',
        label: 'gemeente Hof van Twente',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1911',
        label: 'gemeente Hollands Kroon',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0165', label: 'gemeente Holten' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0675',
        label: 'gemeente Hontenisse',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0118',
        label: 'gemeente Hoogeveen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0018',
        label: 'gemeente Hoogezand-Sappemeer',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0405', label: 'gemeente Hoorn' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0923', label: 'gemeente Horst' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1507',
        label: 'gemeente Horst aan de Maas',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0321', label: 'gemeente Houten' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0255', label: 'gemeente Huissen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0406', label: 'gemeente Huizen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0677', label: 'gemeente Hulst' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0256',
        label: 'gemeente Hummelo en Keppel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0925', label: 'gemeente Hunsel' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0195',
        label: 'gemeente IJsselham',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0191',
        label: 'gemeente IJsselmuiden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0353',
        label: 'gemeente IJsselstein',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0645',
        label: 'gemeente Jacobswoude',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1884',
        label: 'gemeente Kaag en Braassem',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0166', label: 'gemeente Kampen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0678', label: 'gemeente Kapelle' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0537', label: 'gemeente Katwijk' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0928', label: 'gemeente Kerkrade' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0929', label: 'gemeente Kessel' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0258', label: 'gemeente Kesteren' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1598',
        label: 'gemeente Koggenland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0079',
        label: 'gemeente Kollumerland en Nieuwkruisland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0588',
        label: 'gemeente Korendijk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0542',
        label: 'gemeente Krimpen aan den IJssel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1931',
        label: 'gemeente Krimpenerwaard',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1659', label: 'gemeente Laarbeek' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1982',
        label: 'gemeente Land van Cuijk',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1685', label: 'gemeente Landerd' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0882',
        label: 'gemeente Landgraaf',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0415',
        label: 'gemeente Landsmeer',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0416',
        label: 'gemeente Langedijk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1621',
        label: 'gemeente Lansingerland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0417', label: 'gemeente Laren' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0022', label: 'gemeente Leek' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0545', label: 'gemeente Leerdam' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0326', label: 'gemeente Leersum' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0080',
        label: 'gemeente Leeuwarden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0081',
        label: 'gemeente Leeuwarderadeel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0546', label: 'gemeente Leiden' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0547',
        label: 'gemeente Leiderdorp',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0548',
        label: 'gemeente Leidschendam',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1916',
        label: 'gemeente Leidschendam-Voorburg',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0995', label: 'gemeente Lelystad' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0082',
        label: 'gemeente Lemsterland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1640', label: 'gemeente Leudal' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0327', label: 'gemeente Leusden' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0260',
        label: 'gemeente Lichtenvoorde',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1673', label: 'gemeente Liemeer' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0694', label: 'gemeente Liesveld' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0418', label: 'gemeente Limmen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0733',
        label: 'gemeente Lingewaal',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1705',
        label: 'gemeente Lingewaard',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0553', label: 'gemeente Lisse' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0808', label: 'gemeente Lith' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0140',
        label: 'gemeente Littenseradiel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0262', label: 'gemeente Lochem' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0329', label: 'gemeente Loenen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0809',
        label: 'gemeente Loon op Zand',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0330',
        label: 'gemeente Loosdrecht',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0331', label: 'gemeente Lopik' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0024',
        label: 'gemeente Loppersum',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0168', label: 'gemeente Losser' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0332', label: 'gemeente Maarn' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0333', label: 'gemeente Maarssen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0334',
        label: 'gemeente Maartensdijk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0933',
        label: 'gemeente Maasbracht',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0934', label: 'gemeente Maasbree' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1671', label: 'gemeente Maasdonk' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0263',
        label: 'gemeente Maasdriel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1641', label: 'gemeente Maasgouw' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1991',
        label: 'gemeente Maashorst',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0555', label: 'gemeente Maasland' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0556',
        label: 'gemeente Maassluis',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0935',
        label: 'gemeente Maastricht',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0936',
        label: 'gemeente Margraten',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0169', label: 'gemeente Markelo' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0025', label: 'gemeente Marum' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0420',
        label: 'gemeente Medemblik',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0993',
        label: 'gemeente Meerlo-Wanssum',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0938', label: 'gemeente Meerssen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1948',
        label: 'gemeente Meierijstad',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0941', label: 'gemeente Meijel' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0083',
        label: 'gemeente Menaldumadeel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1908',
        label: 'gemeente Menameradiel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1987',
        label: 'gemeente Menterwolde',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0119', label: 'gemeente Meppel' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0687',
        label: 'gemeente Middelburg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0559',
        label: 'gemeente Middelharnis',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1842',
        label: 'gemeente Midden-Delfland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1731',
        label: 'gemeente Midden-Drenthe',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1952',
        label: 'gemeente Midden-Groningen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0814', label: 'gemeente Mierlo' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0815',
        label: 'gemeente Mill en Sint Hubert',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0265',
        label: 'gemeente Millingen aan de Rijn',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1709', label: 'gemeente Moerdijk' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1978',
        label: 'gemeente Molenlanden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1927',
        label: 'gemeente Molenwaard',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0562', label: 'gemeente Monster' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1955',
        label: 'gemeente Montferland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0335',
        label: 'gemeente Montfoort',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0944',
        label: 'gemeente Mook en Middelaar',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0563',
        label: 'gemeente Moordrecht',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0424', label: 'gemeente Muiden' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0565',
        label: 'gemeente Naaldwijk',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0425', label: 'gemeente Naarden' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1740',
        label: 'gemeente Neder-Betuwe',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0426',
        label: 'gemeente Nederhorst den Berg',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0643', label: 'gemeente Nederlek' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0946',
        label: 'gemeente Nederweert',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0266', label: 'gemeente Neede' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0304',
        label: 'gemeente Neerijnen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0412', label: 'gemeente Niedorp' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0571',
        label: 'gemeente Nieuw-Lekkerland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0356',
        label: 'gemeente Nieuwegein',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0567',
        label: 'gemeente Nieuwerkerk aan den IJssel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0569',
        label: 'gemeente Nieuwkoop',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0170',
        label: 'gemeente Nieuwleusen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0104', label: 'gemeente Nijefurd' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0267', label: 'gemeente Nijkerk' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0268', label: 'gemeente Nijmegen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1930',
        label: 'gemeente Nissewaard',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1970',
        label: 'gemeente Noardeast-Fryslân',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1695',
        label: 'gemeente Noord-Beveland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1699',
        label: 'gemeente Noordenveld',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0529',
        label: 'gemeente Noorder-Koggenland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0171',
        label: 'gemeente Noordoostpolder',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0575',
        label: 'gemeente Noordwijk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0576',
        label: 'gemeente Noordwijkerhout',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0577', label: 'gemeente Nootdorp' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0820',
        label: 'gemeente Nuenen, Gerwen en Nederwetten',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0302', label: 'gemeente Nunspeet' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0951', label: 'gemeente Nuth' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0429', label: 'gemeente Obdam' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0579',
        label: 'gemeente Oegstgeest',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0823', label: 'gemeente Oirschot' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0824',
        label: 'gemeente Oisterwijk',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1895', label: 'gemeente Oldambt' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0269',
        label: 'gemeente Oldebroek',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0173',
        label: 'gemeente Oldenzaal',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0174', label: 'gemeente Olst' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1773',
        label: 'gemeente Olst-Wijhe',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0175', label: 'gemeente Ommen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0881',
        label: 'gemeente Onderbanken',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1586',
        label: 'gemeente Oost Gelre',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0692', label: 'gemeente Oostburg' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0826',
        label: 'gemeente Oosterhout',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0580',
        label: 'gemeente Oostflakkee',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0085',
        label: 'gemeente Ooststellingwerf',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0431', label: 'gemeente Oostzaan' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0176',
        label: 'gemeente Ootmarsum',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0432', label: 'gemeente Opmeer' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0086',
        label: 'gemeente Opsterland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0828', label: 'gemeente Oss' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0584',
        label: 'gemeente Oud-Beijerland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1509',
        label: 'gemeente Oude IJsselstreek',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0437',
        label: 'gemeente Ouder-Amstel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0644',
        label: 'gemeente Ouderkerk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0589',
        label: 'gemeente Oudewater',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1734',
        label: 'gemeente Overbetuwe',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0590',
        label: 'gemeente Papendrecht',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1894',
        label: 'gemeente Peel en Maas',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0765', label: 'gemeente Pekela' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0594',
        label: 'gemeente Pijnacker',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1926',
        label: 'gemeente Pijnacker-Nootdorp',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0439',
        label: 'gemeente Purmerend',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0273', label: 'gemeente Putten' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0177', label: 'gemeente Raalte' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0835',
        label: 'gemeente Ravenstein',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0595', label: 'gemeente Reeuwijk' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1661',
        label: 'gemeente Reiderland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0703',
        label: 'gemeente Reimerswaal',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0274', label: 'gemeente Renkum' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0339',
        label: 'gemeente Renswoude',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1667',
        label: 'gemeente Reusel-De Mierden',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0275', label: 'gemeente Rheden' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0340', label: 'gemeente Rhenen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0597',
        label: 'gemeente Ridderkerk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0602',
        label: 'gemeente Rijnsburg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0196',
        label: 'gemeente Rijnwaarden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1672',
        label: 'gemeente Rijnwoude',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0178', label: 'gemeente Rijssen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1742',
        label: 'gemeente Rijssen-Holten',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0603', label: 'gemeente Rijswijk' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1669',
        label: 'gemeente Roerdalen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0957', label: 'gemeente Roermond' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1670',
        label: 'gemeente Roggel en Neer',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1674',
        label: 'gemeente Roosendaal',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0599',
        label: 'gemeente Rotterdam',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0600',
        label: 'gemeente Rozenburg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0277',
        label: 'gemeente Rozendaal',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0840', label: 'gemeente Rucphen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0278', label: 'gemeente Ruurlo' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0704',
        label: 'gemeente Sas van Gent',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0604',
        label: 'gemeente Sassenheim',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0441', label: 'gemeente Schagen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0039', label: 'gemeente Scheemda' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0458', label: 'gemeente Schermer' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0279',
        label: 'gemeente Scherpenzeel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0606', label: 'gemeente Schiedam' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0088',
        label: 'gemeente Schiermonnikoog',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0844',
        label: 'gemeente Schijndel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0962', label: 'gemeente Schinnen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0607',
        label: 'gemeente Schipluiden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0608',
        label: 'gemeente Schoonhoven',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0444', label: 'gemeente Schoorl' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1676',
        label: 'gemeente Schouwen-Duiveland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0964', label: 'gemeente Sevenum' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0965',
        label: 'gemeente Simpelveld',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1702',
        label: 'gemeente Sint Anthonis',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0845',
        label: 'gemeente Sint-Michielsgestel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0846',
        label: 'gemeente Sint-Oedenrode',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0968', label: 'gemeente Sittard' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1883',
        label: 'gemeente Sittard-Geleen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0051',
        label: 'gemeente Skarsterlân',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0610',
        label: 'gemeente Sliedrecht',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0040',
        label: 'gemeente Slochteren',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1714', label: 'gemeente Sluis' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1698',
        label: 'gemeente Sluis-Aardenburg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0090',
        label: 'gemeente Smallingerland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0091', label: 'gemeente Sneek' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0342', label: 'gemeente Soest' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0847', label: 'gemeente Someren' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0848',
        label: 'gemeente Son en Breugel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0612',
        label: 'gemeente Spijkenisse',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0179',
        label: 'gemeente Stad Delden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0037',
        label: 'gemeente Stadskanaal',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0180',
        label: 'gemeente Staphorst',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0532',
        label: 'gemeente Stede Broec',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0851',
        label: 'gemeente Steenbergen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0280',
        label: 'gemeente Steenderen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0181',
        label: 'gemeente Steenwijk',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1708',
        label: 'gemeente Steenwijkerland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0971', label: 'gemeente Stein' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1904',
        label: 'gemeente Stichtse Vecht',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0617', label: 'gemeente Strijen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0974', label: 'gemeente Susteren' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0975', label: 'gemeente Swalmen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1900',
        label: 'gemeente Súdwest-Fryslân',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0976', label: 'gemeente Tegelen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0009', label: 'gemeente Ten Boer' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0480', label: 'gemeente Ter Aar' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0715',
        label: 'gemeente Terneuzen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0093',
        label: 'gemeente Terschelling',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0448', label: 'gemeente Texel' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1525',
        label: 'gemeente Teylingen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0716', label: 'gemeente Tholen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0977', label: 'gemeente Thorn' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0281', label: 'gemeente Tiel' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0855', label: 'gemeente Tilburg' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0183',
        label: 'gemeente Tubbergen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1700',
        label: 'gemeente Twenterand',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1730', label: 'gemeente Tynaarlo' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0737',
        label: 'gemeente Tytsjerksteradiel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0282', label: 'gemeente Ubbergen' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0856', label: 'gemeente Uden' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0450', label: 'gemeente Uitgeest' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0451', label: 'gemeente Uithoorn' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0184', label: 'gemeente Urk' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344', label: 'gemeente Utrecht' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1581',
        label: 'gemeente Utrechtse Heuvelrug',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0981', label: 'gemeente Vaals' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0283', label: 'gemeente Valburg' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0619',
        label: 'gemeente Valkenburg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0994',
        label: 'gemeente Valkenburg aan de Geul',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0858',
        label: 'gemeente Valkenswaard',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0047', label: 'gemeente Veendam' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0345',
        label: 'gemeente Veenendaal',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0717', label: 'gemeente Veere' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0860', label: 'gemeente Veghel' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0861',
        label: 'gemeente Veldhoven',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0453', label: 'gemeente Velsen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0454',
        label: 'gemeente Venhuizen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0983', label: 'gemeente Venlo' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0984', label: 'gemeente Venray' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0620', label: 'gemeente Vianen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1961',
        label: 'gemeente Vijfheerenlanden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0622',
        label: 'gemeente Vlaardingen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0048',
        label: 'gemeente Vlagtwedde',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0347',
        label: 'gemeente Vleuten-De Meern',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0096', label: 'gemeente Vlieland' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0718',
        label: 'gemeente Vlissingen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0623', label: 'gemeente Vlist' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0986',
        label: 'gemeente Voerendaal',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0624', label: 'gemeente Voorburg' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0625', label: 'gemeente Voorhout' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1992',
        label: 'gemeente Voorne aan Zee',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0626',
        label: 'gemeente Voorschoten',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0285', label: 'gemeente Voorst' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0286', label: 'gemeente Vorden' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0186',
        label: 'gemeente Vriezenveen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0865', label: 'gemeente Vught' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1949',
        label: 'gemeente Waadhoeke',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0866', label: 'gemeente Waalre' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0867', label: 'gemeente Waalwijk' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0627',
        label: 'gemeente Waddinxveen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0289',
        label: 'gemeente Wageningen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0628', label: 'gemeente Warmond' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0291',
        label: 'gemeente Warnsveld',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0629',
        label: 'gemeente Wassenaar',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0630',
        label: 'gemeente Wateringen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0852',
        label: 'gemeente Waterland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0188', label: 'gemeente Weerselo' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0988', label: 'gemeente Weert' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0457', label: 'gemeente Weesp' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0292', label: 'gemeente Wehl' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0870',
        label: 'gemeente Werkendam',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0459',
        label: 'gemeente Wervershoof',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1960',
        label: 'gemeente West Betuwe',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0668',
        label: 'gemeente West Maas en Waal',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0558',
        label: 'gemeente Wester-Koggenland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1969',
        label: 'gemeente Westerkwartier',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1701',
        label: 'gemeente Westerveld',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0293',
        label: 'gemeente Westervoort',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1950',
        label: 'gemeente Westerwolde',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1783', label: 'gemeente Westland' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0098',
        label: 'gemeente Weststellingwerf',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0614',
        label: 'gemeente Westvoorne',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0189', label: 'gemeente Wierden' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0462',
        label: 'gemeente Wieringen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0463',
        label: 'gemeente Wieringermeer',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0296', label: 'gemeente Wijchen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1696',
        label: 'gemeente Wijdemeren',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0190', label: 'gemeente Wijhe' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0352',
        label: 'gemeente Wijk bij Duurstede',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0052',
        label: 'gemeente Winschoten',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0053', label: 'gemeente Winsum' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0294',
        label: 'gemeente Winterswijk',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0295', label: 'gemeente Wisch' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0873',
        label: 'gemeente Woensdrecht',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0632', label: 'gemeente Woerden' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0466', label: 'gemeente Wognum' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0880',
        label: 'gemeente Wormerland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0351',
        label: 'gemeente Woudenberg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0874',
        label: 'gemeente Woudrichem',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0683',
        label: 'gemeente Wymbritseradiel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0710',
        label: 'gemeente Wûnseradiel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0479', label: 'gemeente Zaanstad' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0297',
        label: 'gemeente Zaltbommel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0473',
        label: 'gemeente Zandvoort',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0707', label: 'gemeente Zederik' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0478', label: 'gemeente Zeevang' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0050', label: 'gemeente Zeewolde' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0355', label: 'gemeente Zeist' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0298', label: 'gemeente Zelhem' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0299', label: 'gemeente Zevenaar' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1666',
        label: 'gemeente Zevenhuizen-Moerkapelle',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0476', label: 'gemeente Zijpe' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0637',
        label: 'gemeente Zoetermeer',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0638',
        label: 'gemeente Zoeterwoude',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0056', label: 'gemeente Zuidhorn' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1892', label: 'gemeente Zuidplas' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0879', label: 'gemeente Zundert' },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0301', label: 'gemeente Zutphen' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm1896',
        label: 'gemeente Zwartewaterland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0192',
        label: 'gemeente Zwartsluis',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0642',
        label: 'gemeente Zwijndrecht',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0193', label: 'gemeente Zwolle' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0063',
        label: 'gemeente het Bildt',
      },
    ],
  },
  provincielijst: {
    tooiSet: 'https://identifier.overheid.nl/tooi/set/rwc_provincies_compleet/1',
    entries: [
      { uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv22', label: 'provincie Drenthe' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv24',
        label: 'provincie Flevoland',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv21', label: 'provincie Fryslân' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv25',
        label: 'provincie Gelderland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv20',
        label: 'provincie Groningen',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv31', label: 'provincie Limburg' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv30',
        label: 'provincie Noord-Brabant',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv27',
        label: 'provincie Noord-Holland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv23',
        label: 'provincie Overijssel',
      },
      { uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv26', label: 'provincie Utrecht' },
      { uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv29', label: 'provincie Zeeland' },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/provincie/pv28',
        label: 'provincie Zuid-Holland',
      },
    ],
  },
  waterschapslijst: {
    tooiSet: 'https://identifier.overheid.nl/tooi/set/rwc_waterschappen_compleet/2',
    entries: [
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0636',
        label: 'Hoogheemraadschap De Stichtse Rijnlanden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0651',
        label: 'Hoogheemraadschap Hollands Noorderkwartier',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0372',
        label: 'Hoogheemraadschap van Delfland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0616',
        label: 'Hoogheemraadschap van Rijnland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0656',
        label: 'Hoogheemraadschap van Schieland en de Krimpenerwaard',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0653',
        label: 'Wetterskip Fryslân',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0654',
        label: 'waterschap Aa en Maas',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0155',
        label: 'waterschap Amstel, Gooi en Vecht',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0202',
        label: 'waterschap Blija Buitendijks',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0652',
        label: 'waterschap Brabantse Delta',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0539',
        label: 'waterschap De Dommel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0664',
        label: 'waterschap Drents Overijsselse Delta',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0151',
        label: 'waterschap Groot Salland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0655',
        label: 'waterschap Hollandse Delta',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0646',
        label: "waterschap Hunze en Aa's",
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0665',
        label: 'waterschap Limburg',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0647',
        label: 'waterschap Noorderzijlvest',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0638',
        label: 'waterschap Peel en Maasvallei',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0648',
        label: 'waterschap Reest en Wieden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0201',
        label: 'waterschap Regge en Dinkel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0152',
        label: 'waterschap Rijn en IJssel',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0621',
        label: 'waterschap Rivierenland',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0585',
        label: 'waterschap Roer en Overmaas',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0661',
        label: 'waterschap Scheldestromen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0154',
        label: 'waterschap Vallei & Eem',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0662',
        label: 'waterschap Vallei en Veluwe',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0663',
        label: 'waterschap Vechtstromen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0649',
        label: 'waterschap Velt en Vecht',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0153',
        label: 'waterschap Veluwe',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0524',
        label: 'waterschap Zeeuws-Vlaanderen',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0536',
        label: 'waterschap Zeeuwse Eilanden',
      },
      {
        uri: 'https://identifier.overheid.nl/tooi/id/waterschap/ws0650',
        label: 'waterschap Zuiderzeeland',
      },
    ],
  },
};

/** `ccw_plooi_documenthandelingen/2`: the only document actions DiWoo 0.9.8 allows. */
export const TOOI_DOCUMENT_ACTIONS: readonly TooiValue[] = [
  { uri: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_e1ec050e', label: 'ondertekening' },
  { uri: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_dfcee535', label: 'ontvangst' },
  { uri: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76', label: 'vaststelling' },
];

/** `scw_woo_informatiecategorieen/4`, Woo art. 3.3 lid 2 sub i: requests and decisions. */
export const WOO_DECISIONS_CATEGORY: TooiValue = {
  uri: 'https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532',
  label: 'Woo-verzoeken en -besluiten',
};
