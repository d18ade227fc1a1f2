/**
 * Columns of the CSV downloads, with their header in each language. The Spanish files (data/es/*.csv)
 * hold the same rows and values (codes such as model and agency type stay as in the English file, so
 * both join with the JSON outputs); only the header row is translated for readers opening them in a
 * spreadsheet. Headers stay snake_case ASCII so they remain easy to use in code.
 */
import type { Agency, Agreement } from '../schema/records.ts';
import type { NormalizedRow } from './normalize-agreements.ts';

export { csvPath } from '../schema/downloads.ts';

export type Column<T> = { en: string; es: string; key: keyof T };
const col = <T>(en: string, es: string, key: keyof T): Column<T> => ({ en, es, key });

export const AGREEMENT_COLUMNS: Column<Agreement>[] = [
  col('agreement_id', 'id_acuerdo', 'id'), col('agency_id', 'id_agencia', 'agencyId'), col('agency_name', 'nombre_agencia', 'agencyName'),
  col('state', 'estado', 'state'), col('state_fips', 'fips_estado', 'stateFips'), col('agency_type', 'tipo_agencia', 'agencyType'),
  col('model', 'modelo', 'model'), col('signed', 'fecha_firma', 'signed'), col('county_fips', 'fips_condado', 'countyFips'),
  col('county_name', 'nombre_condado', 'countyName'), col('first_seen', 'primera_lista', 'firstSeen'), col('last_seen', 'ultima_lista', 'lastSeen'),
  col('active', 'activo', 'active'), col('moa_url', 'url_acuerdo', 'moaUrl'),
  col('renamed_to', 'renombrado_como', 'renamedTo'),
];

export const AGENCY_COLUMNS: Column<Agency>[] = [
  col('agency_id', 'id_agencia', 'id'), col('agency_name', 'nombre_agencia', 'name'), col('state', 'estado', 'state'),
  col('state_fips', 'fips_estado', 'stateFips'), col('agency_type', 'tipo_agencia', 'type'), col('county_fips', 'fips_condado', 'countyFips'),
  col('county_name', 'nombre_condado', 'countyName'), col('county_match', 'coincidencia_condado', 'countyMatch'),
  col('active_models', 'modelos_activos', 'activeModels'), col('first_signed', 'primera_firma', 'firstSigned'), col('active', 'activo', 'active'),
  col('moa_urls', 'urls_acuerdo', 'moaUrls'),
];

export const PENDING_COLUMNS: Column<NormalizedRow>[] = [
  col('list_date', 'fecha_lista', 'snapshot'), col('agency_id', 'id_agencia', 'agencyId'), col('agency_name', 'nombre_agencia', 'agencyName'),
  col('state', 'estado', 'state'), col('agency_type', 'tipo_agencia', 'agencyType'), col('model', 'modelo', 'model'), col('county', 'condado', 'countyText'),
];
