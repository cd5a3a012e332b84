/** The `until` date of a suppression inserted today: `suppressionExpiryDays` ahead, in UTC. */
export function suppressionUntil(today: string, expiryDays: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + expiryDays);
  return date.toISOString().slice(0, 10);
}
