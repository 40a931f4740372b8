import { useEffect, useState } from "react";
import { createItem, listItems } from "./api.js";

export default function App() {
  const [items, setItems] = useState([]);
  const [title, setTitle] = useState("");

  useEffect(() => {
    listItems().then(setItems).catch(() => setItems([]));
  }, []);

  async function add(event) {
    event.preventDefault();
    await createItem(title);
    setTitle("");
    setItems(await listItems());
  }

  return (
    <main>
      <h1>MVP</h1>
      <form onSubmit={add}>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="New item" />
        <button type="submit">Add</button>
      </form>
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.title}</li>
        ))}
      </ul>
    </main>
  );
}
