// ILLUSTRATIVE business sites authored by the project: plausible place and size, NOT taken from any plan map.
import type { RegionName } from './hubs.ts';
import type { AnchorKey } from './places.ts';
import type { PartSpec } from './siteShapes.ts';

export type SiteStatus = 'eksisterende' | 'fremtidig';
export type AbcType = 'A' | 'B' | 'C';
export type Readiness = 'byggeklar' | 'må reguleres' | 'må omreguleres';

export interface SiteSpec {
  id: string;
  name: string;
  status: SiteStatus;
  abc: AbcType;
  readiness: Readiness;
  /** Short Norwegian note: what the illustration stands for. */
  note: string;
  /** Region the site must lie in (checked by the build script, not written out). */
  region: RegionName;
  anchor: AnchorKey;
  /** One part → Polygon-like MultiPolygon; two parts → a real MultiPolygon. */
  parts: readonly PartSpec[];
}

const APPROX = 'Plassering og avgrensning er omtrentlige og ikke hentet fra kommuneplanen.';

const rect = (widthM: number, heightM: number) => ({ kind: 'rect', widthM, heightM }) as const;
const hex = (widthM: number, heightM: number) => ({ kind: 'hex', widthM, heightM }) as const;
const ell = (widthM: number, heightM: number, notchWidthM: number, notchHeightM: number) =>
  ({ kind: 'L', widthM, heightM, notchWidthM, notchHeightM }) as const;

