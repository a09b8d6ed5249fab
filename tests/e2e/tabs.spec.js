// Two tabs of the app on one tablet: an edit made in one shows in the other, and neither tab
// ever writes over what the other saved.
import { test, expect, AppPage, TODAY } from './app.js';

test('two tabs editing the same period never lose an edit', async ({ app, page, context }) => {
  await app.open('#/figures/2025-Y');
  const second = await context.newPage();
  await second.clock.setFixedTime(TODAY);
  const other = new AppPage(second);
  await other.open('#/figures/2025-Y');

  await app.enterFigure('committee', 'total', '10');
  // The other tab picks it up without a reload, and says so.
  await expect(other.figure('committee')).toHaveValue('10');
  await expect(second.locator('.notice')).toContainText('thẻ (tab) khác');

  await other.enterFigure('committee_trained', 'total', '1');
  await expect(app.figure('committee_trained')).toHaveValue('1');
  await app.enterFigure('staff', 'total', '40');
  await other.enterFigure('staff', 'female', '38');

  for (const tab of [app, other]) {
    const doc = JSON.parse(await tab.storedDocument());
    expect(doc.figures['2025-Y']).toEqual({
      committee: { total: 10 },
      committee_trained: { total: 1 },
      staff: { total: 40, female: 38 },
    });
  }
  await expect(app.resultRow('5').locator('.value')).toHaveText('10%');
  await expect(other.resultRow('5').locator('.value')).toHaveText('10%');
});
