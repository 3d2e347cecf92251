// Which property of the file feeds each field, as detected or chosen; each choice lists the file's own property names.
import type { FieldOverrides, FieldRole } from '../../data/fieldNames';
import type { MessageKey, Translate } from '../../i18n';
import type { LoadKind } from '../../state/loadInspect';
import type { AnyPreview } from '../../state/loadJob';

/** The fields a user may remap, per kind (the roles the loaders read; src/data/siteReader, loaders, regionReader). */
export const ROLES_BY_KIND: Record<LoadKind, readonly FieldRole[]> = {
  sites: [
    'id',
    'name',
    'status',
    'abc',
    'arealformal',
    'arealbruksstatus',
    'readiness',
    'vacantDaa',
    'note',
    'jobsToday',
  ],
  hubs: ['id', 'name', 'hubType'],
  regions: ['name', 'kommunenummer', 'kommunenavn'],
};

const ROLE_KEY: Record<FieldRole, MessageKey> = {
  id: 'loadRoleId',
  name: 'loadRoleName',
  status: 'loadRoleStatus',
  abc: 'loadRoleAbc',
  readiness: 'loadRoleReadiness',
  note: 'loadRoleNote',
  jobsToday: 'loadRoleJobsToday',
  vacantDaa: 'loadRoleVacantDaa',
  arealformal: 'loadRoleArealformal',
  arealbruksstatus: 'loadRoleArealbruksstatus',
  objtype: 'loadRoleObjtype',
  hubType: 'loadRoleHubType',
  kommunenummer: 'loadRoleKommunenummer',
  kommunenavn: 'loadRoleKommunenavn',
};

// Option values carry a prefix, so no property name (even "" or "auto") can be mistaken for a choice.
const AUTO = 'auto';
const NONE = 'none';
const prop = (name: string): string => `p:${name}`;

/** The option shown as chosen: the user's choice, else what the loader detected, else "not used" (or "automatic" when
 * the file could not be read). */
function currentValue(role: FieldRole, overrides: FieldOverrides, preview: AnyPreview | null): string {
  if (Object.hasOwn(overrides, role)) {
    const chosen = overrides[role];
    return typeof chosen === 'string' && chosen !== '' ? prop(chosen) : NONE;
  }
  const mapping = preview?.mapping;
  if (!mapping) return AUTO;
  const detected = mapping.fields[role];
  return detected === undefined ? NONE : prop(detected);
}

export interface FieldMappingProps {
  t: Translate;
  kind: LoadKind;
  /** The fields offered, when the file is read by other rules than `kind`'s (the land accounts' plan versions). */
  roles?: readonly FieldRole[];
  propertyNames: readonly string[];
  overrides: FieldOverrides;
  preview: AnyPreview | null;
  onChange: (role: FieldRole, property: string | null | undefined) => void;
  disabled: boolean;
}

export function FieldMapping({
  t,
  kind,
  roles,
  propertyNames,
  overrides,
  preview,
  onChange,
  disabled,
}: FieldMappingProps) {
  return (
    <section className="load-section" aria-labelledby="load-fields-title">
      <h3 id="load-fields-title">{t('loadMappingTitle')}</h3>
      <p className="small muted">{t('loadMappingHint')}</p>
      <div className="load-fields" data-testid="load-fields">
        {(roles ?? ROLES_BY_KIND[kind]).map((role) => {
          const value = currentValue(role, overrides, preview);
          const id = `load-field-${role}`;
          // A detected nested name (a.b) may be missing from a capped list; keep it choosable.
          const names =
            value.startsWith('p:') && !propertyNames.includes(value.slice(2))
              ? [value.slice(2), ...propertyNames]
              : propertyNames;
          return (
            <div className="field" key={role}>
              <label htmlFor={id}>{t(ROLE_KEY[role])}</label>
              <select
                id={id}
                value={value}
                disabled={disabled}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  onChange(role, v === AUTO ? undefined : v === NONE ? null : v.slice(2));
                }}
              >
                <option value={AUTO}>{t('loadMappingAuto')}</option>
                <option value={NONE}>{t('loadMappingNone')}</option>
                {names.map((name) => (
                  <option key={name} value={prop(name)}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </section>
  );
}
