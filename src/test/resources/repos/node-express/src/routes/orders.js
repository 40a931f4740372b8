const express = require('express');

const router = express.Router();
const orders = [];

router.get('/', (req, res) => res.json(orders));

router.post('/', (req, res) => {
  const order = { id: orders.length + 1, ...req.body };
  orders.push(order);
  console.log('order created', order.id);
  res.status(201).json(order);
});

module.exports = router;
