const API_URL = import.meta.env.VITE_API_URL || "/api";

export async function listItems() {
  const response = await fetch(`${API_URL}/items/`);
  if (!response.ok) throw new Error(`GET /items failed: ${response.status}`);
  return response.json();
}

export async function createItem(title) {
  const response = await fetch(`${API_URL}/items/`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title, owner_id: 1 }),
  });
  if (!response.ok) throw new Error(`POST /items failed: ${response.status}`);
  return response.json();
}
