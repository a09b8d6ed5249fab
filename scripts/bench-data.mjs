// Realistic school documents (format version 2 unless asked otherwise) for the benchmarks and
// the district tests:
// the Hoa Mai plan under another school's name, a 6-month (H1) and an annual (Y) review of
// figures for each year, and an activity log. Deterministic: the same arguments give the same
// text. Every document passes the app's import checks (docs/data-format.md, "Importing a file"):
// women never above the total, numerators within their denominators (by sex where the
// indicator is followed by sex), figures and counts at most 1,000,000, activity ids unique,
// titles not empty, activities starting within the plan's years and never ending before they
// start.
//
//   import { schoolDocument, districtFiles } from './bench-data.mjs';
//   schoolDocument({ name: 'TRƯỜNG MẦM NON SỐ 17', code: 'MNS17', seed: 17, years: [2025, 2026] })
//     -> the document's JSON text
import { readFileSync } from 'node:fs';

/** The local-storage key the app keeps its document under (src/browser/storage.rs). */
export const STORAGE_KEY = 'bdg-tracker.document';

const PLAN = JSON.parse(readFileSync(new URL('../src/defaults/hoa-mai.json', import.meta.url), 'utf8'));

/** A small seeded generator (mulberry32): deterministic and dependency-free. */
function random(seed) {
  let a = (Number(seed) >>> 0) || 1;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** A whole number in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** A fraction in [lo, hi). */
    between: (lo, hi) => lo + next() * (hi - lo),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** `count` of `of` people, at most `of`. */
const share = (of, fraction) => Math.max(0, Math.min(of, Math.round(of * fraction)));

/** A tally of `female` women or girls and `male` men or boys. */
const bySex = (female, male) => ({ total: female + male, female });

/** Part of a by-sex tally: each sex at most its part of `of`, so that a ratio of the two is
 *  within 100% for the total, for women and for men. */
const partOf = (of, rng, lo, hi) => {
  const female = share(of.female, rng.between(lo, hi));
  const male = share(of.total - of.female, rng.between(lo, hi));
  return bySex(female, male);
};

/** One period's figures of a school. `step` grows over the periods, so the figures improve. */
function periodFigures(rng, base, step, annual) {
  const staffTotal = base.staff + rng.int(-2, 2);
  const staff = { total: staffTotal, female: share(staffTotal, base.womenShare) };
  const men = staff.total - staff.female;
  const pipeline = { total: base.pipeline, female: share(base.pipeline, rng.between(0.6, 0.9)) };
  const committee = { total: base.committee, female: base.committee - rng.int(0, 1) };
  const creche = bySex(base.creche - share(base.creche, 0.52), share(base.creche, 0.52));
  const kinder = bySex(base.kinder - share(base.kinder, 0.51), share(base.kinder, 0.51));
  const masters = Math.min(staff.total, Math.max(1, share(staff.total, 0.04 + 0.01 * step)));
  const mastersFemale = Math.min(staff.female, masters - (men > 0 && masters > 1 && rng.chance(0.3) ? 1 : 0));
  const leads = rng.int(0, 3);
  const figures = {
    communicators: partOf(staff, rng, 0.1 + 0.01 * step, 0.22),
    committee,
    committee_trained: { total: Math.min(committee.total, rng.int(1, 2) + step) },
    creche_enrolled: partOf(creche, rng, 0.62 + 0.01 * step, 0.8),
    creche_population: creche,
    doctorates: rng.chance(0.15) ? { total: 1, female: rng.chance(0.8) ? 1 : 0 } : { total: 0, female: 0 },
    key_leaders: { total: 3, female: rng.int(2, 3) },
    kindergarten_enrolled: partOf(kinder, rng, 0.96, 1),
    kindergarten_population: kinder,
    law_education: partOf(staff, rng, annual ? 0.85 : 0.5, 1),
    leadership_pipeline: pipeline,
    literate: { ...staff },
    managers: { total: 3, female: rng.int(2, 3) },
    masters: { total: masters, female: mastersFemale },
    pipeline_trained: partOf(pipeline, rng, 0.7 + 0.02 * step, 1),
    science_leads: { total: leads, female: Math.min(leads, rng.int(0, 2)) },
    staff,
    staff_reached: partOf(staff, rng, annual ? 0.8 : 0.4, 1),
    website_quarters: { total: rng.int(annual ? 2 : 1, annual ? 4 : 2) },
  };
  // Parents reached are typed in the annual review; in the 6-month review the activity log
  // gives them (the field is filled from activities when none is typed).
  if (annual) figures.parents_reached = { total: rng.int(280, 520) };
  return figures;
}

const ACTIVITIES = [
  ['Tọa đàm kỷ niệm Ngày Quốc tế phụ nữ 8/3', 'communication', ['4a-ph', '4a-cb'], [3, 3]],
  ['Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới', 'communication', ['4a-ph', '4a-cb', '4c'], [11, 12]],
  ['Kỷ niệm Ngày Phụ nữ Việt Nam 20/10', 'communication', ['4a-cb'], [10, 10]],
  ['Ngày Gia đình Việt Nam 28/6: chuyên đề chia sẻ việc nhà', 'communication', ['4a-ph'], [6, 6]],
  ['Tập huấn kỹ năng truyền thông về bình đẳng giới cho giáo viên', 'training', ['4b', '4a-cb'], [1, 12]],
  ['Tập huấn nghiệp vụ cho thành viên Ban Vì sự tiến bộ phụ nữ', 'training', ['5'], [1, 12]],
  ['Bồi dưỡng cán bộ nữ trong quy hoạch lãnh đạo, quản lý', 'training', ['3a', '3c'], [1, 12]],
  ['Họp phụ huynh đầu năm học: lồng ghép nội dung giới', 'meeting', ['4a-ph'], [9, 9]],
  ['Họp Ban Vì sự tiến bộ phụ nữ sơ kết công tác', 'meeting', ['5'], [6, 6]],
  ['Tuyên truyền, phổ biến Luật Bình đẳng giới cho CBGVNV', 'communication', ['4d', '4a-cb'], [1, 12]],
  ['Hội thi "Bé vui khỏe, bé yêu thương" cho trẻ trai và trẻ gái', 'contest', ['2a-mg'], [4, 5]],
  ['Hội thi giáo viên dạy giỏi có lồng ghép giáo dục giới', 'contest', ['4b'], [11, 12]],
  ['Cập nhật chuyên mục bình đẳng giới trên website nhà trường', 'other', ['4c'], [1, 12]],
  ['Góc tuyên truyền phụ huynh: phòng, chống bạo lực gia đình', 'communication', ['4a-ph'], [1, 12]],
  ['Chuyên đề "Giáo dục giới tính cho trẻ mẫu giáo"', 'training', ['2a-mg', '4a-ph'], [1, 12]],
];
const EVIDENCE = ['Biên bản, ảnh', 'Danh sách ký tên', 'Kế hoạch và báo cáo kết quả', 'Ảnh, bài đăng website', 'Biên bản họp', ''];

/** `count` activities in `year`, with ids from `firstId` on. */
function activitiesOf(rng, year, count, firstId, staff) {
  const out = [];
  const groups = PLAN.task_groups;
  for (let i = 0; i < count; i++) {
    const [title, kind, indicators, [m0, m1]] = rng.pick(ACTIVITIES);
    const month = rng.int(m0, m1);
    const day = rng.int(1, 25);
    const length = kind === 'training' ? rng.int(0, 2) : rng.chance(0.1) ? 1 : 0;
    const group = rng.pick(groups);
    const women = rng.int(Math.floor(staff * 0.5), staff);
    const parents = indicators.includes('4a-ph') ? rng.int(30, 250) : 0;
    out.push({
      id: '',
      start: `${year}-${pad(month)}-${pad(day)}`,
      end: `${year}-${pad(month)}-${pad(day + length)}`,
      title: count > ACTIVITIES.length ? `${title} (lần ${i + 1})` : title,
      kind,
      task_group: group.id,
      action: group.actions.length && rng.chance(0.7) ? rng.pick(group.actions).id : '',
      women,
      men: rng.int(0, 3),
      parents,
      staff: women + rng.int(0, 2),
      children: kind === 'contest' ? rng.int(40, 300) : 0,
      indicators,
      evidence: rng.pick(EVIDENCE),
    });
  }
  // Logged in the order they took place: hd-1 is the first.
  out.sort((a, b) => a.start.localeCompare(b.start));
  out.forEach((a, i) => (a.id = `hd-${firstId + i}`));
  return out;
}

/** A school's whole document as JSON text (compact, as the app writes it).
 *  name: the school, as in `plan.document.issuer` ("TRƯỜNG MẦM NON SỐ 17");
 *  code: its `issuer_code` ("MNS17"); seed: varies the figures; years: the years with
 *  figures (H1 and Y of each) and activities, within 2021-2030; activitiesPerYear: how many
 *  activities each year (about 12 for a real school; thousands make a large file). */
export function schoolDocument({ name, code, seed = 1, years = [2025, 2026], activitiesPerYear = 12, issuerParent, plan: own = 'template', version = 2 } = {}) {
  if (!name || !code) throw new Error('schoolDocument needs a name and a code');
  const rng = random(seed * 7919 + 17);
  const plan = planOf(own);
  const short = name.replace(/^TRƯỜNG\s+MẦM NON\s+/u, 'MN ').replace(/^TRƯỜNG\s+/u, '');
  const title = (s) => s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (m, sp, c) => sp + c.toUpperCase());
  plan.document.issuer = name;
  plan.document.issuer_code = code;
  if (issuerParent) plan.document.issuer_parent = issuerParent;
  plan.document.number = `${rng.int(2, 15)}/KH-${code}`;
  plan.document.date = `2022-${pad(rng.int(3, 4))}-${pad(rng.int(1, 28))}`;
  plan.document.basis = plan.document.basis.replace('Trường MN Hoa Mai', `Trường ${title(short).replace(/^Mn /u, 'MN ')}`);

  const base = {
    staff: rng.int(28, 85),
    womenShare: rng.between(0.9, 0.99),
    pipeline: rng.int(4, 10),
    committee: rng.int(5, 9),
    creche: rng.int(40, 160),
    kinder: rng.int(150, 480),
  };
  const figures = {};
  const activities = [];
  let step = 0;
  for (const year of [...years].sort((a, b) => a - b)) {
    figures[`${year}-H1`] = periodFigures(rng, base, step++, false);
    figures[`${year}-Y`] = periodFigures(rng, base, step++, true);
    activities.push(...activitiesOf(rng, year, activitiesPerYear, activities.length + 1, base.staff));
    base.staff += rng.int(0, 3);
    base.kinder += rng.int(-10, 15);
  }
  const last = Math.max(...years);
  const doc = {
    format: 'bdg-tracker',
    version,
    saved_at: `${last}-${pad(rng.int(6, 11))}-${pad(rng.int(1, 28))}T0${rng.int(1, 9)}:${pad(rng.int(0, 59))}:00.000Z`,
    revision: rng.int(20, 400),
    plan,
    figures,
    activities,
  };
  return JSON.stringify(doc);
}

