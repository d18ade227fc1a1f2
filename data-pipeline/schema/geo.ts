/**
 * Reference table of US states, DC and the inhabited territories: USPS code, FIPS code and name.
 * FIPS codes are the ids us-atlas uses (a test checks every us-atlas id resolves here), so the
 * map, the pipeline and the per-state pages all join on the same two-digit string.
 */
export interface Jurisdiction {
  /** USPS two-letter code, upper case ("TX"). */
  usps: string;
  /** Two-digit FIPS code, zero padded ("48"). */
  fips: string;
  /** English name as ICE spells it, title case ("Texas"). */
  name: string;
  /** Territories are counted and listed but not drawn by the Albers USA map. */
  territory: boolean;
}

const rows: Array<[string, string, string]> = [
  ['AL', '01', 'Alabama'], ['AK', '02', 'Alaska'], ['AZ', '04', 'Arizona'], ['AR', '05', 'Arkansas'],
  ['CA', '06', 'California'], ['CO', '08', 'Colorado'], ['CT', '09', 'Connecticut'], ['DE', '10', 'Delaware'],
  ['DC', '11', 'District of Columbia'], ['FL', '12', 'Florida'], ['GA', '13', 'Georgia'], ['HI', '15', 'Hawaii'],
  ['ID', '16', 'Idaho'], ['IL', '17', 'Illinois'], ['IN', '18', 'Indiana'], ['IA', '19', 'Iowa'],
  ['KS', '20', 'Kansas'], ['KY', '21', 'Kentucky'], ['LA', '22', 'Louisiana'], ['ME', '23', 'Maine'],
  ['MD', '24', 'Maryland'], ['MA', '25', 'Massachusetts'], ['MI', '26', 'Michigan'], ['MN', '27', 'Minnesota'],
  ['MS', '28', 'Mississippi'], ['MO', '29', 'Missouri'], ['MT', '30', 'Montana'], ['NE', '31', 'Nebraska'],
  ['NV', '32', 'Nevada'], ['NH', '33', 'New Hampshire'], ['NJ', '34', 'New Jersey'], ['NM', '35', 'New Mexico'],
  ['NY', '36', 'New York'], ['NC', '37', 'North Carolina'], ['ND', '38', 'North Dakota'], ['OH', '39', 'Ohio'],
  ['OK', '40', 'Oklahoma'], ['OR', '41', 'Oregon'], ['PA', '42', 'Pennsylvania'], ['RI', '44', 'Rhode Island'],
  ['SC', '45', 'South Carolina'], ['SD', '46', 'South Dakota'], ['TN', '47', 'Tennessee'], ['TX', '48', 'Texas'],
  ['UT', '49', 'Utah'], ['VT', '50', 'Vermont'], ['VA', '51', 'Virginia'], ['WA', '53', 'Washington'],
  ['WV', '54', 'West Virginia'], ['WI', '55', 'Wisconsin'], ['WY', '56', 'Wyoming'],
  ['AS', '60', 'American Samoa'], ['GU', '66', 'Guam'], ['MP', '69', 'Northern Mariana Islands'],
  ['PR', '72', 'Puerto Rico'], ['VI', '78', 'U.S. Virgin Islands'],
];

export const JURISDICTIONS: readonly Jurisdiction[] = rows.map(([usps, fips, name]) => ({
  usps,
  fips,
  name,
  territory: Number(fips) >= 60,
}));

/** The 50 states and DC: the units the policy table and the map cover. */
export const STATES_AND_DC = JURISDICTIONS.filter((j) => !j.territory);

export const byUsps = new Map(JURISDICTIONS.map((j) => [j.usps, j]));
export const byFips = new Map(JURISDICTIONS.map((j) => [j.fips, j]));
