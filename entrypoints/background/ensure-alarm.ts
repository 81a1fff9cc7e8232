/**
 * An alarm created only when it does not exist yet. The service worker starts many times a
 * day (every minute, woken by the badge alarm); re-creating a periodic alarm at each start
 * would move its next run back each time, so an hourly or daily one might never fire.
 */
export async function ensureAlarm(
  name: string,
  info: { periodInMinutes: number; delayInMinutes?: number },
): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing?.periodInMinutes === info.periodInMinutes) return;
  await browser.alarms.create(name, info);
}
