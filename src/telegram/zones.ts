import { isValidTimeZone } from '../domain/digest/schedule.js';

let cities: Map<string, string> | null = null;

/** "rome" → Europe/Rome, "new york" → America/New_York: the last part of every IANA name. */
function cityIndex(): Map<string, string> {
  if (cities) return cities;
  cities = new Map();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop()!.replace(/_/g, ' ').toLowerCase();
    if (!cities.has(city)) cities.set(city, zone);
  }
  return cities;
}

/**
 * The canonical IANA name for what a user typed: a zone name in any case ("europe/rome"), or a
 * city that names one ("Baku", "New York"); null when nothing fits.
 */
export function readTimeZone(input: string): string | null {
  const text = input.trim().slice(0, 64);
  if (!text) return null;
  const typed = text.replace(/\s+/g, '_');
  if (isValidTimeZone(typed)) {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: typed }).resolvedOptions().timeZone;
    } catch {
      return typed;
    }
  }
  return cityIndex().get(text.replace(/_/g, ' ').toLowerCase()) ?? null;
}

/** Zones whose city starts with what was typed, for "did you mean". */
export function suggestTimeZones(input: string, limit = 5): string[] {
  const prefix = input.trim().toLowerCase().split('/').pop()?.replace(/_/g, ' ').slice(0, 3) ?? '';
  if (prefix.length < 2) return [];
  return [...cityIndex()].filter(([city]) => city.startsWith(prefix)).slice(0, limit).map(([, zone]) => zone);
}