export const SITES: readonly SiteSpec[] = [
  // --- Asker nord: Asker sentrum ---
  {
    id: 'S01', name: 'Asker sentrum – stasjonsområdet', status: 'eksisterende', abc: 'A', readiness: 'må omreguleres', region: 'Asker nord',
    note: `Illustrasjon av eksisterende sentrums- og kontorareal like ved Asker stasjon, med potensial for fortetting. ${APPROX}`,
    anchor: 'tog-asker', parts: [{ offsetM: [60, 130], shape: rect(240, 150), rotationDeg: 40 }],
  },
  {
    id: 'S02', name: 'Asker sentrum – Torvet', status: 'eksisterende', abc: 'A', readiness: 'byggeklar', region: 'Asker nord',
    note: `Illustrasjon av sentrumskvartalene med handel, service og kontor i Asker sentrum. ${APPROX}`,
    anchor: 'asker-sentrum', parts: [{ offsetM: [0, 30], shape: hex(260, 220), rotationDeg: 0 }],
  },
  {
    id: 'S03', name: 'Asker sentrum vest – transformasjon', status: 'fremtidig', abc: 'A', readiness: 'må omreguleres', region: 'Asker nord',
    note: `Illustrasjon av et framtidig transformasjonsområde vest i sentrum; hullet viser et bevaringsverdig bygg med park som ikke regnes med. ${APPROX}`,
    anchor: 'tog-asker', parts: [{ offsetM: [-380, 260], shape: rect(300, 200), rotationDeg: 15, hole: { offsetM: [20, 10], widthM: 70, heightM: 50 } }],
  },
  {
    id: 'S04', name: 'Asker sentrum sør – stasjonsnært', status: 'fremtidig', abc: 'A', readiness: 'må reguleres', region: 'Asker nord',
    note: `Illustrasjon av framtidig kontor- og næringsareal sør for sporområdet ved Asker stasjon. ${APPROX}`,
    anchor: 'tog-asker', parts: [{ offsetM: [150, -260], shape: rect(260, 180), rotationDeg: 40 }],
  },
  // --- Asker nord: Høn, Vakås, Hvalstad ---
  {
    id: 'S05', name: 'Høn – næringsområde', status: 'eksisterende', abc: 'B', readiness: 'byggeklar', region: 'Asker nord',
    note: `Illustrasjon av et blandet nærings- og handelsområde ved Høn stasjon. ${APPROX}`,
    anchor: 'tog-hon', parts: [{ offsetM: [120, -220], shape: rect(300, 170), rotationDeg: 35 }],
  },
  {
    id: 'S06', name: 'Vakås – stasjonsnær kontorutvikling', status: 'fremtidig', abc: 'A', readiness: 'må reguleres', region: 'Asker nord',
    note: `Illustrasjon av framtidig kontorareal innen gangavstand fra Vakås stasjon. ${APPROX}`,
    anchor: 'tog-vakas', parts: [{ offsetM: [-180, 120], shape: rect(220, 180), rotationDeg: 30 }],
  },
  {
    id: 'S07', name: 'Hvalstad – stasjonsnært næringsområde', status: 'eksisterende', abc: 'A', readiness: 'må omreguleres', region: 'Asker nord',
    note: `Illustrasjon av eksisterende næringsareal ved Hvalstad stasjon som kan fortettes med kontor. ${APPROX}`,
    anchor: 'tog-hvalstad', parts: [{ offsetM: [220, -60], shape: ell(320, 220, 120, 90), rotationDeg: 20 }],
  },
  {
    id: 'S08', name: 'Hvalstad nord – framtidig kontor', status: 'fremtidig', abc: 'A', readiness: 'må reguleres', region: 'Asker nord',
    note: `Illustrasjon av et framtidig kontorområde nord for Hvalstad stasjon. ${APPROX}`,
    anchor: 'tog-hvalstad', parts: [{ offsetM: [-120, 330], shape: rect(260, 190), rotationDeg: 30 }],
  },
  // --- Asker nord: Billingstad, Nesbru, Slependen (Asker side) ---
  {
    id: 'S09', name: 'Billingstad – handelsområdet', status: 'eksisterende', abc: 'B', readiness: 'byggeklar', region: 'Asker nord',
    note: `Illustrasjon av det store handelsområdet ved Billingstad (storhandel og service langs E18). ${APPROX}`,
    anchor: 'tog-billingstad', parts: [{ offsetM: [-40, -260], shape: ell(420, 280, 140, 110), rotationDeg: 30 }],
  },
  {
    id: 'S10', name: 'Billingstad – kontor ved stasjonen', status: 'eksisterende', abc: 'A', readiness: 'må omreguleres', region: 'Asker nord',
    note: `Illustrasjon av kontorareal nær Billingstad stasjon som kan fortettes. ${APPROX}`,
    anchor: 'tog-billingstad', parts: [{ offsetM: [-260, 170], shape: rect(200, 160), rotationDeg: 30 }],
  },
  {
    id: 'S11', name: 'Nesbru – næringsområde', status: 'eksisterende', abc: 'B', readiness: 'må omreguleres', region: 'Asker nord',
    note: `Illustrasjon av det blandede nærings-, kontor- og handelsområdet på Nesbru. ${APPROX}`,
    anchor: 'nesbru', parts: [{ offsetM: [40, -40], shape: hex(420, 340), rotationDeg: 20 }],
  },
  {
    id: 'S12', name: 'Slependen (Asker-siden) – næring og handel', status: 'eksisterende', abc: 'B', readiness: 'byggeklar', region: 'Asker nord',
    note: `Illustrasjon av den delen av Slependen/Billingstad-området som ligger i Asker; selve Slependen stasjon ligger i Bærum. ${APPROX}`,
    anchor: 'tog-billingstad', parts: [{ offsetM: [750, 100], shape: rect(380, 240), rotationDeg: 40 }],
  },
  {
    id: 'S13', name: 'Nesbru sør – framtidig kontor og blandet næring', status: 'fremtidig', abc: 'B', readiness: 'må omreguleres', region: 'Asker nord',
    note: `Illustrasjon av en mulig utvidelse av Nesbru-området mot sør. ${APPROX}`,
    anchor: 'nesbru', parts: [{ offsetM: [200, -450], shape: rect(260, 200), rotationDeg: 10 }],
  },
  // --- Asker nord: Heggedal, Dikemark ---
  {
    id: 'S14', name: 'Heggedal sentrum – fabrikktomta', status: 'fremtidig', abc: 'B', readiness: 'må omreguleres', region: 'Asker nord',
    note: `Illustrasjon av transformasjon av den gamle fabrikktomta i Heggedal sentrum til blandet næring. Heggedal stasjon mangler i knutepunktdataene. ${APPROX}`,
    anchor: 'heggedal', parts: [{ offsetM: [120, -40], shape: rect(280, 190), rotationDeg: 10 }],
  },
  {
    id: 'S15', name: 'Heggedal nord – småindustri og verksteder', status: 'eksisterende', abc: 'C', readiness: 'byggeklar', region: 'Asker nord',
    note: `Illustrasjon av et mindre område for småindustri og verksteder ved Heggedal. ${APPROX}`,
    anchor: 'heggedal', parts: [{ offsetM: [-150, 500], shape: rect(260, 170), rotationDeg: 70 }],
  },
  {
    id: 'S16', name: 'Dikemark – sykehusområdet', status: 'fremtidig', abc: 'B', readiness: 'må reguleres', region: 'Asker nord',
    note: `Illustrasjon av framtidig næring i og øst for det tidligere sykehusområdet på Dikemark, i to adskilte deler. ${APPROX}`,
    anchor: 'dikemark',
    parts: [
      { offsetM: [350, 50], shape: rect(260, 200), rotationDeg: 20 },
      { offsetM: [720, 140], shape: hex(220, 180), rotationDeg: 0 },
    ],
  },
  // --- Asker syd: Røyken ---
  {
    id: 'S17', name: 'Røyken sentrum (Midtbygda)', status: 'eksisterende', abc: 'B', readiness: 'må omreguleres', region: 'Asker syd',
    note: `Illustrasjon av sentrumsnær handel og service i Røyken sentrum. ${APPROX}`,
    anchor: 'royken-sentrum', parts: [{ offsetM: [0, 60], shape: hex(260, 220), rotationDeg: 0 }],
  },
  {
    id: 'S18', name: 'Røyken stasjon – stasjonsnær næring', status: 'fremtidig', abc: 'A', readiness: 'må reguleres', region: 'Asker syd',
    note: `Illustrasjon av framtidig kontor og service ved Røyken stasjon på Spikkestadbanen. ${APPROX}`,
    anchor: 'tog-royken', parts: [{ offsetM: [230, 40], shape: rect(220, 150), rotationDeg: 60 }],
  },
  {
    id: 'S19', name: 'Røyken næringspark (Follestad)', status: 'eksisterende', abc: 'C', readiness: 'byggeklar', region: 'Asker syd',
    note: `Illustrasjon av Røyken næringspark på Follestad (om lag 500 arbeidsplasser ifølge temaplanen). Parken har ingen kjent koordinat; plasseringen er skjematisk. ${APPROX}`,
    anchor: 'royken-sentrum', parts: [{ offsetM: [-900, -1700], shape: ell(520, 400, 180, 150), rotationDeg: 25 }],
  },
  {
    id: 'S20', name: 'Røyken næringspark – utvidelse', status: 'fremtidig', abc: 'C', readiness: 'må reguleres', region: 'Asker syd',
    note: `Illustrasjon av en mulig utvidelse av næringsparken for lager og logistikk. ${APPROX}`,
    anchor: 'royken-sentrum', parts: [{ offsetM: [-300, -2150], shape: rect(420, 360), rotationDeg: 25 }],
  },
  {
    id: 'S21', name: 'Bjørnstad – ved E134/fv. 165', status: 'fremtidig', abc: 'C', readiness: 'må reguleres', region: 'Asker syd',
    note: `Illustrasjon av arealkrevende næring der fv. 165 møter E134 ved Bjørnstad; krysset har ingen kjent koordinat, så plasseringen er skjematisk. ${APPROX}`,
    anchor: 'royken-sentrum', parts: [{ offsetM: [900, -3000], shape: hex(700, 520), rotationDeg: 20 }],
  },
  // --- Asker syd: Spikkestad, Dagslett ---
  {
    id: 'S22', name: 'Spikkestad – stasjonsnært sentrum', status: 'fremtidig', abc: 'A', readiness: 'må omreguleres', region: 'Asker syd',
    note: `Illustrasjon av framtidig næring og service ved endestasjonen for Spikkestadbanen. ${APPROX}`,
    anchor: 'tog-spikkestad', parts: [{ offsetM: [150, -130], shape: rect(220, 160), rotationDeg: 15 }],
  },
  {
    id: 'S23', name: 'Spikkestad – industriområde', status: 'eksisterende', abc: 'C', readiness: 'byggeklar', region: 'Asker syd',
    note: `Illustrasjon av eksisterende industri og lager sør for Spikkestad sentrum. ${APPROX}`,
    anchor: 'spikkestad', parts: [{ offsetM: [-250, -450], shape: rect(380, 260), rotationDeg: 20 }],
  },
  {
    id: 'S24', name: 'Dagslett – langs E134', status: 'fremtidig', abc: 'C', readiness: 'må reguleres', region: 'Asker syd',
    note: `Illustrasjon av framtidig areal for lager og logistikk langs E134 ved Dagslett; skjematisk plassering. ${APPROX}`,
    anchor: 'tog-spikkestad', parts: [{ offsetM: [1600, 1100], shape: rect(600, 420), rotationDeg: 35 }],
  },
  // --- Asker syd: Slemmestad ---
  {
    id: 'S25', name: 'Slemmestad – sementfabrikkområdet', status: 'fremtidig', abc: 'B', readiness: 'må omreguleres', region: 'Asker syd',
    note: `Illustrasjon av transformasjon av det tidligere fabrikkområdet i Slemmestad til blandet næring. Landsbypunktet har bare bueminutt-presisjon. ${APPROX}`,
    anchor: 'bat-slemmestad', parts: [{ offsetM: [-250, -650], shape: ell(380, 260, 120, 100), rotationDeg: 0 }],
  },
  {
    id: 'S26', name: 'Slemmestad – eksisterende næring', status: 'eksisterende', abc: 'B', readiness: 'byggeklar', region: 'Asker syd',
    note: `Illustrasjon av eksisterende næringsareal sørvest for Slemmestad sentrum. ${APPROX}`,
    anchor: 'bat-slemmestad', parts: [{ offsetM: [-650, -1100], shape: rect(240, 180), rotationDeg: 0 }],
  },
  // --- Asker syd: Sætre, Verpen ---
  {
    id: 'S27', name: 'Sætre sentrum – handel og service', status: 'eksisterende', abc: 'B', readiness: 'byggeklar', region: 'Asker syd',
    note: `Illustrasjon av handel og service i Sætre sentrum. ${APPROX}`,
    anchor: 'buss-saetre', parts: [{ offsetM: [-100, 0], shape: hex(220, 180), rotationDeg: 0 }],
  },
  {
    id: 'S28', name: 'Sætre vest – framtidig næring', status: 'fremtidig', abc: 'C', readiness: 'må reguleres', region: 'Asker syd',
    note: `Illustrasjon av framtidig areal for arealkrevende næring vest for Sætre. ${APPROX}`,
    anchor: 'buss-saetre', parts: [{ offsetM: [-900, -200], shape: rect(420, 300), rotationDeg: 15 }],
  },
  {
    id: 'S29', name: 'Verpen – logistikk ved Oslofjordtunnelen', status: 'fremtidig', abc: 'C', readiness: 'må reguleres', region: 'Asker syd',
    note: `Illustrasjon av framtidig logistikkareal ved E134 nær Oslofjordtunnelen på Verpen; krysset har ingen kjent koordinat, så plasseringen er skjematisk. ${APPROX}`,
    anchor: 'buss-saetre', parts: [{ offsetM: [1500, -1800], shape: rect(700, 500), rotationDeg: 30 }],
  },
  {
    id: 'S30', name: 'Verpen – eksisterende næring', status: 'eksisterende', abc: 'C', readiness: 'byggeklar', region: 'Asker syd',
    note: `Illustrasjon av et eksisterende mindre næringsområde ved E134 på Verpen. ${APPROX}`,
    anchor: 'buss-saetre', parts: [{ offsetM: [800, -1400], shape: rect(300, 220), rotationDeg: 0 }],
  },
  // --- Asker syd: Klokkarstua, Tofte ---
  {
    id: 'S31', name: 'Klokkarstua – lokalsenter', status: 'eksisterende', abc: 'B', readiness: 'byggeklar', region: 'Asker syd',
    note: `Illustrasjon av handel og service i lokalsenteret på Klokkarstua. ${APPROX}`,
    anchor: 'klokkarstua', parts: [{ offsetM: [0, 50], shape: rect(180, 130), rotationDeg: 0 }],
  },
  {
    id: 'S32', name: 'Klokkarstua – framtidig næring', status: 'fremtidig', abc: 'C', readiness: 'må reguleres', region: 'Asker syd',
    note: `Illustrasjon av framtidig areal for lager, verksted og landbruksnær næring ved Klokkarstua. ${APPROX}`,
    anchor: 'klokkarstua', parts: [{ offsetM: [500, -450], shape: rect(400, 300), rotationDeg: 40 }],
  },
  {
    id: 'S33', name: 'Tofte – tidligere cellulosefabrikk', status: 'fremtidig', abc: 'C', readiness: 'må omreguleres', region: 'Asker syd',
    note: `Illustrasjon av den tidligere fabrikktomta midt i Tofte, tenkt for kraftkrevende industri, sirkulærøkonomi eller logistikk. Tomta har ingen kjent koordinat; tettstedspunktet er brukt. ${APPROX}`,
    anchor: 'buss-tofte', parts: [{ offsetM: [-800, 300], shape: ell(650, 500, 200, 180), rotationDeg: 10 }],
  },
  {
    id: 'S34', name: 'Tofte vest – industri og lager', status: 'eksisterende', abc: 'C', readiness: 'byggeklar', region: 'Asker syd',
    note: `Illustrasjon av eksisterende industri- og lagerareal sørvest for Tofte. ${APPROX}`,
    anchor: 'buss-tofte', parts: [{ offsetM: [-1350, -500], shape: rect(350, 250), rotationDeg: 10 }],
  },
];
