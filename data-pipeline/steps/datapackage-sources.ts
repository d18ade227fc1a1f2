/** The inputs named in datapackage.json's `sources` (each documented in its folder's SOURCES.md). */
export const INPUT_SOURCES = [
  { title: 'ICE 287(g) participating and pending agencies spreadsheets', path: 'https://www.ice.gov/identify-and-arrest/287g' },
  { title: 'U.S. Census Bureau, Vintage 2024 population estimates (state and county)', path: 'https://www2.census.gov/programs-surveys/popest/datasets/2020-2024/counties/totals/co-est2024-alldata.csv' },
  { title: 'us-atlas 3.0.1 (county and state geometry)', path: 'https://github.com/topojson/us-atlas' },
  { title: 'Party control of state government (data-pipeline/sources/politics, SOURCES.md); each state row lists its source URLs' },
  { title: 'State policy table (data-pipeline/sources/policy/state-policies-v2.yaml), each measure with its own source URLs' },
];