/** The default plan as a school may have made it its own (`districtSchools` mixes them):
 *  'template' as it is; 'without-3b', indicator 3.b dropped; 'na-4c', 4.c marked not applicable
 *  with a reason; 'otherwise-3b', 3.b computed from the staff instead of the key leaders. */
function planOf(kind) {
  const plan = structuredClone(PLAN);
  const indicator = (id) => plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === id);
  if (kind === 'without-3b') {
    for (const o of plan.objectives) o.indicators = o.indicators.filter((i) => i.id !== '3b');
  } else if (kind === 'na-4c') {
    indicator('4c').not_applicable = 'Trường chưa có trang thông tin điện tử';
  } else if (kind === 'otherwise-3b') {
    indicator('3b').measure = { ratio: { numerator: { field: { id: 'staff', part: 'female' } }, denominator: { field: { id: 'staff', part: 'total' } } } };
  } else if (kind !== 'template') {
    throw new Error(`planOf: no plan "${kind}"`);
  }
  return plan;
}

const PLANS = ['template', 'without-3b', 'na-4c', 'otherwise-3b'];

const NAMED = [
  'HOA MAI', 'HOA SEN', 'HOA HỒNG', 'HOA PHƯỢNG', 'HOA ĐÀO', 'HOA LAN', 'HOA CÚC', 'HOA SỮA',
  'SƠN CA', 'HỌA MI', 'VÀNG ANH', 'BÌNH MINH', 'ÁNH SAO', 'TUỔI THƠ', 'BẦU TRỜI XANH',
  'CÁT LINH', 'KIM LIÊN', 'PHƯƠNG MAI', 'QUANG TRUNG', 'THỊNH QUANG', 'VĂN CHƯƠNG', 'TRUNG PHỤNG',
  'KHƯƠNG THƯỢNG', 'NAM ĐỒNG', 'Ô CHỢ DỪA', 'LÁNG HẠ', 'THỔ QUAN', 'HÀNG BỘT', 'QUỐC TỬ GIÁM', 'TÂN MAI',
];
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D');

