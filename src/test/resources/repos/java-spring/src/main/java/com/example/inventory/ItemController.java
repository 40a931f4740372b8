package com.example.inventory;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/items")
public class ItemController {
  private final ItemRepository items;

  public ItemController(ItemRepository items) {
    this.items = items;
  }

  @GetMapping
  public List<Item> all() {
    return items.findAll();
  }
}
