// Runs in: renderer. Placeholder for the staff layer (owned by the STAFF developer, who replaces it).
export function StaffLayer() {
  return null;
}