/** The schools of an office: `count` of { name, code, seed, plan }, names varied and codes
 *  unique; of the numbered ones, one in three a primary school and one in five a lower
 *  secondary; the plans mixed (`planOf`), one school in four on each. */
export function districtSchools(count = 300) {
  return Array.from({ length: count }, (_, i) => {
    const plan = PLANS[i % PLANS.length];
    if (i < NAMED.length) {
      const words = fold(NAMED[i]).split(/\s+/);
      return { name: `TRƯỜNG MẦM NON ${NAMED[i]}`, code: `MN${words.map((w) => w[0]).join('')}${i + 1}`, seed: i + 1, plan };
    }
    const n = i - NAMED.length + 1;
    const [level, short] = n % 3 === 0 ? ['TIỂU HỌC', 'TH'] : n % 5 === 0 ? ['THCS', 'THCS'] : ['MẦM NON', 'MN'];
    return { name: `TRƯỜNG ${level} SỐ ${n}`, code: `${short}S${n}`, seed: i + 1, plan };
  });
}

/** `count` school files for a multi-file input (Playwright's setInputFiles):
 *  [{ name: 'bdg-MNS17-2026-11-29.json', mimeType, buffer }]. */
export function districtFiles(count = 300, { years = [2025, 2026], activitiesPerYear } = {}) {
  return districtSchools(count).map((school) => ({
    name: `bdg-${school.code}-${years.at(-1)}-11-29.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(schoolDocument({ ...school, years, activitiesPerYear: activitiesPerYear ?? 6 + (school.seed % 14) })),
  }));
}
